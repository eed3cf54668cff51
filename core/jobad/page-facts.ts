import { isLetterhead } from '../company/name-case';
import { knownTown } from '../places';
import { escapePattern } from '../text/pattern';
import { hasRegistrationNo, isOrganisationName } from '../company/org-names';
import { sameCompanyName } from '../company/names';
import type { TextBlock } from '../model';
import { fixedTermStated, normalizeEmploymentTypes } from './employment';
import { classifyHeading, isOtherAdsHeading } from './headings';
import { CHROME } from './lists';
import { afterLeadIn, beforeNextLabel, findAllLabelled, findLabelled, isFactLabel, LOCATION_LABELS, textAfterLabel } from './labels';
import { onJobBoard, placesStated } from './ad-statements';
import { GENERIC_TITLE, genericOverEmployer } from './generic-title';
import { NAV_OR_STAMP, fullerHeaderLine, lineDroppedUnderH1, lineTheAdSeeks, lineUnderH1, roleTheHeadlineSeeks, roleUnderSeeker } from './seeker-line';
import { postLine, roleOfPostLine } from './post-line';
import { headingTownInDistrict } from './heading-place';
import { isCountry, isRegion, isRegionInRow, locationsFromText, remoteFromText, remoteFromValue } from './location';
import { beforeTermsPart, districtTown, placesSplitBySemicolons, stateRow, withoutMunicipalityRow, withRegionRow } from './place-rows';
import { parseSalaryText } from './salary';
import { headingAfterLead, isCareersClaim, isFileName, opensWith, titlePartOpening, unitAfterComma } from './title-parts';
import { isSiteHeader, namesSite, siteNames } from './title-site';
import { HEADING_BRACKET, headerTerms, kindLines } from './header-terms';
import { roleInOpening, roleUnderQuestion } from './question-heading';
import { namesUnit, roleOfSentence } from './title-tidy';
import { unitAfterLabel } from './title-source';
import type { EmploymentType, JobAdInput, JobLocation, RemoteMode, Salary } from './types';

/** The facts an ad page states in its text and fact boxes, for when it has no structured data. */

// "Campaign Title": publicjobs.ie's label for the post it fills.
const TITLE_LABELS = ['stillingstittel', 'stillingsnavn', 'job title', 'position title', 'campaign title', 'befattning', 'yrkestitel', 'tjänstetitel', 'tjänst', 'yrkesroll'];
/** Labels of an occupation category ("Yrkesroll: Fastighetsskötare"): a class of jobs, never above the ad's own heading. */
const CATEGORY_LABELS = /^(?:befattning|yrkestitel|yrkesroll|yrke|occupation|stillingskategori|kategori|category)$/iu;
const MAX_TITLE_WORDS = 14;
/** A document viewer's own labels beside the page ("Dokumentoversikt", "Document outline"). */
const VIEWER_LABEL = /^(?:dokumentoversikt|dokumentöversikt|document outline|outline|table of contents|innholdsfortegnelse|innehållsförteckning)$/iu;
const COUNTRY_LABELS = ['land', 'country'];
/** "Län: Dalarnas län", "Fylke: Vestland", "County: Cumbria": the region a town's row leaves out. */
// "Division: Western Division" (Fiji), "Province: Copperbelt": a country's first-level part as its boards label it.
const REGION_LABELS = ['län', 'fylke', 'county', 'landskap', 'region', 'division', 'province', 'district', 'parish'];
const EMPLOYMENT_LABELS = ['hours', 'working pattern', 'työaika', 'työsuhde', 'stillingstype', 'ansettelsesform', 'tilsettingsform', 'ansettelse', 'omfang', 'stillingsprosent', 'heltid/deltid', 'anställningsform', 'anställningstyp', 'omfattning', 'arbetstid', 'employment type', 'employment', 'type of employment', 'job type', 'work type', 'type of work', 'arbeidstid', 'ansettelsestype', 'stillingsbrøk', 'contract type', 'working hours', 'arbejdstid', 'stillingsstorleik', 'stillingsstørrelse', 'tjänstgöringsgrad', 'sysselsettingsgrad', 'stilling', 'stillingsandel', 'sysselsättningsgrad', 'anställning', 'contract', 'workload', 'ansættelsesform', 'ansættelse', 'arbeitspensum', 'pensum', 'status', 'job status', 'employment status'];
const REMOTE_LABELS = ['hjemmekontor', 'heimekontor', 'fjernarbeid', 'distansarbete', 'arbeidsform', 'arbetsform', 'arbetsplats', 'remote work', 'remote', 'workplace type', 'workplace', 'work model', 'working model', 'work arrangement'];
const SALARY_LABEL = /(?<!\p{L})(lønn|løn|lön|salary|pay|compensation|lønnsramme|lønnsspenn|månadslön|månedslønn|årslønn|base salary|salary range|ersättning)(?!\p{L})/iu;

const foldTitle = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** "Tjänst: Bostadsförvaltare till område Ryd": the title without the label a layout writes before it. */
function withoutTitleLabel(text: string): string {
  const m = /^([^:]{2,25}):\s+(.+)$/u.exec(text);
  return m && (isFactLabel(m[1]!) || TITLE_LABELS.includes(m[1]!.trim().toLowerCase())) ? m[2]! : text;
}

/** "Tømrer søkes til Tindvik Bygg", "Vi söker bussförare till Varberg": the job is who is sought ("Vi söker dig som": nobody's job). */
function soughtJob(heading: string): string {
  const sought = /^(.{2,80}?)\s+(?:søkes|søkjast|sökes|wanted|needed)(?!\p{L})/iu.exec(heading)?.[1];
  if (sought) return sought;
  const seeking = /^(?:vi søker|vi søkjer|vi söker|we(?:'re| are) hiring|we(?:'re| are) looking for)\s+(?:en |ein |ett |a |an |nye? |nya |fler |flere |new )?(\p{L}[\p{L} -]{1,60}?)(?:\s+(?:till|til|to|in|i|på)\s+(?:\p{Lu}[\p{L}-]+|[\p{L}\d ]{2,40}))?[.!]?$/iu.exec(heading)?.[1];
  if (!seeking || seeking.split(/\s+/).length > 4 || /^(?:dig|deg|you|dere|er)(?!\p{L})/iu.test(seeking)) return heading;
  // "Vi søker veterinær til smådyrpoliklinikken!": the unit the role is for stays ("… til anlegget" does not).
  const role = roleOfSentence(heading);
  return role.toLowerCase().startsWith(seeking.toLowerCase()) && /^\s+(?:til|till|to|for|för)\s+(?:\S+\s+)?\p{L}+$/u.test(role.slice(seeking.length)) && namesUnit(role) ? role : seeking.charAt(0).toUpperCase() + seeking.slice(1);
}

export function titleFact(blocks: readonly TextBlock[], input: JobAdInput): string | undefined {
  const labelled = findLabelled(blocks, TITLE_LABELS);
  const category = labelled !== undefined && blocks.some((b) => CATEGORY_LABELS.test(b.text.trim().replace(/[:：]$/, '')) && blocks[blocks.indexOf(b) + 1]?.text.trim() === labelled);
  const sites = siteNames(input);
  // "Vacancy Announcement – Norbu Rigsel Construction": the section's word over the employer's name names no job either.
  const generic = (text: string): boolean => GENERIC_TITLE.test(text.trim()) || genericOverEmployer(text, input.textContent) || isSiteHeader(text, input);
  const usable = (text: string): boolean => text.length >= 3 && !sites.has(text.trim().toLowerCase()) && !generic(text) && !isCareersClaim(text);
  // Without an h1, the h2 that the page's title repeats (Lever's layout), or that opens with one of its
  // segments ("Trykker offset – skift" under "Karriere – Trykker offset | Solberg Trykk"): that segment; after an opening's label, the heading.
  const opening = (b: TextBlock): TextBlock | undefined => {
    const part = titlePartOpening(input.title, b.text, usable) ?? headingAfterLead(input.title, b.text);
    return part ? { ...b, text: unitAfterComma(b.text, part) ? b.text : part } : undefined;
  };
  // Readability may leave the heading out of the article; the page's lines keep it.
  const heading = input.lines?.h1 && withoutTitleLabel(input.lines.h1);
  const pageH1 = heading && heading.length <= 150 && usable(heading) && !blocks.some((b) => b.tag === 'h1' && usable(b.text)) ? { tag: 'h1', text: heading } : undefined;
  // "Engqvist & Rowe" as the h1 over the h2 "Senior Editor, Travel Books", the page's title "Senior Editor, Travel Books -
  // Engqvist & Rowe - New York, NY": the h1 is the employer's header, the h2 the title's first part names the job.
  const parts = input.title.split(/\s+[|–—·•-]\s+/).map(foldTitle);
  const jobUnder = (b: TextBlock): TextBlock | undefined =>
    parts.indexOf(foldTitle(b.text)) > 0 ? blocks.find((h) => h.tag === 'h2' && foldTitle(h.text) === parts[0] && usable(h.text)) : undefined;
  // "Kelani Heights Hotels (Pvt) Ltd" as the h1, "Front Office Manager" the h2 the page's title names: the firm over its job.
  const firstH1 = blocks.find((b) => b.tag === 'h1');
  // "Saltnest (W26)" as the h1 beside the logo "Saltnest", the page's title "Founding Backend Engineer at Saltnest": the
  // h1 is the employer's header (a tag in brackets after its name), the job is the title's.
  const namesLogo = (text: string): boolean => !!input.lines?.titleLogo && sameCompanyName(text.replace(/\s*\([^()]*\)$/u, ''), input.lines.titleLogo);
  const firmOverJob = (): TextBlock | undefined =>
    firstH1 && isOrganisationName(firstH1.text) ? blocks.find((b) => b.tag === 'h2' && usable(b.text) && !isOrganisationName(b.text) && input.title.includes(b.text)) : undefined;
  const h1 =
    blocks.filter((b) => b.tag === 'h1').slice(0, 1).map(jobUnder).find((b) => b !== undefined) ??
    firmOverJob() ??
    blocks.find((b) => b.tag === 'h1' && b.text.length <= 150 && usable(b.text) && !namesLogo(b.text)) ??
    (blocks.some((b) => b.tag === 'h1')
      ? undefined
      : // The page's h1 that its title names ("Warehouse Supervisor - Kingston - Blue Mahoe Distribution | …") over the
        // employer's h2 under it, which the title names too. "Padmatara Knit Composite Ltd." as the h2 beside the job's
        // (which a reader's view drops as the title): a firm's name is no job.
        ((pageH1 && titleNamesHeading(input.title, pageH1.text) ? pageH1 : undefined) ??
        blocks.find((b) => b.tag === 'h2' && usable(b.text) && input.title.includes(b.text) && !isOrganisationName(b.text)) ??
        blocks.filter((b) => b.tag === 'h2').slice(0, 3).map(opening).find((b) => b !== undefined) ??
        pageH1));
  // A facts table's position category ("Rådgiver", "Yrkesroll: Fastighetsskötare") does not beat the ad's own heading;
  // a heading that is the labelled title and a slogan ("Driftsingeniør vannkraft – bli med og fornye …") does not beat the label.
  const general =
    labelled && h1 && ((foldTitle(h1.text).includes(foldTitle(labelled)) && foldTitle(h1.text) !== foldTitle(labelled) && !(labelled.split(/\s+/).length >= 2 && opensWith(h1.text, labelled) && !unitAfterLabel(h1.text, labelled))) || category);
  if (labelled && !general) return labelled;
  // "Vill du hjälpa familjer i en svår stund?" over the role's own h2: the role.
  if (h1) return soughtJob(roleUnderQuestion(blocks, h1) ?? roleUnderSeeker(blocks, h1) ?? roleTheHeadlineSeeks(blocks, h1) ?? roleInOpening(blocks, h1, (t) => roleOfSentence(t) !== t) ?? h1.text);
  // "Marlowe Outdoor - Careers": the page's title names only the employer's careers site; the ad's heading is its first h2.
  // A document's file name ("stillingsannonse_2026.pdf") says nothing: the document's first prominent line does.
  const segments = isFileName(input.title) ? [] : input.title.split(/\s+[|–—·•-]\s+/).map((s) => s.trim());
  // A short line as a header shows it (ReachMee's, or one a reader's view dropped under a generic h1).
  // "Svenska | English | Lediga jobb | Mitt konto" is the site's menu; "Se også" heads links to other pages.
  // A letterhead's name ("TANNLEGENE STORGATA DA") is the sender, not the job; nor is a row ("Employer: Möckelns Precision"), nor a cookie notice.
  const short = (b: TextBlock): boolean =>
    b.tag !== 'li' && b.text.split(/\s+/).length <= MAX_TITLE_WORDS && !/[.!?:]$/.test(b.text.trim()) && !CHROME.test(b.text) && !/(?:\s[|·]\s.*){2}/.test(b.text) && usable(b.text) && !isFactLabel(b.text.replace(/:\s.*$/su, '')) && !classifyHeading(b.text) && !isOtherAdsHeading(b.text) && !isLetterhead(b.text) && !VIEWER_LABEL.test(b.text.trim());
  // …or whose only heading is the section's name ("Ledige stillingar"): the ad is the first h2 under it.
  const genericH1 = blocks.some((b) => b.tag === 'h1' && (GENERIC_TITLE.test(b.text.trim()) || isCareersClaim(b.text) || isSiteHeader(b.text, input)));
  if ((segments.length >= 2 && segments.some((s) => GENERIC_TITLE.test(s))) || genericH1) {
    // "Flere stillinger" over the related ads is no ad's heading; v56: nor a consent dialog's over its cookie notice ("Vi tar vare på personvernet ditt").
    const h2 = blocks.find((b, i) => b.tag === 'h2' && usable(b.text) && b.text.split(/\s+/).length <= MAX_TITLE_WORDS && !CHROME.test(b.text) && !CHROME.test(blocks[i + 1]?.text ?? '') && !isOtherAdsHeading(b.text) && (!classifyHeading(b.text) || soughtJob(b.text) !== b.text));
    if (h2) return soughtJob(h2.text);
    const dropped = lineDroppedUnderH1(blocks, input.lines?.header ?? [], blocks.find((b) => b.tag === 'h1')?.text ?? input.lines?.h1, (b) => short(b) && !CHROME.test(b.text));
    if (dropped) return dropped.text.trim();
    // "<h1 class="visually-hidden">Stillingsannonse</h1>" over "<div class="job-title">…": the heading the page's lines found.
    if (pageH1) return soughtJob(pageH1.text);
  }
  // No heading at all (a post saved as a page): an opening line that says whom they seek names the job ("🥐 VI SØKER BAKER! 🥐").
  // A heading further down ("Om sidan" on the page's card) leaves the lines above it the post's own.
  const firstHeading = blocks.findIndex((b) => /^h[1-6]$/.test(b.tag));
  const opener = blocks.some((b) => b.tag === 'h1') || input.lines?.h1 ? undefined : postOpening(firstHeading >= 0 ? blocks.slice(0, firstHeading) : blocks);
  if (opener) return opener;
  // "Erfaren frontendutvikler | Bredvid" → the part before the site's name ("EuroBrussels - Policy Adviser": after it); a generic title ("Lediga jobb") says nothing.
  // "Tallmark Robotics | Embedded Firmware Engineer | Trondheim, Norway | ONSITE… | Hacker News": a post's first line.
  const post = postLine(input);
  const posted = post && roleOfPostLine(post);
  if (posted && usable(posted)) return posted;
  // v66: "Gljúfurá Data – Data Centre Technician | Starfavefur" beside the logo "Gljúfurá Data": the employer's part is no job.
  const first = segments.find((s, i) => i === segments.length - 1 || (!namesSite(s, input) && !namesLogo(s)));
  // v65: "Drangey Sjávarafurðir - Production Manager" (an og:title, the employer first) under the header's "Production Manager – Fishmeal Plant": the fuller line of any part.
  if (first && usable(first)) return segments.map((s) => fullerHeaderLine(input.lines?.header ?? [], s, short)).find((line) => line !== undefined) ?? first;
  // The line that opens with the word the ad's text seeks, over a paper's tagline above it; v64: no consent banner's heading, no table cell ("Reference number"); else the header's first short line.
  const banner = (lines: readonly TextBlock[], b: TextBlock): boolean => [lines, input.lines?.header ?? []].some((all) => all.some((l, i) => l.text === b.text && CHROME.test(all[i + 1]?.text ?? '')));
  const firstShort = (lines: readonly TextBlock[]): TextBlock | undefined => lines.find((b) => short(b) && !NAV_OR_STAMP.test(b.text.trim()) && !banner(lines, b) && !/^(?:th|td|dt|dd)$/.test(b.tag));
  const line = lineTheAdSeeks(blocks, short) ?? lineUnderH1(input.lines?.header ?? [], input.lines?.h1, short) ?? firstShort(blocks) ?? firstShort(input.lines?.header ?? []);
  return line?.text.trim() ?? first ?? undefined;
}

/** Whether one of the page title's parts is the heading: "Warehouse Supervisor" in "Warehouse Supervisor - Kingston - …". */
const titleNamesHeading = (title: string, heading: string): boolean => title.split(/\s+[|–—·•-]\s+/).some((part) => part.trim().toLowerCase() === heading.toLowerCase());

/** The role a post's short opening line seeks, framed by pictographs or in capitals: "🥐 VI SØKER BAKER! 🥐" → "Baker". */
function postOpening(blocks: readonly TextBlock[]): string | undefined {
  const frame = /^[\p{Extended_Pictographic}\uFE0F\s]+|[\p{Extended_Pictographic}\uFE0F\s]+$/gu;
  for (const block of blocks.slice(0, 4)) {
    const line = block.text.replace(frame, '').trim();
    if (!line || line.split(/\s+/).length > MAX_TITLE_WORDS) continue;
    const role = soughtJob(line);
    if (role === line) continue;
    return /\p{Ll}/u.test(role) ? role : role.charAt(0) + role.slice(1).toLocaleLowerCase();
  }
  return undefined;
}

/** "… with travel to Kigali", "med reiser til Oslo", "med resor till Stockholm": where the job travels, not its place. */
const TRAVEL_TAIL = /,?\s+(?:with|incl(?:uding)?|med|inkl(?:\.|usive)?)\s+(?:some\s+|regular\s+|occasional\s+|frequent\s+|noe\s+|en del\s+|vissa\s+)?(?:travel(?:ling)?|reiser|reising|reisevirksomhet|resor|resande)\b.*$/iu;

/**
 * "Location: Okahandja, Otjozondjupa" under "Quality Assurance Supervisor – Okahandja": a town no register knows that the
 * page's title names, and after it another name no register knows as a town, is one place, the town in its region.
 */
function townAndRegion(rows: readonly string[], input: JobAdInput | undefined): JobLocation[] | undefined {
  const parts = rows.length === 1 ? rows[0]!.split(/\s*,\s*/u) : [];
  if (!input || parts.length !== 2 || !parts.every((p) => /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}$/u.test(p))) return undefined;
  const [town, region] = parts as [string, string];
  const titled = (name: string): boolean => new RegExp(String.raw`(?<![\p{L}])${escapePattern(name)}(?![\p{L}])`, 'u').test(`${input.title} ${input.lines?.h1 ?? ''}`);
  // A town the register knows is followed by its district ("Placering: Norrköping, Händelö"), not its region.
  return titled(town) && !titled(region) && !knownTown(town) && !knownTown(region) && !isCountry(region) ? [{ city: town, region }] : undefined;
}

/**
 * The places the page writes under a label ("Arbetsort: Uddevalla"; "Kommun: Ljusdal" gives way to "Orter: Järvsö, Ljusdal,
 * Ramsjö"), with `labelled` true; else the towns the title, the header lines or the footer's address name.
 */
export function locationFacts(blocks: readonly TextBlock[], input?: JobAdInput): { locations: JobLocation[]; labelled: boolean } {
  const rows = withoutMunicipalityRow(blocks, findAllLabelled(blocks, LOCATION_LABELS, 3, (v) => knownTown(v) !== undefined)).filter((v) => !hasRegistrationNo(v)).map((v) => beforeTermsPart(beforeNextLabel(afterLeadIn(v)).replace(TRAVEL_TAIL, ''))).filter((v, _, all) => !all.some((o) => o !== v && o.includes(v)));
  // v66: "Longreach Library" (a site, the next vacancy's row) beside "Longreach QLD": a name that opens with a listed town and goes on is no second place.
  const labelled = (townAndRegion(rows, input) ?? rows.flatMap((row) => placesSplitBySemicolons(row) ?? locationsFromText(row)).slice(0, 8)).filter((l, _, all) => !all.some((o) => o.city && l.city?.startsWith(`${o.city} `) && !knownTown(l.city)));
  // "Stad: Umeå" and "Land: Sverige" in separate rows are one place.
  const country = findLabelled(blocks, COUNTRY_LABELS);
  // "Arbeidssted: Hammerfest og Alta" and "Fylke: Finnmark": the row's region and country are every town's.
  const open = (key: 'country' | 'region'): boolean => labelled.length > 0 && labelled.every((l) => l.city && !l[key]);
  if (open('country') && country && country.length <= 40) labelled.forEach((l, i) => (labelled[i] = { ...l, country }));
  const region = findLabelled(blocks, REGION_LABELS) ?? stateRow(blocks);
  // "Pomeroon-Supenaam (Region Two)": a region with its number in brackets is one too, written in full.
  if (open('region') && region && isRegionInRow(region.replace(/\s*\([^()]{2,30}\)$/u, ''))) labelled.forEach((l, i) => (labelled[i] = { ...l, region: region.trim() }));
  else labelled.splice(0, labelled.length, ...withRegionRow(labelled, region));
  const town = input && labelled.length === 1 ? headingTownInDistrict(input, labelled[0]!) : undefined;
  if (town) labelled[0] = town;
  if (labelled.length > 0 || !input) return { locations: labelled, labelled: labelled.length > 0 };
  const district = districtTown(blocks);
  if (district) return { locations: [country && country.length <= 40 ? { ...district, country } : district], labelled: true };
  // "Lessebo, Sverige" on a line under the heading and "Län: Kronobergs län" in a row: the row's region is the town's.
  const stated = placesStated(input, onJobBoard(input.url, input.lines)).map((l, _, all) => (all.length === 1 && l.city && !l.region && region && isRegion(region.trim()) ? { ...l, region: region.trim() } : l));
  // "Region: Nakuru" as a board's only place row (Kenyajob, Emploi's network): a town's name, no region the register knows.
  const named = region?.trim();
  if (stated.length === 0 && named && /^\p{Lu}[\p{L}'’-]{2,}$/u.test(named) && !isRegion(named) && !isCountry(named)) return { locations: [{ city: named }], labelled: true };
  return { locations: stated, labelled: false };
}

const TERMS_STATED =
  /(?:^|[.!]\s+)(?:tjänsten|stillingen|stillinga|the (?:position|role|job)|this) (?:är|er|is)[^.]{0,50}?(?<!\p{L})(heltid|deltid|full[- ]time|part[- ]time|\d{1,3}\s?(?:%|procent|prosent))/iu;

/** "… en truckförare till brädgården, tillsvidare på heltid": the hours told in passing. */
const HOURS_IN_SENTENCE = /(?<!\p{L})(?:på|i|arbeid på|arbete på) (heltid|deltid)(?!\p{L})(?! eller)|(?:^|[.!]\s+)(heltid|heiltid|deltid|full[- ]time|part[- ]time)(?:,\s|\s+(?:i|på|in|on)\s|[.!]?$)/iu;

/** "i 60 % fast stilling", "i fast stilling, 100 %", "a 50% permanent position": the share of a post told in passing. */
const SHARE_OF_POST =
  /(?<![\d\p{L}])(\d{1,3}\s?%)\s+(?:(?:fast|midlertidig|tillsvidare|permanent|fixed[- ]term)\s+)?(?:stilling|stillingsandel|tjänst|anställning|position|post|role)(?!\p{L})|(?<!\p{L})(?:stilling|tjänst|anställning|position)(?!\p{L}),\s*(\d{1,3}\s?%)/iu;

/** Full or part time as a header line writes it without a label ("Heltid · Tillsvidare", "Full-time", "Fast, 100 %"). */
const HOURS = /(?<!\p{L})(heltid|heiltid|deltid|fulltid|full[- ]?time|part[- ]?time|100\s?%)(?!\p{L})/giu;
const MAX_FACT_LINE_WORDS = 8;
const HOURS_ALONE = /^(?:full[- ]?time|part[- ]?time|heltid|deltid)$/iu;

export function employmentFacts(blocks: readonly TextBlock[], input?: JobAdInput): EmploymentType[] {
  const told = hoursAndTerms(blocks, input);
  // "Stillingen er et vikariat i 12 måneder": a fixed term the ad's prose states, beside the hours it tells.
  const fixed = told.length > 0 && findAllLabelled(blocks, EMPLOYMENT_LABELS, 3).length > 0 ? undefined : fixedTermStated(blocks.map((b) => b.text));
  return fixed && !told.includes(fixed) ? [...told, fixed] : told;
}

function hoursAndTerms(blocks: readonly TextBlock[], input?: JobAdInput): EmploymentType[] {
  // "Number of slots: 1 | Employment: Regular, full time": facts run into one line, each after its bar.
  const rows = blocks.flatMap((b) => (/\s\|\s/u.test(b.text) ? b.text.split(/\s+\|\s+/u).map((text) => ({ ...b, text })) : [b]));
  const labelled = normalizeEmploymentTypes(findAllLabelled(rows, EMPLOYMENT_LABELS, 3));
  if (labelled.length > 0) return labelled;
  // "Tjänsten är en tillsvidareanställning på heltid", "Tjänsten är på 75 procent", "This is a full-time role".
  const share = (text: string): string | undefined => {
    const m = SHARE_OF_POST.exec(text);
    return m ? (m[1] ?? m[2]) : undefined;
  };
  // "Heltid, tillsvidare efter sex månaders provanställning.": a sentence that opens with the hours.
  const inSentence = (text: string): string | undefined => {
    const m = HOURS_IN_SENTENCE.exec(text);
    return m ? (m[1] ?? m[2]) : undefined;
  };
  const stated = blocks.map((b) => TERMS_STATED.exec(b.text)?.[1] ?? inSentence(b.text) ?? share(b.text)).find((v) => v !== undefined);
  if (stated) return normalizeEmploymentTypes([stated, ...kindLines(input?.lines?.header)]);
  // "Business controller (vikariat 12 månader)", "Rådgiver (engasjement)", "Editor (fixed-term, 12 months)": the heading's bracket.
  const bracketed = blocks.filter((b) => /^h[12]$/.test(b.tag)).map((b) => normalizeEmploymentTypes([HEADING_BRACKET.exec(b.text)?.[1] ?? ''])).find((types) => types.length > 0);
  if (bracketed) return bracketed;
  // "… | ONSITE | Full-time" in a post's first line, as its page's title repeats it.
  const line = input && postLine(input);
  const post = line ? normalizeEmploymentTypes(line.split(/\s+\|\s+/u).filter((f) => HOURS_ALONE.test(f.trim()))) : [];
  if (post.length > 0) return post;
  if (!input?.lines) return labelled;
  const lines = input.lines.header.filter((b) => (b.tag !== 'p' || /\s[·|]\s/u.test(b.text)) && b.text.split(/\s+/).length <= MAX_FACT_LINE_WORDS);
  return normalizeEmploymentTypes(lines.flatMap((b) => headerTerms(b.text, [...b.text.matchAll(HOURS)].map((m) => m[1]!))));
}

export function remoteFact(blocks: readonly TextBlock[]): RemoteMode | undefined {
  for (const value of findAllLabelled(blocks, REMOTE_LABELS, 3)) {
    const mode = remoteFromValue(value);
    if (mode) return mode;
  }
  for (const value of findAllLabelled(blocks, LOCATION_LABELS, 3)) {
    const mode = remoteFromText(value) ?? (/(?<!\p{L})(remote|hjemmekontor|distans)(?!\p{L})/iu.test(value) ? 'remote' : undefined);
    if (mode) return mode;
  }
  for (const block of blocks.slice(0, 600)) {
    const mode = remoteFromText(block.text);
    if (mode) return mode;
  }
  return undefined;
}

export function salaryFact(blocks: readonly TextBlock[], lang?: string): Salary | undefined {
  for (const { after, next } of textAfterLabel(blocks, SALARY_LABEL)) {
    const salary = parseSalaryText(after, lang) ?? (after.trim().replace(/^[:\s]+/, '') === '' && next ? parseSalaryText(next, lang) : undefined);
    if (salary) return salary;
  }
  return undefined;
}

/** Whether the page asks to be applied to: an apply button or a "Send søknad" line. */
const APPLY_TEXT =
  /(?<!\p{L})(apply now|apply for this (?:job|position|role)|apply here|submit (?:your )?application|søk (?:på )?(?:stillingen|nå|her|jobben)|send (?:inn )?søknad|søk stilling|ansök (?:nu|här|till tjänsten|på jobbet)|sök (?:tjänsten|jobbet)|skicka (?:in )?(?:din )?ansökan|søknad sendes)(?!\p{L})/iu;

export function asksToApply(blocks: readonly TextBlock[], textContent: string): boolean {
  return blocks.some((b) => APPLY_TEXT.test(b.text)) || APPLY_TEXT.test(textContent.slice(0, 50_000));
}

export function hasEmploymentFacts(blocks: readonly TextBlock[]): boolean {
  return findLabelled(blocks, EMPLOYMENT_LABELS) !== undefined;
}
