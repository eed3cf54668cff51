import { boardAsksForAds, isJobBoardHost, isJobBoardName, jobBoardFor, withoutSectionWord } from '../company/job-boards';
import { isOrganisationName, legalNames, organisationIn, withoutNameLabel } from '../company/org-names';
import { isShortFormOf } from '../company/short-forms';
import { normalizeCompanyName, sameCompanyName } from '../company/names';
import { nameMatchesDomain } from '../company/page-name';
import { isPageWords, isPictureWord } from '../company/page-words';
import type { TextBlock } from '../model';
import { isRegion, isStateCode, locationsFromText, parseAddressText, REGION_NAMED_LIKE_TOWN, unshout } from './location';
import { beforeOtherAds } from './headings';
import { townsTheTextPlaces } from './text-placed-towns';
import { isMunicipality, knownTown, placeList, townOfAddress, townsInLine, withoutLeadingSymbols } from '../places';
import type { JobAdInput, JobLocation } from './types';
import { isTitleTail, namesUnit } from './title-tidy';
import { findAllLabelled, isFactLabel, isPlaceRow, LOCATION_LABELS } from './labels';
import { namedAsRelatedBody } from './related-bodies';
import { isInitials, nameTheInitialsSpell } from './employer-card';
import { placeTheHeadingNames, textSeats, withoutOtherOffices } from './heading-place';
import { isAddressSegment, placeOfClosingAddress, placeOfNorthernAddress, placeOfStateLine } from './address-segment';
import { isProse, registryTown } from './registry-place';
import { nameBesideTown, nameTheOpeningRepeats, nameUnderHeading } from './name-under-heading';
import { GENERIC_TITLE, VACANCY_LABEL } from './generic-title';
import { eachTown, tagsAfter, withoutTermsParts } from './place-tags';
import { namesSiteInShort } from './title-site';

/** What an ad says of its employer and place beyond labelled facts: the title, the lines and logo by the heading, the opening, the footer. */
const SEPARATOR = /\s+[|–—·•]\s+|\s+-\s+|\s*\|\s*/;
const PRONOUN = /^(?:oss|us|meg|mig|me|deg|dig|you|dem|them)$/iu;
const AT = /\s(?:at|hos|på|vid|för|with|i)\s+([^|–—·•,]+?)\s*(?:[|–—·•-]\s|,\s|$)/iu;
/** "… – uppdrag hos Håknäs Trä": an agency's placement names the client, not who employs (agency-client.ts). */
const PLACEMENT = /(?:uppdrag|oppdrag|assignment|placement)$/iu;

const same = sameCompanyName;

/** "Sous Chef - Live-in Available - Lake District job in Keswick": a board's "job in <place>" after the ad's heading. */
const JOB_IN_PLACE = /\s+(?:jobs?|jobb|stilling|tjänst)\s+(?:in|i|på)\s+[^|–—·•]+$/iu;

/** The segments of a page title that are not the site's name or section. */
function titleSegments(input: JobAdInput): string[] {
  const site = input.siteName;
  return input.title
    .split(SEPARATOR)
    .map((s) => s.trim().replace(JOB_IN_PLACE, '').replace(VACANCY_LABEL, ''))
    .filter((s) => s && !GENERIC_TITLE.test(s) && !same(s, site) && !same(withoutSectionWord(s), site) && !/\.(?:no|se|com|dk|fi|io|co)$/i.test(s));
}

/**
 * "Arbetsförmedlingen" on arbetsformedlingen.se: the site names itself. With `pastWww`, the host's first label past
 * "www" ("Metrojobb" on www.metrojobb.se).
 */
function namesHost(name: string, url: string, pastWww = false): boolean {
  try {
    const host = new URL(url).hostname;
    return nameMatchesDomain(name, pastWww ? host.replace(/^www\d?\./, '') : host);
  } catch {
    return false;
  }
}

/** "OnlineJobs.ph" on www.onlinejobs.ph, "topjobs.lk" on www.topjobs.lk: the site's address as its name is the site. */
const isSiteAddress = (segment: string, url: string): boolean => /\.\p{L}{2,}$/u.test(segment) && namesHost(segment, url, true);

/** A title's segment the page's logo or footer's legal line also writes is the employer, in the footer's fuller form: "Fernbrook Games" → "Fernbrook Games Ltd". */
function confirmedByPage(segment: string, input: JobAdInput): string | undefined {
  // A board that asks employers for their ads is named by its address: "Kootenay Careers" on www.kootenaycareers.ca.
  if (same(segment, input.siteName) || isJobBoardName(segment) || namesHost(segment, input.url, boardAsksForAds(input.lines)) || isSiteAddress(segment, input.url)) return undefined;
  const legal = legalNames(input.lines?.footer);
  if (![...legal, ...(input.lines?.logos ?? [])].some((n) => same(n, segment))) return undefined;
  return legal.find((n) => n.length > segment.length && n.startsWith(segment) && isOrganisationName(n)) ?? segment;
}

/** "Hamar/Gjøvik", "Tromsø og Finnsnes", "Bergen", or "Tamworth" over "Location: Tamworth, NSW 2340": a segment of towns names no employer. */
function namesTowns(segment: string, lines: readonly TextBlock[] = []): boolean {
  return placeList(segment).every((part) => knownTown(part) !== undefined) || findAllLabelled(lines, LOCATION_LABELS, 3).some((v) => v.split(',')[0]!.trim() === segment);
}

const HIRING = /^(.{2,60}?)\s+(?:is hiring|hiring|söker|søker|rekryterar|ansetter|tilsetter):?\s/u;
/** "Title at Employer", "Title, Employer AB – City", "Title – Employer | Jobs". */
export function employerFromTitle(input: JobAdInput, heading: string | undefined): string | undefined {
  // "Fjellkraft AS hiring Backend Developer in Tromsø | LinkedIn", "Nordlager AB söker …", the heading "Lillhärads Kraftteknik söker: …".
  const hiring = [input.title, heading ?? ''].map((text) => HIRING.exec(text)?.[1]).find((n) => n !== undefined && /^\p{Lu}/u.test(n) && !/^(?:vi|we|nu|now)$/iu.test(n));
  if (hiring) return hiring.trim();
  const at = AT.exec(` ${input.title}`);
  // "at"/"hos"/"with" name an employer; "i"/"på"/"vid"/"för" as often a place or a unit ("Kock i Västra Hamnen").
  const strong = at && /^\s(?:at|hos|with)\s/iu.test(at[0]);
  // "Jobb hos oss", "Work with us": a pronoun names no one.
  // "Teamledare … hos expansivt logistikföretag": a client told by its kind, in lower case, is no name.
  if (at?.[1] && !PLACEMENT.test(` ${input.title}`.slice(0, at.index)) && /^\p{Lu}/u.test(at[1].trim()) && !knownTown(at[1]) && !PRONOUN.test(at[1].trim()) && (strong || isOrganisationName(at[1]))) return at[1].trim();
  const segments = titleSegments(input);
  // "Sous Chef - Live-in Available - Lake District" as the heading: each of its parts is the job, a perk or a place.
  const headingParts = new Set((heading ?? '').split(SEPARATOR).map((s) => s.trim().toLowerCase()).filter(Boolean));
  // The segment that repeats the ad's heading is the job title; the others may name the employer.
  const titleAt = Math.max(0, segments.findIndex((s) => heading !== undefined && (s.toLowerCase() === heading.toLowerCase() || headingParts.has(s.toLowerCase()))));
  const first = segments[titleAt];
  const rest = segments.filter((s, i) => i !== titleAt && (headingParts.size < 2 || !headingParts.has(s.toLowerCase())));
  const comma = first?.split(/,\s+/);
  if (comma && comma.length >= 2) {
    // "Lagerarbetare, Nordlager AB – Jönköping"; "Product Manager, Payments" names a team, not an employer; v65: nor "…, Turnaround Team".
    const placed = rest.some((r) => knownTown(r));
    const named = comma.slice(1).find((part) => isOrganisationName(part) || (placed && !knownTown(part) && part.length <= 60 && /^\p{Lu}/u.test(part) && !namesUnit(part.split(' ').pop()!)));
    if (named) return named;
  }
  // "… | SimplyHired": a segment that names a board or the site's own host is the site.
  // "Opportunity Detail - Maintenance Planner": a segment of the page's own words names the page, not an employer.
  // "… | Jobb | ÖP" on Östersunds-Posten's pages: the site's initials are the site.
  const siteInitials = (s: string): boolean => !!input.siteName && isShortFormOf(s, input.siteName);
  const named = rest.filter((s) => !namesTowns(s, input.lines?.header) && !isPageWords(s) && !isTitleTail(s) && !isAddressSegment(s) && !same(s, heading) && s.length <= 60 && !isJobBoardName(s) && !namesHost(s, input.url) && !siteInitials(s) && !isSiteAddress(s, input.url) && !namesSiteInShort(s, input));
  // "Montör … - Mälarbemanning | Metrojobb" on www.metrojobb.se: beside another name, the one the host spells is the site's (a board
  // nobody listed); alone ("Djurvårdare … | Ålkärr" on www.alkarr.se) the employer's own site, unless the page says it is a board (v59).
  const others = named.filter((s) => !namesHost(s, input.url, true));
  const candidates = others.length > 0 || boardAsksForAds(input.lines) ? others : named;
  const stated = candidates.find(isOrganisationName);
  if (stated) return stated;
  // "QA Tester (Games) - Fernbrook Games - JOIN": a segment the page's logo or footer also names.
  const confirmed = candidates.map((c) => confirmedByPage(c, input)).find((c) => c !== undefined);
  if (confirmed) return confirmed;
  // Without a site name a board's own name usually stands last: "Title – Employer | Board".
  const open = !input.siteName && candidates.length >= 2 ? candidates.slice(0, -1) : candidates;
  if (open.length === 1 && segments.length >= 3) return open[0];
  // "Employer - Title" (Lever): a name before the heading is the employer's; a board puts its own name after, and
  // "EuroBrussels - Policy Adviser …" on www.eurobrussels.com: the name the host spells is the board's.
  return open.length === 1 && titleAt > 0 && segments.indexOf(open[0]!) < titleAt && !namesHost(open[0]!, input.url, true) ? open[0] : undefined;
}

/** "KB Kvinnherad Bemanning", "HHS – Harmångers Hus" (…och Snickeri): the name, without the initials drawn before it (v60: any, before a dash). */
function withoutInitialsMark(logo: string | undefined): string | undefined {
  const m = logo && /^(\p{Lu}{2,4})(?:\s+[–—-])?\s+(.+)$/u.exec(logo);
  const own = m?.[2]!.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('') ?? '';
  return m && (isShortFormOf(m[1]!, m[2]!) || (own.length >= 2 && (m[1]!.startsWith(own) || /^\S+\s+[–—-]\s/u.test(logo!)))) ? m[2] : logo;
}

/** The employer a board shows beside the heading: a logo's alt text, or a line that is an organisation's name. */
export function employerNearHeading(input: JobAdInput): string | undefined {
  const lines = input.lines;
  if (!lines) return undefined;
  // "Kronblad – ditt apotek": a slogan in lower case after the brand and a dash is no part of the name.
  const logo = withoutInitialsMark(lines.titleLogo?.replace(/\s+[–—-]\s+\p{Ll}[\p{L}\s'’]*$/u, ''));
  // "AWT" beside "Aldervik Water Trust": initials give way to the name they spell; "EuroBrussels - jobs in EU affairs" is the site's.
  if (logo && !same(logo, input.siteName) && !namesHost(logo, input.url, true) && logo.length <= 70 && !isPictureWord(logo)) return (isInitials(logo) ? nameTheInitialsSpell(input.blocks, input) : undefined) ?? logo;
  // "Liknande jobb" over "Socialsekreterare – Söderhamns kommun": the other ads' employers are theirs; a place row's
  // "Placering: Ruda, Högsby kommun" is where the job is (isPlaceRow).
  const own = beforeOtherAds(lines.header).slice(0, 20);
  for (const [at, { text: line }] of own.entries()) {
    if (isPlaceRow(own, at)) continue;
    const parts = line.split(/\s*[·•|,]\s*|\s+[–—]\s+/);
    // "NORRBÄCKENS SÅGVERK AB" is written "Norrbäckens Sågverk AB"; "X är en del av Y AB" is a sentence, no name.
    const named = parts.map((part) => unshout(withoutNameLabel(part))).find((part) => isOrganisationName(part) && !same(part, input.siteName) && !/\s(?:är|er|is)\s/u.test(part));
    if (named) return named;
  }
  return onJobBoard(input.url, lines) ? nameUnderHeading(input) : (nameBesideTown(input) ?? nameTheOpeningRepeats(input));
}

const NOT_TENANT = /^(?:www\d?|jobs?|careers?|karriere|karriar|apply|boards?|m)$/i;

/**
 * On a recruiting platform's page for one employer ("marloweoutdoor.bamboohr.com",
 * "bonvik-kafferosteri.jobs.personio.de"), the name in its footer's legal line or its logo that
 * the address spells: "Marlowe Outdoor Ltd", "Bönvik Kafferosteri AB".
 */
export function employerOfTenant(input: JobAdInput): string | undefined {
  let host: string;
  try {
    host = new URL(input.url).hostname;
  } catch {
    return undefined;
  }
  const labels = host.split('.');
  const legal = legalNames(input.lines?.footer);
  const logos = input.lines?.logos ?? [];
  const tenant = labels.length >= 3 && !NOT_TENANT.test(labels[0]!) && labels[0]!.replace(/-/g, '').length >= 4 && isJobBoardHost(host);
  const spelled = tenant ? [...legal, ...logos.map(unshout)].find((name) => nameMatchesDomain(name, host)) : undefined;
  if (spelled || jobBoardFor(host)?.kind !== 'platform') return spelled;
  // A platform whose address names no tenant ("careers.pageuppeople.com/1187/…"): the footer's legal name that the
  // employer's logo writes or abbreviates ("KHA" → "Kestrel Housing Association Limited"), never the platform's own.
  return legal.find((name) => !isJobBoardName(name) && !namesHost(name, input.url) && logos.some((logo) => logoNames(logo, name)));
}

/** A logo's alt text that writes a legal name, or gives its initials: "KHA" for "Kestrel Housing Association Limited". */
export function logoNames(logo: string, name: string): boolean {
  return same(logo, name) || isShortFormOf(logo.trim(), normalizeCompanyName(name));
}

/** Whether an ad's address is on a known job board or recruiting platform, or its header asks employers for their ads. */
export function onJobBoard(url: string, lines?: JobAdInput['lines']): boolean {
  try {
    return isJobBoardHost(new URL(url).hostname) || boardAsksForAds(lines);
  } catch {
    return false;
  }
}

/** The first organisation the ad's opening sentences name ("Fjellkraft AS er …", "Vi i Tromsø kommune …"); v55: fact rows as paragraphs above ("Søknadsfrist: …") no part of it. */
export function employerInOpening(blocks: readonly TextBlock[], siteName: string | undefined): string | undefined {
  const after = blocks.slice(blocks.findIndex((b) => b.tag === 'h1') + 1);
  const opening = after.filter((b, at) => (b.tag === 'p' || b.tag === 'div') && !isPlaceRow(after, at) && !isFactLabel(b.text.replace(/:\s.*$/su, ''))).slice(0, 4);
  for (const block of opening) {
    const name = organisationIn(block.text);
    // "… med Vindelns kommun som stiftare": the body that founded, owns or funds the employer is not it.
    if (name && !same(name, siteName) && !namedAsRelatedBody(block.text, name)) return name;
  }
  return undefined;
}

/**
 * "Sollefteå" in the title, "Sollefteå, Västernorrlands län" under the heading: the place as the header tells it. The
 * header's address of that town tells it too ("Smoltveien 9, 7900 Rørvik, Norge").
 */
function withRegion(city: string, header: readonly string[]): JobLocation {
  const read = (line: string): JobLocation[] => (line.startsWith(city) ? locationsFromText(line) : townOfAddress(line) === city ? [parseAddressText(line) ?? {}] : []);
  const told = header.filter((line) => line.length <= 80).flatMap(read).find((l) => l.city === city && (l.region || l.country));
  return told ?? { city };
}

/** Places the title, the header lines or (on the employer's own site) the footer's address name. */
/** "St. Julian's", "Ta' Xbiex", "Port Louis": a town's name as a line of its own. */
const TOWN_LINE = /^(?:St\.\s|Ta['’]\s)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}$/u;

/**
 * "St. Julian's", then "Full-time" and "Hybrid", under the ad's heading: a name no register knows, on the line right
 * under the heading, with the post's terms on the line after it, is the job's town (LinkedIn-like boards' icon lines).
 */
function townOverTerms(lines: readonly TextBlock[], heading: string | undefined): string | undefined {
  const at = heading ? lines.findIndex((b) => b.text === heading) : -1;
  const [line, next] = [lines[at + 1]?.text.trim(), lines[at + 2]?.text.trim()];
  // "TYPE OF WORK" over "Full Time": a label in capitals is no town.
  if (at < 0 || !line || !next || !TOWN_LINE.test(line) || !/\p{Ll}/u.test(line) || isOrganisationName(line) || isFactLabel(line)) return undefined;
  return /^(?:full[- ]?time|part[- ]?time|heltid|deltid|permanent|contract|temporary|fast|vikariat|tillsvidare)$/iu.test(next) ? line : undefined;
}

/** An item of a list of links: a line marked up as a list item beside another. */
const inMenu = (lines: readonly TextBlock[], at: number): boolean => lines[at]!.tag === 'li' && (lines[at - 1]?.tag === 'li' || lines[at + 1]?.tag === 'li');
/** "Norrköping / Söderköping / Valdemarsvik / Finspång" as lines of their own at a paper's top: its local editions, a menu. */
const bareTown = (line: TextBlock | undefined): boolean => !!line && knownTown(line.text.trim()) === line.text.trim();
const townMenu = (lines: readonly TextBlock[], at: number): boolean => bareTown(lines[at]) && bareTown(lines[at + 1]) && (bareTown(lines[at + 2]) || bareTown(lines[at - 1]));
/** "📍 Meråker ⏱ Heltid": an icon line whose next symbol starts another fact names one town before it. */
function iconLineTown(text: string): string {
  const cut = text.replace(/(?<=\S)\s+[\p{Extended_Pictographic}\p{So}]\uFE0F?\s.*$/u, '');
  return cut !== text && knownTown(withoutLeadingSymbols(cut).trim()) ? cut : text;
}

export function placesStated(input: JobAdInput, onBoard: boolean): JobLocation[] {
  // "… hiring Backend Developer in Tromsø, Troms, Norway", "Utvikler – Bergen", "Lagerarbetare, Nordlager AB – Jönköping", v58 "… – Munkedal/Uddevalla".
  const placed = / (?:in|i) ((?:\p{Lu}[\p{L}-]+)(?:,\s*\p{Lu}[\p{L}-]+)*)$/u.exec(titleSegments(input).join(' | '))?.[1];
  const fromIn = placed ? locationsFromText(placed).filter((l) => l.city && (knownTown(l.city) || textSeats(input, l.city))) : [];
  if (fromIn.length) return fromIn;
  // "Fler lediga jobb" over "Montör – Kjulaås Verkstad AB, Eskilstuna": the other ads' towns under it are theirs.
  const lines = input.lines?.header ?? [];
  const own = beforeOtherAds(lines);
  const header = own.map((b) => iconLineTown(withoutOtherOffices(withoutTermsParts(b.text))));
  const titled = titleSegments(input).flatMap((s) => s.split(/,\s+/)).flatMap((p) => (p.split(/\s*\/\s*/u).every((t) => knownTown(t)) ? p.split(/\s*\/\s*/u) : [p])).map(knownTown).filter((t): t is string => !!t);
  if (titled.length) return [...new Set(titled)].map((city) => withRegion(city, header));
  const headed = placeTheHeadingNames(input);
  if (headed.length) return headed;
  // The main heading, an h2 where the page has no h1 ("Bengtsfors · Mellerud · Åmål" as a paper's menu above it).
  const heading = own.findIndex((b) => b.tag === 'h1' || b.text === input.lines?.h1);
  for (const [at, line] of header.entries()) {
    // "Nyheter · Falkenberg · Varberg · Sport" above the heading: a paper's menu of local editions, not the job's place.
    // "Ledige stillinger i Ringsaker": the section's towns, whatever the ad's own line says.
    if ((at < heading && inMenu(own, at)) || townMenu(own, at) || (at > 0 && townMenu(own, at - 1)) || GENERIC_TITLE.test(line.trim())) continue;
    // "📍 Mårtenstorget 3, 223 51 Lund" above the related jobs' "Apotekare – Apoteket AB, Malmö": the header's lines in
    // their order, an address among them.
    const towns = townsInLine(line);
    if (towns.length === 0) {
      const town = townOfAddress(line);
      if (town && knownTown(town) && /\d/.test(line.split(town)[0] ?? '')) return [withRegion(town, header)];
      continue;
    }
    // "Oslo, Norway" keeps its country; "Fjellkraft AS · Tromsø · Fast stilling" gives the town only.
    // "Flisa, Åsnes" and "Fabrikken på Flisa …": a village no register knows before its municipality, which the text seats the work in (v60: after a pin, "📍 Oppeid, Hamarøy").
    const places = locationsFromText(line).filter((l) => (l.city ? knownTown(l.city) || (towns.some(isMunicipality) && withoutLeadingSymbols(line).trim().startsWith(`${l.city}, `) && textSeats(input, l.city)) : l.country));
    // "Designavdelningen och showroomet finns i Borås." in passing, the ad's own registry line in Ulricehamn: the registry's town.
    const registry = isProse(own[at]) ? registryTown(input) : undefined;
    if (registry) return [registry];
    if (places.some((l) => l.city)) return [...(isProse(own[at]) ? places.filter((l) => l.city) : eachTown(places, towns, line)), ...tagsAfter(header, at, input.blocks.map((b) => b.text).join('\n'))].slice(0, 4);
  }
  // "Te Rapa, Hamilton, Waikato", "Parramatta, Sydney, New South Wales", v61 "📍 Ennistymon, Co. Clare", v64 SEEK's "Waimate, Canterbury": a town no register knows and its region,
  // as Trade Me and Seek write the place on an icon line; "Mississauga, ON": a town and its province's code (Jobillico).
  for (const line of header) {
    const parts = withoutLeadingSymbols(line).split(/\s*,\s*/u);
    // "Thunder Bay, Ontario" (Eluta): a town and its province written out.
    const regional = (parts.length === 3 && isRegion(parts[2]!)) || (parts.length === 2 && (isStateCode(parts[1]!) || isRegion(parts[1]!) || REGION_NAMED_LIKE_TOWN.test(parts[1]!)));
    if (line.length > 60 || !regional || !parts.every((p) => /^\p{Lu}[\p{L}'’-]*\.?(?:\s\p{Lu}[\p{L}'’-]*){0,2}$/u.test(p))) continue;
    const places = locationsFromText(line).filter((l) => l.city && l.region);
    if (places.length === 1) return places;
  }
  // v52: "Deckhand / Cook – 2027 Shipping Season": the heading's year is no postcode, its words no town.
  for (const line of header.filter((l) => l !== input.lines?.h1)) {
    const town = placeOfNorthernAddress(line) ?? placeOfStateLine(line, `${input.title} ${input.lines?.h1 ?? ''}`) ?? townOfAddress(line);
    if (town) return [typeof town === 'string' ? { city: town } : town];
  }
  const under = townOverTerms(own, input.lines?.h1);
  if (under) return [{ city: under }];
  const inText = townsTheTextPlaces(own, input.blocks.map((b) => b.text).join('\n'));
  if (inText.length) return inText;
  if (onBoard) return placeOfClosingAddress(input.blocks);
  for (const line of input.lines?.footer ?? []) {
    const town = townOfAddress(line);
    if (town) return [{ city: town }];
  }
  return [];
}
