import { escapePattern } from '../text/pattern';

/** Title segments and headings that name the site's section ("Lediga jobb"), not the job or the employer. */
// "Ledige stillinger på Romerike", "Lediga jobb i Skåne": a section's heading with the region it covers is one too (or its
// towns: "Lediga jobb i Karlskoga och Degerfors").
const SECTION = /^(?:(?:om|about)\s+(?:annonsøren|annonsören|arbeidsgiveren|arbeidsgjevaren|arbetsgivaren|the (?:employer|advertiser|company))|jobb hos oss|jobba hos oss|jobbe hos oss|work with us|work for us|join us|join our team|jobs?|jobb|jobber|(?:current|latest|open|all) (?:vacancies|jobs|positions|opportunities|job vacancies|job opportunities)|ledige stillinger|ledige jobber|lediga jobb|lediga tjänster|lediga platser|job vacancies|vacancies|situations vacant|situation vacant|positions vacant|position vacant|open positions|stillinger|ledige stillingar|ledige jobbar|career|careers|karriere|karriär|vacancies|job openings|job offers|stillingsannonse|stillingsannonser|stillingsmarkedet|stillingsmarknaden|jobbmarkedet|platsannons|platsannonser|platsannonserna|jobbannonser|job ads|jobs board|job board|jobs market|annonse|ledig stilling|stilling ledig|stillinger ledige|ledig jobb|ledigt jobb|ledig tjänst|tjänst ledig|ledig tjeneste|tjeneste ledig|vacancy|job vacancy|(?:vacancy|job|position) (?:announcement|notice)|stillingsutlysning|utlysning|platsutlysning|lediga anställningar|job details|job listing|job description|position details|vacancy details|jobbdetaljer|stillingsdetaljer|tjänstedetaljer|om tjänsten|om stillingen|om jobbet|about the job|about the role|about the position|(?:veckans|ukens|vekas|månadens|månedens|this week's|weekly|latest)\s+(?:uppdrag|oppdrag|jobb|jobber|stillinger|stillingar|tjänster|jobs|vacancies|roles)(?:\s+(?:v|vecka|veke|uke|week|nr|no)\.?\s*\d{1,2})?)(?:\s+(?:på|i|in|across)\s+(.+)|\s+(?:at|hos|ved|vid|with)\s+(.+))?$/iu;
// Without the i flag: under it \p{Lu} matches lower case too, and "Ledig stilling i regnskap og lønn" would name no job.
// A county's word may follow its name in lower case ("Jönköpings län", "Västra Götalands län"); "hela Sverige", "the UK",
// "Oslo og omegn" are places too.
// v54: "Lediga jobb i Pite älvdal", "Jobs on the Gascoyne coast": a valley's or a coast's word in lower case after its name.
// v56: "Lediga jobb i nordöstra Skåne", "Jobs in northern Ontario": a compass word before the region in lower case.
const PLACE = String.raw`(?:(?:hele|hela|heile|the|all of)\s+)?(?:(?:nord|syd|sør|nordøst|nordvest|sørøst|sørvest|nordost|sydost|nordväst|sydväst)?(?:norra|södra|östra|västra|mellersta|nordre|søndre|østre|vestre|indre|ytre|inre|yttre)\s+|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central)(?:ern)?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|län|fylke|kommun|kommune|county|region|älvdal|älvdalen|dalen|bygda|bygden|skärgård|skärgården|kusten|kysten|valley|coast|district|peninsula)){0,2}`;
const AROUND = String.raw`(?:\s+(?:og omegn|med omegn|och omnejd|med omnejd|and surrounding areas|and the surrounding area))?`;
// v58: "Lediga jobb på Orust, Tjörn och i Stenungsund": the last place with its own word of place.
const TOWNS = new RegExp(String.raw`^${PLACE}(?:(?:,|\s+(?:och|og|and|&))(?:\s+(?:i|på|in))?\s+${PLACE})*${AROUND}$`, 'u');

/** "Home > Job Board > Operations Coordinator", "Hem / Jobb / Livsmedel": the site's breadcrumb trail, from its home page on. */
const BREADCRUMB = /^(?:home|hjem|heim|hem|forside|framsida|startsida|start)\s*[>›»/]\s*[^>›»/]+[>›»/]/iu;

/** v53: "Job Posting #2291", "Vacancy no. 118", "Stilling nr. 4512": a board's number for the posting names no job (v64: nor "Job offer #27814"). */
const POSTING_NUMBER = /^(?:job\s+)?(?:posting|vacancy|job|ad|advert|listing|offer|annonse|annons|stilling|tjänst)\s*(?:#|no\.?|nr\.?|number|id)\s*:?\s*\d[\d-]*$/iu;

export const GENERIC_TITLE = {
  test(text: string): boolean {
    if (BREADCRUMB.test(text.trim()) || POSTING_NUMBER.test(text.trim())) return true;
    // "Jobb i Finnmark / Porsanger / Kokk": a trail from the site's section on, its middle a section too, not the job's place.
    const trail = text.trim().split(/\s+[>›»/]\s+/u);
    // v64: "Vacancies > Vacancy details": two parts, both the section's.
    if (trail.length >= 2 && GENERIC_TITLE.test(trail[0]!) && (trail.length >= 3 || GENERIC_TITLE.test(trail[1]!))) return true;
    const m = SECTION.exec(text);
    // "Job vacancy at Roseau Valley cocoa co-operative", "Ledig stilling hos X": the section's word over the employer names no job.
    return !!m && (m[1] === undefined || TOWNS.test(m[1]));
  },
};

/**
 * "Vacancy Announcement – Norbu Rigsel Construction" where the text writes "Norbu Rigsel Construction Pvt. Ltd.": the section's
 * word over the employer's name names no job; "Ledig stilling – Sykepleier 80 %" names one.
 */
export function genericOverEmployer(heading: string, text: string): boolean {
  const [first, ...rest] = heading.split(/\s+[–—-]\s+/u);
  const employer = rest.join(' – ').trim();
  if (!employer || !GENERIC_TITLE.test(first!.trim())) return false;
  return new RegExp(String.raw`${escapePattern(employer)},?\s+(?:\p{Lu}[\p{L}]*\.?\s)?(?:AS|ASA|AB|Oy|Ltd|Limited|Inc|LLC|Pvt|GmbH|Plc|PLC)(?![\p{L}])`, 'u').test(text);
}

/** "Ledig stilling: Driftsoperatør havbruk", "Vacancy: Fitter", "Vacature: Field Agronomist": the section's word as a label before the job names neither. */
export const VACANCY_LABEL = /^(?:ledig stilling|ledig jobb|ledigt jobb|ledig tjänst|ledig tjeneste|vacancy|job vacancy|vacature|stilling|tjänst|jobb|job):\s+(?=\p{Lu})/iu;
