import { isOrganisationName, organisationIn } from '../company/org-names';
import { normalizeCompanyName, opensNameWords } from '../company/names';
import type { TextBlock } from '../model';
import type { JobAd, JobAdInput, JobLocation, SourceDraft } from './types';
import { isOtherAdsHeading } from './headings';
import { isCountry } from './location';
import { knownTown, sameTown } from '../places';
import { escapePattern } from '../text/pattern';

/** A staffing agency's ad for a named client: who the client is, in English, Norwegian and Swedish, and the title without the client's name. */
const CLIENT = new RegExp(
  '(?:' +
  [
    // "on behalf of its client, Luangwa Valley Agro Processing Limited", "på vegne av vår oppdragsgiver Stjørnfjord Laks AS", "på uppdrag av sin kund".
    String.raw`(?:for|för|på vegne av|på uppdrag av|on behalf of) (?:vår|our|its|their|sin|deres|deras) (?:kunde|kund|client|customer|oppdragsgiver|uppdragsgivare)`,
    String.raw`(?:vår|our|its|their|sin) (?:kunde|kund|client|oppdragsgiver|uppdragsgivare)(?=[\s,])`,
    // "You will be employed directly by Thistlebank", "du anställs direkt av Brantevik Försäkring".
    // "… anställs du direkt av Glafsfjordens Mekaniska AB": the pronoun the sentence puts between.
    String.raw`(?:ansatt|ansettes|ansett|tilsett|anställd|anställs|employed) (?:du |you |ni |dere |de )?(?:direkte |direkt |directly )?(?:hos|av|i|by) `,
    // "Kustrekrytering söker för kunds räkning en bryggmästare till Morups Bryggeri AB", "søker på vegne av en kunde en
    // driftsleder til …", "recruiting on behalf of a client a site manager for …": the client unnamed at first, then named.
    String.raw`(?:søker|söker|rekrutterer|rekryterar|recruiting|seeking) (?:(?:för|for) (?:en )?(?:kunds|kundens) räkning|på vegne av (?:en )?kunde(?:n)?|på uppdrag av (?:en )?kund(?:en)?|on behalf of (?:a|the) client) (?:(?:en|ett|ei|et|a|an|two|två|to) )?(?:[\p{Ll}-]+ ){1,3}?(?:till|til|for|hos|to|at) `,
    // "Carrick Hale are recruiting for Thistlebank Foods Ltd", "Randstad søker på vegne av Mørkvedt Mekaniske AS", "Kystkompetanse AS søker, på vegne av Utvær Slakteri AS, en …".
    String.raw`(?:recruiting|recruit|rekrutterer|rekrutterar|rekryterar|søker|söker|seeking),? (?:\p{Ll}+ )?(?:for|för|på vegne av|på uppdrag av|on behalf of) `,
    // "På vegne av Sørvær Fiskemottak AS søker vi …", "On behalf of X we are seeking …": the client first, then the seeking.
    String.raw`(?:på vegne av|på uppdrag av|on behalf of) (?=[^.]{2,80}?\s(?:søker|søkjer|söker|rekrutterer|rekryterar|we are (?:seeking|looking|recruiting)|we seek|is seeking|are seeking)\s)`,
    // "Fjeldstad & Moe Executive er engasjert av Ravnå Eiendom AS for å finne …", "vi har anlitats av", "we have been retained by".
    String.raw`(?:engasjert|engagert|anlitad|anlitade|anlitats|engaged|retained|appointed|instructed) (?:av|by) `,
    String.raw`(?:fått|fatt) i (?:oppdrag|uppdrag) (?:av|fra|från) `,
    // "Polarkyst Rekruttering AS har fått i oppdrag å finne en produksjonsleder til Kongsfjord Hvitfisk AS": the post's client.
    String.raw`(?:fått|fatt) i (?:oppdrag|uppdrag) (?:å|att|for å|för att) (?:finne|rekruttere|hitta|rekrytera) (?:en|ei|et|ett) (?:[\p{L}-]+ ){1,3}?(?:til|till|for|för) (?=\p{Lu})`,
    // "Wexbury Talent is partnering with Kiltarra Freight Pty Ltd … to appoint", "samarbeider med X om å rekruttere": a partner named
    // in filling the post; a name's "Ltd.," on the way is no sentence's end.
    String.raw`(?:partnering|partnered|samarbeider|samarbetar) (?:exclusively |closely |tett |nära )?(?:with|med) (?=(?:[^.]|\.(?=,)){0,160}?(?:to (?:appoint|recruit|hire|find)|om å (?:rekruttere|ansette|finne)|(?:for|för) att (?:rekrytera|anställa|hitta|finna)))`,
    // "Kronfeldt Rekrytering söker för Hallqvist Livsmedels räkning …", "recruiting on Thistlebank's behalf", "søker på Mørkvedts vegne":
    // the client in the genitive before the word for "account" or "behalf".
    String.raw`(?:søker|söker|rekrutterer|rekryterar|recruiting|recruit|seeking) (?:\p{Ll}+ )?(?:for|för|on|på) (?=\p{Lu}[^.]{0,60}?(?:s räkning|['’]s behalf|s vegne))`,
  // "… on behalf of our client, Al Safwa Hospitality Group LLC, which …": a comma after the words for the client.
  ].map((p) => String.raw`(?<!\p{L})${p}`).join('|') + ')' + String.raw`(?:\s*,)?\s*`,
  'giu',
);

const STRONG_CLIENT = /räkning|kunde |direkt|directly|recruit|rekrut|rekryt|vegne|uppdrag|oppdrag|behalf|engasjert|engagert|anlita|engaged|retained|appointed|instructed|partner|samarbe/iu;
/** The word after a client's genitive: "… Livsmedels räkning", "… Thistlebank's behalf", "… Mørkvedts vegne". */
const GENITIVE_ACCOUNT = /^\s+(?:räkning|behalf|vegne)(?!\p{L})/u;

/** "Thistlebank" after "employed by": a run of capitalised words, the name as the sentence writes it. */
const CAPITALISED_RUN = /^\p{Lu}[\p{L}&'’-]*(?:\s(?:&\s)?\p{Lu}[\p{L}&'’-]*){0,3}/u;

/**
 * A staffing agency's ad for a named client: "For vår kunde Kvitfjell Emballasje AS søker vi …",
 * "du blir anställd direkt av vår kund Granhammar & Berg Logistik AB", "on behalf of our client X Ltd",
 * "we are recruiting for X Ltd". The client, named with its legal form where the ad writes one, is the
 * employer; a client named without it ("du anställs direkt av Brantevik Försäkring") takes the fuller form
 * the ad writes elsewhere ("Brantevik Försäkring AB är …").
 */
export function agencyClient(blocks: readonly TextBlock[]): string | undefined {
  // v51: "Fler lediga jobb i Älvdalen" over "Undersköterska – Älvdalens kommun": the other ads' employers are no client.
  const opening = blocks.filter((b) => !(b.heading && isOtherAdsHeading(b.heading))).slice(0, 60);
  // "Du blir anställd hos oss och arbetar som konsult hos vår kund …": the agency employs; the client is where the work is.
  if (agencyEmploys(opening)) return undefined;
  let bare: { name: string; strong: boolean } | undefined;
  let unnamed = false;
  for (const block of opening) {
    for (const m of block.text.matchAll(CLIENT)) {
      const after = block.text.slice(m.index + m[0].length);
      if (STRONG_CLIENT.test(m[0]) && UNNAMED_CLIENT.test(after)) unnamed = true;
      const name = organisationIn(after);
      if (name && after.startsWith(name)) return name;
      let run = CAPITALISED_RUN.exec(after)?.[0];
      // "för Hallqvist Livsmedels räkning", "on Thistlebank's behalf": the client's name without its genitive, an agency's word.
      const onAccount = run !== undefined && GENITIVE_ACCOUNT.test(after.slice(run.length));
      if (run && onAccount) run = run.replace(/['’]?s$/u, '');
      if (run && !knownTown(run) && !isCountry(run)) bare ??= { name: run, strong: onAccount || STRONG_CLIENT.test(m[0]) };
    }
  }
  // "… du anställs direkt av vår kund", the client named in the box about it ("Om kunden" over "Mälardalens Miljöanalys AB är …").
  if (!bare) return (unnamed ? clientInBox(blocks) : undefined) ?? unitOfGroup(opening) ?? engagedToFind(opening);
  const fuller = opening.map((b) => organisationIn(b.text)).find((n) => n !== undefined && n.startsWith(bare!.name));
  // "ansatt i Avdeling for IT" names a unit; only an agency's own words name a client without its legal form.
  return fuller ?? (bare.strong ? bare.name : undefined);
}

/**
 * "Stillingen er i Brønnøy Fôrfabrikk AS, en del av Kystfôr-konsernet", "The position is with Tarbet Feeds Ltd, part of
 * the Kystfor group", "Tjänsten är placerad hos Roma Slakteri AB": the company the post is in, named with its legal
 * form, employs — a group's career site states the group.
 */
const POST_IN = /(?<!\p{L})(?:stillingen|stillinga|tjänsten|jobbet|the (?:position|role|post|job)) (?:er|är|is) (?:placert |placerad |based |located )?(?:i|hos|ved|vid|på|with|at|in) /giu;

function unitOfGroup(blocks: readonly TextBlock[]): string | undefined {
  for (const block of blocks) {
    for (const m of block.text.matchAll(POST_IN)) {
      const after = block.text.slice(m.index + m[0].length);
      const name = organisationIn(after);
      if (name && after.startsWith(name) && isOrganisationName(name) && !PUBLIC_NAME.test(name)) return name;
    }
  }
  return undefined;
}

/** A public body after "i" is a place's authority the post may be in, left to the ad's own statement. */
const PUBLIC_NAME = /(?:kommune|kommun|fylkeskommune|region|herad)$/iu;

/** "vår kund", "our client", "oppdragsgiveren": the client, not named where the ad says it employs. */
const UNNAMED_CLIENT = /^(?:vår|vores|our|the|din|your) (?:kund|kunde|kunden|client|customer|oppdragsgiver|uppdragsgivare)(?!\p{L})|^(?:kunden|oppdragsgiveren|uppdragsgivaren)(?!\p{L})/iu;
/** The heading of the box an agency gives its client: "Om kunden", "Om oppdragsgiveren", "About the client". */
const CLIENT_BOX = /^(?:om (?:kunden|vår kund|oppdragsgiver(?:en)?|uppdragsgivaren|arbetsgivaren|arbeidsgiveren)|about (?:the|our) (?:client|customer|employer))\s*:?$/iu;

/** The client's name that opens its box: "Mälardalens Miljöanalys AB är ett ackrediterat laboratorium …". */
function clientInBox(blocks: readonly TextBlock[]): string | undefined {
  const first = blocks.find((b) => b.heading !== undefined && CLIENT_BOX.test(b.heading.trim()) && b.tag === 'p');
  const name = first ? organisationIn(first.text) : undefined;
  return name && first!.text.startsWith(name) ? name : undefined;
}

/** "Hökensås Mek" for "Hökensås Mekaniska AB": the name's words in order, the last cut short, as a board's title writes it. */
function shortensName(part: string, key: string): boolean {
  const own = normalizeCompanyName(part).split(' ');
  return own.length >= 2 && own[own.length - 1]!.length >= 3 && opensNameWords(own, key.split(' '));
}

/** "Transportplanerare till Granhammar & Berg i Norrköping", "… till Lindvalla Energi": the title without the employer (or client) it names. */
export function withoutEmployer(title: string, employer: string): string {
  const first = employer.split(/\s+/)[0]!;
  const at = title.search(new RegExp(`\\s(?:till|til|for|för|hos|at|with)\\s+${escapePattern(first)}(?!\\p{L})`, 'u'));
  if (at > 0) return title.slice(0, at).trim();
  // "Fysioterapeut Ulvik herad", "Care Assistant Brook House Trust", "… – Sørvær Fiskemottak AS": the employer's whole name (two words or more) hung on after the role.
  const tail = employer.trim().split(/\s+/).length >= 2 ? new RegExp(`(?:\\s*,|\\s+[-–—|])?\\s+${escapePattern(employer.trim())}$`, 'iu').exec(title) : null;
  if (tail && tail.index > 0) return title.slice(0, tail.index).trim();
  // "HVAC Maintenance Supervisor - Al Sadeem Facility Services - Doha" for "Al Sadeem Facility Services W.L.L.": a part after a
  // dash that is the name, its legal form left off (the place after it goes by the place's own rule).
  const key = normalizeCompanyName(employer);
  // v68: "Produktionsledare till styckavdelningen, Alsen Kött & Chark" for "Alsen Kött & Chark AB": the name after a comma, its form left off.
  const comma = /,\s+([^,]+)$/u.exec(title);
  if (comma && comma.index > 0 && (normalizeCompanyName(comma[1]!) === key || shortensName(comma[1]!, key))) return title.slice(0, comma.index).trim();
  // "Senior Trust Administrator to the Private Client Team (Vardel Trust)" for "Vardel Trust Company Limited": the name's
  // first words in brackets.
  const bracket = /\s*\(([^()]{2,60})\)/u.exec(title);
  const inner = bracket ? normalizeCompanyName(bracket[1]!) : '';
  if (bracket && bracket.index > 0 && inner && `${key} `.startsWith(`${inner} `)) return withoutEmployer(`${title.slice(0, bracket.index)}${title.slice(bracket.index + bracket[0].length)}`.trim(), employer);
  const parts = title.split(/(\s+[-–—|]\s+)/u);
  // Each removed part goes with the separator before it.
  const out: string[] = [parts[0]!];
  for (let i = 1; i < parts.length; i += 2) if (normalizeCompanyName(parts[i + 1]!) !== key && !shortensName(parts[i + 1]!, key)) out.push(parts[i]!, parts[i + 1]!);
  return out.length === parts.length ? title : out.join('').trim();
}

/** "Du blir anställd hos oss", "you will be employed by us", "du blir ansatt hos oss", "blir fast tilsette hos oss" (nynorsk), v64 "Du blir tillsvidareanställd hos oss": the staffing agency is the employer. */
const EMPLOYED_BY_US = /(?<!\p{L})(?:tillsvidare|fast|visstids)?(?:anställd|anställs|ansatt|ansettes|tilsett|tilsette|tilsatt|tilsettast|employed)(?: \p{Ll}+)? (?:hos|av|i|by) (?:oss|us)(?!\p{L})/iu;

export const agencyEmploys = (blocks: readonly TextBlock[]): boolean => blocks.slice(0, 60).some((b) => EMPLOYED_BY_US.test(b.text));

/** "Hodeløft Executive er engasjert for å finne …", "X har anlitats för att rekrytera …", "X has been retained to appoint …". */
const ENGAGED_TO_FIND = /^(\p{Lu}[\p{L}&'’-]*)[^.]{0,60}?(?<!\p{L})(?:er engasjert|er engagert|har fått (?:i )?oppdrag(?:et)?|har fått i uppdrag|är anlitad|har anlitats|has been (?:engaged|retained|appointed)|have been (?:engaged|retained|appointed)) (?:for å|att|för att|to) (?:finne|rekruttere|ansette|hitta|rekrytera|anställa|find|recruit|appoint|hire)(?!\p{L})/u;

/**
 * A search firm engaged to find someone without naming for whom in that sentence: the client is the organisation the
 * ad's opening names with its legal form ("Tindfjell Energi AS er et regionalt kraftselskap …"), not the firm itself.
 */
function engagedToFind(opening: readonly TextBlock[]): string | undefined {
  const firm = opening.map((b) => ENGAGED_TO_FIND.exec(b.text)?.[1]).find((w) => w !== undefined);
  if (!firm) return undefined;
  return opening.map((b) => organisationIn(b.text)).find((n) => n !== undefined && !n.startsWith(firm) && isOrganisationName(n));
}

/** "Rekryteringen sköts av", "Rekrutteringen gjennomføres av", "This recruitment is handled by". */
const HANDLED_BY =
  /(?<!\p{L})(?:(?:rekryteringen|rekryteringsprocessen|rekrutteringen|rekrutteringsprosessen|(?:this|the) recruitment(?: process)?)\s+(?:sköts|genomförs|hanteras|leds|görs|gjennomføres|håndteres|ledes|administreres|utføres|is (?:being )?(?:handled|managed|run|conducted|led))\s+(?:av|by)|(?:this |the )?ad(?:vert)? (?:placed|posted) by|annonsen (?:er |är )?(?:lagt inn|lagt ut|inlagd|upplagd) av)\s+/iu;
/**
 * "Talentlänk Rekrytering hjälper Ekholma Trä att hitta en underhållstekniker", "Fjordrekruttering hjelper Nesvik Mek
 * med å finne …", "Remmenkilen Rekruttering AS bistår Rødsbakken Energiforskning AS i rekrutteringen", "Harbour Search is helping Calder
 * Foods to find …", v57: "X Recruitment is delighted to be assisting Barcoo Downs … in the search for …": the firm (the ad's data names it) and the client it finds someone for, who hires.
 */
const RUN = String.raw`\p{Lu}[\p{L}&'’-]*(?:\s(?:&\s)?\p{Lu}[\p{L}&'’-]*){0,6}`;
const HELPS_FIND = new RegExp(
  String.raw`(${RUN})\s+(?:hjälper|hjelper|helps|is helping|assists|is assisting|bistår|(?:is|are) (?:delighted|pleased|proud|happy|excited) to (?:be )?(?:assist(?:ing)?|help(?:ing)?|support(?:ing)?)|har (?:gleden av|glede av|fått æren av) å (?:bistå|hjelpe)|har (?:glädjen|nöjet|äran) att (?:bistå|hjälpa))\s+(${RUN})\s+(?:(?:med\s+)?(?:att|å)\s+|to\s+|in\s+|i\s+|med\s+|with\s+)?(?:the\s+)?(?:hitta|finna|finne|rekrytera|rekruttere|anställa|ansette|tilsette|find(?:ing)?|recruit(?:ing)?|hir(?:e|ing)|rekrutteringen|rekryteringen|recruitment|search|søket|søkjet|sökandet|jakten)(?!\p{L})`,
  'u',
);
/**
 * The client described, not named: "Vår kund, ett …", "Our client, a …", "Vår oppdragsgiver er et …", "Our client is a …",
 * "For a private client, …", "På vegne av en kunde …".
 */
const CLIENT_DESCRIBED =
  /(?<!\p{L})(?:(?:vår|our) (?:kund|kunde|client|oppdragsgiver|uppdragsgivare)(?:,|\s+(?:är|er|is))\s+(?:ett|en|et|ei|a|an)\s|(?:for|för|on behalf of|på vegne av|på uppdrag av) (?:a|an|en|ei|et|ett) (?:private |privat |privata )?(?:client|kund|kunde|oppdragsgiver|uppdragsgivare)(?!\p{L}))/iu;

/**
 * A recruitment firm's ad for a client it does not name: "Vår kund, ett växande handelsföretag i Uppsala, söker …
 * Rekryteringen sköts av Lindqvist Ekonomirekrytering.", "For a private client … Ad placed by Baie Recrutement SARL".
 * With no client to name, the firm that runs the recruitment is who the applicant deals with, and the employer the ad states.
 */
export function recruiterForUnnamedClient(blocks: readonly TextBlock[]): string | undefined {
  const opening = blocks.slice(0, 60);
  if (!opening.some((b) => CLIENT_DESCRIBED.test(b.text))) return undefined;
  for (const block of opening) {
    const m = HANDLED_BY.exec(block.text);
    if (!m) continue;
    const after = block.text.slice(m.index + m[0].length);
    const named = organisationIn(after);
    return named && after.startsWith(named) ? named : CAPITALISED_RUN.exec(after)?.[0];
  }
  // "Tavelsjö Rekrytering AB sköter hela urvalet", "Fjordhjelp AS håndterer rekrutteringen", "Harbour Search Ltd is
  // handling the recruitment": the firm named before the words.
  for (const block of opening) {
    const m = HANDLES.exec(block.text);
    const named = m ? organisationIn(m[1]!) : undefined;
    if (named && m![1]!.endsWith(named)) return named;
  }
  return undefined;
}

const HANDLES =
  /((?:^|[.!?]\s+)\p{Lu}[^.!?]{2,80}?)\s+(?:sköter|hanterar|håndterer|gjennomfører|genomför|leder|is (?:handling|managing|running|conducting)|handles|manages|runs)\s+(?:hela\s+|hele\s+|the\s+whole\s+|the\s+)?(?:urvalet|rekryteringen|rekrutteringen|rekrutteringsprosessen|rekryteringsprocessen|utvelgelsen|recruitment(?:\s+process)?|selection(?:\s+process)?)(?!\p{L})/u;

/** "Gransjö Såg AB söker", "Gransjö Såg AB är …", "Hovland Bygg AS is hiring": a name that opens a line and seeks or is described. */
const OPENS_AS_SEEKER = /^\s+(?:söker|søker|seeks|is (?:hiring|looking|seeking|recruiting)|är|er|is)(?!\p{L})/u;

/**
 * "Gransjö Såg AB söker …" over "Rekryteringen sköts av Tallvik Rekrytering AB" where the ad's data names the firm: the
 * firm runs the recruitment for the client the ad names, and the client that seeks is the employer.
 */
export function clientOfRecruiter(blocks: readonly TextBlock[], employer: string | undefined): string | undefined {
  const opening = blocks.slice(0, 60);
  if (!employer || opening.some((b) => CLIENT_DESCRIBED.test(b.text))) return undefined;
  const helped = opening.map((b) => HELPS_FIND.exec(b.text)).find((m) => m && normalizeCompanyName(m[1]!) === normalizeCompanyName(employer));
  if (helped) return helped[2];
  const firm = opening.map((b) => {
    const m = HANDLED_BY.exec(b.text);
    const after = m ? b.text.slice(m.index + m[0].length) : undefined;
    return after === undefined ? undefined : (organisationIn(after) ?? CAPITALISED_RUN.exec(after)?.[0]);
  }).find((n) => n !== undefined);
  if (!firm || normalizeCompanyName(firm) !== normalizeCompanyName(employer)) return undefined;
  for (const block of opening) {
    const name = organisationIn(block.text);
    if (name && block.text.startsWith(name) && normalizeCompanyName(name) !== normalizeCompanyName(firm) && OPENS_AS_SEEKER.test(block.text.slice(name.length))) return name;
  }
  return undefined;
}

/**
 * "I denna rekrytering samarbetar Morups Bryggeri med Kustrekrytering AB, Halmstad": the structured place of an agency's ad is the
 * agency's office when the ad writes that town only beside the agency's name, and the page shows another place; or (v50) a place
 * row shows another ("Location: Fort Nelson, BC" where the recruiter's data gives its own suite in Fort St. John). */
export function agencysOffice(ad: Pick<JobAd, 'hiringOrganization' | 'locations' | 'sources'>, page: SourceDraft, blocks: readonly TextBlock[]): boolean {
  const agency = ad.hiringOrganization?.name;
  const shown = page.fields.locations ?? [];
  if (!agency || ad.sources.locations === 'heuristic' || shown.length === 0 || ad.locations.length !== 1) return false;
  const town = ad.locations[0]!.city;
  if (!town || shown.some((l) => l.city === town)) return false;
  if (page.shown?.has('locations')) return true;
  const text = ownBlocks(blocks).map((b) => b.text).join('\n');
  const mentions = [...text.matchAll(townPattern(town, 'gu'))];
  const beside = new RegExp(`${escapePattern(agency)},?\\s+(?:i\\s+|in\\s+)?$`, 'u');
  return mentions.length > 0 && mentions.every((m) => beside.test(text.slice(Math.max(0, m.index - agency.length - 6), m.index)));
}

/** The ad's own blocks: "Liknande jobb" over "Säljare dryck – Halmstad" lists other ads, whose towns are theirs. */
const ownBlocks = (blocks: readonly TextBlock[]): TextBlock[] => blocks.filter((b) => !b.heading || !isOtherAdsHeading(b.heading));
export const ownSentences = (blocks: readonly TextBlock[]): string[] => ownBlocks(blocks).flatMap((b) => b.text.split(/(?<=[.!?])\s+/u));
export const townPattern = (town: string, flags = 'u'): RegExp => new RegExp(`(?<!\\p{L})${escapePattern(town)}(?!\\p{L})`, flags);

/** The office a sentence places in the data's town: "Hovedkontoret ligger i Kristiansand", "med kontor i Östersund". */
export const OFFICE = /(?<!\p{L})(?:hovedkontor(?:et)?|hovudkontor(?:et)?|huvudkontor(?:et)?|head office|headquarters|kontor(?:et|er|ene|en)?|offices?)(?!\p{L})/iu;

/**
 * v44: "Our head office and fabrication shop are in Gore, and this role sits in our Invercargill service workshop": the
 * data's one town, which the ad names only as the office (and, v48, in the employer's letterhead: "… LLC · 2200 Tudor Road,
 * Anchorage"), took its country with it; the page's town has one only where the page states it (a country row, read after).
 * v57: so did a recruiter's office the page never names, where the data's employer is not the one who hires (`dataEmployer`).
 */
export function withoutOfficeCountry(ad: Pick<JobAd, 'locations' | 'sources' | 'hiringOrganization'>, structured: readonly JobLocation[], blocks: readonly TextBlock[], dataEmployer?: string): JobLocation[] {
  const [given] = structured;
  if (ad.sources.locations !== 'heuristic' || structured.length !== 1 || !given?.city || !given.country || ad.locations.some((l) => sameTown(l.city, given.city))) return ad.locations;
  const [town, first] = [townPattern(given.city), ad.hiringOrganization?.name.split(/\s+/)[0] ?? '\0'];
  const naming = ownSentences(blocks).filter((s) => town.test(s));
  const agencys = naming.length === 0 && !!dataEmployer && normalizeCompanyName(dataEmployer) !== normalizeCompanyName(ad.hiringOrganization?.name ?? '');
  if (!agencys && (!naming.some((s) => OFFICE.test(s)) || !naming.every((s) => OFFICE.test(s) || s.startsWith(first)))) return ad.locations;
  return ad.locations.map((l) => {
    const { country, ...rest } = l;
    return country === given.country ? rest : l;
  });
}
