import { isOrganisationName, RUN_BY_WORDS } from '../company/org-names';
import { VACANCY_LEAD } from './title-lead';
import { escapePattern } from '../text/pattern';
import { knownTown } from '../places';

/** How a page title separates its parts: "Karriere – Trykker offset | Solberg Trykk". */
const TITLE_SEPARATOR = /\s+[|–—·•-]\s+|\s*\|\s*/;

/** "Trykker offset – skift" opens with "Trykker offset": the text, then a separator. */
export function opensWith(text: string, start: string): boolean {
  return text.length > start.length && text.toLowerCase().startsWith(start.toLowerCase()) && /^\s*[–—:,|-]\s/u.test(text.slice(start.length));
}

/**
 * v59: "Aircraft Maintenance Engineer, Float Base Maintenance (Full-Time, Permanent)" under the page title "… - Aircraft
 * Maintenance Engineer - …": the heading goes on, after a comma, with its team in words of two or more, which the title
 * left out (the heading names the job in full).
 */
export function unitAfterComma(heading: string, part: string): boolean {
  const unit = /^,\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:&|and|og|och|\p{L}[\p{L}'’-]*)){1,4})(?:\s*\([^()]*\))?$/u.exec(heading.slice(part.length))?.[1];
  return unit !== undefined && !isOrganisationName(unit) && knownTown(unit) === undefined;
}

/**
 * The part of a page's title (two words or more) that a heading opens with: "Trykker offset" for the
 * heading "Trykker offset – skift" under "Karriere – Trykker offset | Solberg Trykk".
 */
export function titlePartOpening(title: string, heading: string, usable: (part: string) => boolean = () => true): string | undefined {
  return title
    .split(TITLE_SEPARATOR)
    .map((part) => part.trim())
    // "Lärare i matematik och NO till högstadiet (åk 7–9), 80–100 %": a bracket after the part opens the heading's tail too.
    .find((part) => part.split(/\s+/).length >= 2 && usable(part) && (opensWith(heading, part) || (heading.toLowerCase().startsWith(part.toLowerCase()) && /^\s+\(/u.test(heading.slice(part.length)))));
}

/**
 * "Advokatfullmektig til eiendomsgruppen – Bergen" under the page title "Stilling ledig: Advokatfullmektig – Advokatbladet":
 * a title segment that is the board's label for an opening and the role is the board's short name for the post, and an
 * ad heading that opens with that role and says more (its unit, its field) names the post in full.
 */
export function headingAfterLead(title: string, heading: string): string | undefined {
  const roles = title.split(TITLE_SEPARATOR).map((part) => part.trim()).filter((part) => VACANCY_LEAD.test(part)).map((part) => part.replace(VACANCY_LEAD, ''));
  const full = roles.some((role) => role.length >= 3 && heading.toLocaleLowerCase().startsWith(`${role.toLocaleLowerCase()} `) && /^\s+\p{L}/u.test(heading.slice(role.length)));
  return full ? heading : undefined;
}

/** The land around a town, after its name: "Esperance Sandplain", "Bergen Region", "Hunter Valley". */
// v60: "Haast Pass", the pass named for the town.
const AROUND_TOWN = String.raw`(?:Sandplain|Region|District|Area|Surrounds|Hinterland|Coast|Valley|Basin|Plains|Peninsula|Wheatbelt|Metro|Pass)`;

/**
 * A title's tail that names the ad's own place is where the job is, not the job: "Workshop Lead (Todmorden)",
 * "Lagerarbetare – Borås", "Sykepleier i Bodø" where the ad says it is in that town. A place the ad does not give
 * stays ("Kock till lunchrestaurang", "Lektor i samfunnsfag").
 */
export function withoutOwnPlace(title: string, places: readonly { city?: string; region?: string; country?: string }[]): string {
  for (const place of [...places.map((p) => p.city), ...places.map((p) => p.region)]) {
    if (!place || place.length < 2) continue;
    const name = escapePattern(place);
    // "– Thunder Bay, ON": the town with its state's or province's code after it; "– Esperance Sandplain" (v50): the land around it.
    // v61: "– Ennistymon, Co. Clare", an Irish town with its county; "… to the Melt Shop / Tornio", the town after a slash.
    const tail = new RegExp(`(?:\\s*\\(${name}\\)|\\s+[-–—/]\\s+${name}(?:,\\s*[A-Z]{2}|,\\s*(?:Co\\.|County)\\s+\\p{Lu}\\p{L}+|\\s+${AROUND_TOWN})?|,\\s+${name}|\\s+(?:i|in|på|at|till|til)\\s+${name})\\s*$`, 'iu').exec(title);
    if (tail && tail.index > 0) return title.slice(0, tail.index).trim();
  }
  // v60: "Forest Works Supervisor - Mid Argyll" for a job in "Lochgilphead, Argyll and Bute": a part of the region, by its first word.
  for (const region of new Set(places.map((p) => p.region?.split(/\s+/)[0]).filter((r): r is string => !!r && r.length >= 4))) {
    const part = new RegExp(`\\s+[-–—]\\s+(?:Mid|North|South|East|West|Upper|Lower|Inner|Outer|Central)[- ]${escapePattern(region)}\\s*$`, 'u').exec(title);
    if (part && part.index > 0) return title.slice(0, part.index).trim();
  }
  // "Programme Manager – Livelihoods, Northern Uganda" for a job in Gulu, Uganda: a part of the job's country.
  for (const country of new Set(places.map((p) => p.country).filter((c): c is string => !!c && c.length >= 4))) {
    const part = new RegExp(`,\\s+(?:Northern|Southern|Eastern|Western|Central|North|South|East|West|North-?Western|South-?Western|North-?Eastern|South-?Eastern)\\s+${escapePattern(country)}\\s*$`, 'u').exec(title);
    if (part && part.index > 0) return title.slice(0, part.index).trim();
  }
  // "Front Office Manager - Dubai & Abu Dhabi": the ad's places listed after a dash, all of them its own.
  const names = places.map((p) => p.city).filter((c): c is string => !!c && c.length >= 2).map(escapePattern);
  if (names.length < 2) return title;
  const one = `(?:${names.join('|')})`;
  const listed = new RegExp(`\\s+[-–—]\\s+${one}(?:\\s*(?:,|&|/|\\s(?:and|og|och|or|eller)\\s)\\s*${one})+\\s*$`, 'iu').exec(title);
  return listed && listed.index > 0 ? title.slice(0, listed.index).trim() : title;
}

/**
 * "Karriere bei HOFERBACH – Bewegung mit System", "Careers at Northwind", "Karriär hos Vitsand", "Jobb hos Sørbø Hotell":
 * the careers site's own heading, naming the employer (and maybe its slogan after a dash), is never the job's title.
 */
const CAREERS_CLAIM = /^(?:[Kk]arriere|[Kk]arriär|[Cc]areers?|[Jj]obs|[Jj]obb|[Jj]obba|[Jj]obbe|[Aa]rbeiten|[Ll]ife|[Ll]ivet)\s+(?:bei|at|hos|på|i|with|med|im|in)\s+\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:&|og|och|and|\p{Lu}[\p{L}\p{N}&.'’-]*)){0,4}(?:\s*[-–—|:]\s+.*)?$/u;

/**
 * v66: "Build the blades that power the wind": a careers page's slogan, a call to do something ("Build", "Shape", "Power" …)
 * in lower case after its first word that speaks of "the", "your" or "our", names no job ("Welder for the fabrication shop" does).
 */
const SLOGAN = /^(?:Build|Shape|Make|Power|Create|Discover|Explore|Bring|Change|Connect|Feed|Grow|Start|Find|Help|Be)(?=(?:\s+\p{Ll}+)*\s+(?:the|that|your|our|you|we|us)\s)(?:\s+\p{Ll}+){3,}\.?$/u;

export function isCareersClaim(heading: string): boolean {
  return CAREERS_CLAIM.test(heading.trim()) || SLOGAN.test(heading.trim());
}

/** "stillingsannonse_tannhelsesekretaer_2026.pdf", "Job_Ad-Final.docx": a document's file name is never a job's title. */
export function isFileName(text: string): boolean {
  return /^[^\s/\\]+\.(?:pdf|docx?|odt|rtf|pages|txt|html?)$/iu.test(text.trim());
}

/**
 * "Anleggsgartnere" from "Vi trenger flere anleggsgartnere!" where the page's own title says "Anleggsgartner – …": a
 * heading that wants several names the role in the plural, and the title the page gives the post names it once. Only
 * a plural ending on the very word of the title's first segment ("-e", "-er", "-ar", "-r", "-s", "-es").
 */
export function singularInPageTitle(title: string, pageTitle: string): string {
  const segment = pageTitle.split(/\s+[|–—·•-]\s+/u)[0]?.trim() ?? '';
  if (segment.length < 3 || !title.toLocaleLowerCase().startsWith(segment.toLocaleLowerCase())) return title;
  return /^(?:e|er|ar|r|s|es)$/u.test(title.slice(segment.length)) ? segment : title;
}

/**
 * "RØRLEGGER" as a print ad's heading, "Ledige stillinger: Rørlegger | Elvedølen" as the page's title: a heading written
 * in capitals takes the case the page's title writes the same words in (an acronym stays as the title has it).
 */
export function caseOfPageTitle(title: string, pageTitle: string): string {
  if (!/\p{Lu}{2}/u.test(title) || /\p{Ll}/u.test(title)) return title;
  const written = new RegExp(`(?<![\\p{L}\\d])${escapePattern(title)}(?![\\p{L}\\d])`, 'iu').exec(pageTitle)?.[0];
  return written && /\p{Ll}/u.test(written) ? written : title;
}

/** A company's legal form after its name in the ad's text ("Ravnå Eiendom AS", "Vitsand Fönster AB", "Kessler Ltd"). */
const LEGAL_FORM = String.raw`(?:AS|ASA|SA|BA|ANS|DA|AB|HB|KB|Oy|Oyj|Ab|ApS|A\/S|Ltd|Limited|LLC|Inc|plc|GmbH|AG)(?![\p{L}])`;

/**
 * "Økonomisjef til Ravnå Eiendom" where the ad writes "Ravnå Eiendom AS": a name after "til"/"to"/"hos" that the ad
 * gives with a legal form is the company, not the job, whoever the page names as the advertiser. A unit ("til
 * Kirurgisk avdeling") is written with no legal form and stays.
 */
export function withoutNamedCompany(title: string, text: string): string {
  const tail = /\s+(?:til|till|to|for|för|hos|at|with|bei)\s+(\p{Lu}[\p{L}&'’-]*(?:\s+(?:&|\p{Lu}[\p{L}&'’-]*)){0,3})$/u.exec(title);
  if (!tail || tail.index === 0) return title;
  // "CNC-operatör till Vanäs Precision" where the ad says "hos vår kund Vanäs Precision": the client named, an agency hiring.
  const client = new RegExp(`(?<!\\p{L})(?:vår|våre|our|vores)\\s+${CLIENT_WORD},?\\s+${escapePattern(tail[1]!)}(?!\\p{L})`, 'iu');
  return new RegExp(`${escapePattern(tail[1]!)},?\\s+${LEGAL_FORM}`, 'u').test(text) || client.test(text) ? title.slice(0, tail.index).trim() : title;
}

/** The words a recruiter's ad uses for the firm it recruits for: "Our client", "Vår kunde", "Vår oppdragsgiver", "Vår uppdragsgivare". */
const CLIENT_WORD = String.raw`(?:client|kund|kunde|kunden|klient|klienten|oppdragsgiver|oppdragsgiveren|oppdragsgivar|uppdragsgivare|uppdragsgivaren)`;
/** How the description follows it: "Our client, a …", "Vår kund är ett …", "Vår oppdragsgiver er et ledende …". */
const DESCRIBED_AS = String.raw`,?\s+(?:(?:is|was|er|var|är)\s+)?(?:a|an|en|et|ett|ei|ein|eit)\s+(?:\p{L}+\s+){0,2}?`;

/**
 * "Revenue Manager - Luxury Hotel Group" where the ad opens "Our client, a luxury hotel group with …": a tail after a
 * dash that the ad uses to describe the unnamed client ("Vår kunde, et ledende rederi", "Vår uppdragsgivare är ett
 * växande techbolag") says who hires, not what the job is; so does the client's name after "vår kund" or "our client".
 */
export function withoutClientTail(title: string, text: string): string {
  const tail = /\s+[-–—|]\s+([^-–—|]{3,60})$/u.exec(title);
  if (!tail || tail.index === 0) return title;
  const described = new RegExp(`(?<!\\p{L})${CLIENT_WORD}${DESCRIBED_AS}${escapePattern(tail[1]!.trim())}(?!\\p{L})`, 'iu');
  // "– Hjälmsjö Plantskola, Örkelljunga" where the ad says "uthyrd till vår kund Hjälmsjö Plantskola": the client named, its town after it.
  const client = tail[1]!.trim().replace(/,\s*[^,]+$/u, '');
  const named = new RegExp(`(?<!\\p{L})(?:vår|våre|our|vores)\\s+${CLIENT_WORD},?\\s+${escapePattern(client)}(?!\\p{L})`, 'iu');
  // v57: "– Cnoc na Mara Nursing Home, Clifden" where the ad says "Cnoc na Mara Nursing Home is operated by …": the workplace the employer runs.
  const run = new RegExp(`(?<!\\p{L})${escapePattern(client)}\\s+(?:${RUN_BY_WORDS}|is owned and operated by|eies og drives av|ägs och drivs av)\\s`, 'u');
  return described.test(text) || named.test(text) || run.test(text) ? title.slice(0, tail.index).trim() : title;
}

/**
 * "Socionomkonsult till barn- och ungdomsenheten, Gävle kommun", "Advisor - Wai Ora Tairāwhiti Limited": an organisation
 * named after a comma or a dash at the heading's end (the employer, or the client a consultant works for) is not the job.
 */
export function withoutOrganisationTail(title: string): string {
  // The last comma or dash: "Senior Advisor, Drinking Water - Wai Ora Tairāwhiti Limited" keeps its field.
  const m = /^(.+)(?:,\s+|\s+[-–—|]\s+)(.{3,70})$/u.exec(title);
  return m && isOrganisationName(m[2]!.trim()) ? m[1]!.trim() : title;
}

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);

/** "Systemutvecklare .NET, Malmö" beside the heading "Systemutvecklare inom .NET – Malmö": every word is the job's or its place's. */
export function isTheJob(segment: string, heading: string | undefined): boolean {
  const own = wordsOf(segment);
  const job = new Set(wordsOf(heading ?? ''));
  return own.length > 0 && job.size > 0 && own.every((w) => job.has(w));
}
