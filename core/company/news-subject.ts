import type { RoundTwoDB } from '../db/schema';
import type { Company, FiledBecause } from '../model';
import { knownTown } from '../places';
import { normalizeCompanyName, textNameTokens } from './names';
import { closestInWords, type OwnWords } from './news-tiebreak';
import { escapePattern } from '../text/pattern';

/**
 * News about a company the user researches lands with that company: an article
 * whose headline (or lead) names it is filed there, with the reason, and the news
 * site's domain is never added to the company. A site that already belongs to a
 * company (the company's own newsroom) keeps its clips.
 */

const MIN_NAME_CHARS = 4;
/** How a name may be cut to its first words: not at all, as it is, or only where no "the" goes before (a place's word ends it). */
type Cut = false | 'plain' | 'place';
const PAIR_OF_NAMES = /^[\p{Lu}][\p{L}'’-]+\s+(?:&|og|och|and)\s+[\p{Lu}][\p{L}'’-]+\s/u;

function containsName(text: readonly string[], name: readonly string[], notAfterThe = false): boolean {
  for (let at = 0; at + name.length <= text.length; at++) {
    // "in the Calder Valley": a name after "the" is the place.
    if (notAfterThe && text[at - 1] === 'the') continue;
    const hit = name.every((part, i) => {
      const word = text[at + i]!;
      // "Fjellkrafts nye sjef": a Nordic genitive -s on the last word still names it.
      return word === part || (i === name.length - 1 && (word === `${part}s` || word === `${part}'s`));
    });
    if (hit) return true;
  }
  return false;
}

/**
 * The part of a company's name the text names: all of it, or, for a name that opens with a pair of names,
 * its first words when they are at least two and half the name ("Håland og Aas" for "Håland & Aas
 * Regnskap AS"; papers drop the trade word).
 */
function namedPart(text: readonly string[], name: readonly string[], cutAt: (k: number) => Cut, byBrand: boolean, raw = '', article: readonly string[] = articleWords(raw)): string | undefined {
  if (containsName(text, name)) return name.join(' ');
  // "Holm & Berg" for "Advokatfirman Holm & Berg AB": the whole name after the kind of firm it opens with.
  const own = ownWords(name);
  if (own.length >= 2 && own.length < name.length && containsName(text, own)) return own.join(' ');
  for (let k = name.length - 1; k >= 2 && 2 * k >= name.length; k--) {
    const cut = cutAt(k);
    // "Charlbury Park" for "Charlbury Park Golf Club": first words ending in a word of place, not written as a place.
    if (cut && containsName(text, name.slice(0, k), cut === 'place')) return name.slice(0, k).join(' ');
  }
  // "Haverford adds a night team", "Granlunds bakar 4 000 lussekatter": papers call a firm by its first word
  // when that word is its own (not a place, not a word many firms open with).
  // "Stiftelsen Byhjelpa Stavanger" is "Byhjelpa": the kind of body it is goes first.
  const brand = own[0];
  if (byBrand && (own.length >= 2 || own.length < name.length) && canStandAlone(brand) && namesBrand(text, own) && capitalisedIn(raw, brand) && !onlyInOtherNames(raw, own) && !anotherFirmOpensWith(article, own)) return brand;
  return undefined;
}

/** An article's words as written, their closing punctuation off: read once per article. */
const articleWords = (text: string): string[] => text.split(/\s+/).map((w) => w.replace(/[.,;:!?]+$/u, ''));

const LEGAL_FORMS = new Set(['AB', 'AS', 'ASA', 'Ltd', 'Limited', 'Inc', 'Oy', 'A/S', 'ApS']);

/**
 * "Krylbo Fastigheter AB" in the article while "Krylbo Rostfritt AB" is researched: another firm opens with the word, so
 * the word alone ("Värmen tillbaka i Krylbo") tells neither; it is often the place both are named after.
 */
function anotherFirmOpensWith(words: readonly string[], own: readonly string[]): boolean {
  return words.some((w, at) => normalizeCompanyName(w) === own[0] && normalizeCompanyName(words[at + 1] ?? '') !== own[1] && /^\p{Lu}/u.test(words[at + 1] ?? '') && [words[at + 2], words[at + 3]].some((f) => LEGAL_FORMS.has(f ?? '')));
}

/** "… are keeping them awake" names no firm called "Keeping …": a paper writes the firm's word with its capital. */
function capitalisedIn(raw: string, brand: string): boolean {
  const words = textNameTokens(raw.match(/\p{Lu}[\p{L}'’-]*/gu)?.join(' ') ?? '');
  return words.includes(brand) || words.includes(`${brand}s`);
}

/**
 * v52: "Kelohonka, which pre-builds … outside Kuhmo" for "Kuhmon Kelohonka Oy": a first word in the genitive of a place the
 * article names (Finnish -n, Nordic -s) is the place's, and the firm's own word after it names the firm alone.
 */
function afterPlaceGenitive(text: readonly string[], words: readonly string[], raw: string, article: readonly string[]): string | undefined {
  const [first, own] = words;
  const stem = first?.slice(0, -1) ?? '';
  if (words.length !== 2 || !/[ns]$/u.test(first ?? '') || stem.length < 3 || !canStandAlone(own) || !containsName(text, [own])) return undefined;
  // The article's words are read last: this runs for every researched firm's name.
  const placeNamed = article.some((w) => /^\p{Lu}/u.test(w) && normalizeCompanyName(w) === stem);
  return placeNamed && knownTown(own) === undefined && capitalisedIn(raw, own) ? own : undefined;
}

/** A first word a paper may call the firm by alone: five letters or more, and not a word many firms open with. */
const canStandAlone = (brand: string | undefined): brand is string => !!brand && brand.length >= 5 && !COMMON_OPENINGS.has(brand);

/** Words before a place, not a firm: "in the Calder Valley", "på Mørkved". */
const BEFORE_A_PLACE = new Set(['in', 'the', 'at', 'near', 'i', 'pa', 'ved', 'vid', 'nara', 'fra', 'fran', 'from', 'til', 'till', 'to']);

/** The first word of the name alone, as the firm: not after a word of place, and not opening the rest of the name cut short ("Calder Valley"). */
function namesBrand(text: readonly string[], name: readonly string[]): boolean {
  const brand = name[0]!;
  return text.some((word, at) => {
    if ((word !== brand && word !== `${brand}s`) || text[at + 1] === name[1]) return false;
    const before = text[at - 1] ?? '';
    // After "i"/"in", a word the register knows as no town is the firm ("leder rundan i Vindskär", "invests in Larkspur").
    // "På Sandskogens märks det": after "på", a name in the genitive is the firm's house, not a place.
    // v64: but "Fönsterfabriken i Österbymo", "the plant in Kelso": a works in a place, not money put into a firm.
    return !BEFORE_A_PLACE.has(before) || (IN_WORDS.has(before) && knownTown(brand) === undefined && !WORKS.test(text[at - 2] ?? '')) || (before === 'pa' && word.endsWith('s') && knownTown(word) === undefined);
  });
}

const IN_WORDS = new Set(['i', 'in']);
const WORKS = /(?:fabriken|fabrikken|fabrikshallen|hallen|verket|verksted|verkstedet|verkstaden|anlegget|anlaggningen|sagbruket|sagverket|factory|plant|mill|works|yard)$/u;

/**
 * "Riskkapitalbolaget Norrsken Ventures leder rundan" while Norrsken Executive Search is researched: the first word,
 * wherever the text writes it, runs on into another capitalised name word that is not the firm's, so it is another firm.
 */
function onlyInOtherNames(raw: string, own: readonly string[]): boolean {
  const brand = own[0];
  if (!raw || !brand) return false;
  const words = [...raw.matchAll(/[\p{L}\d'’-]+|[^\p{L}\d\s]+/gu)].map((m) => m[0]);
  // A headline in title case ("Kelvara Joins Regulator Trial") capitalises its verbs too.
  const long = words.filter((w) => w.length >= 4 && /^\p{L}/u.test(w));
  if (long.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > long.length) return false;
  let seen = 0;
  for (let at = 0; at < words.length; at++) {
    const word = normalizeCompanyName(words[at]!);
    if (word !== brand && word !== `${brand}s`) continue;
    seen++;
    const next = words[at + 1] ?? '';
    // "Stellwood's York centre": a possessive ends the name; what follows is the firm's.
    const runsOn = /^\p{Lu}\p{Ll}/u.test(next) && !own.includes(normalizeCompanyName(next)) && !/['’]s$/u.test(words[at]!);
    // "i Brekkevoll & Lunde" while Lunde & Kvam is researched: the word closes another pair of names.
    const closesPair = /^(?:&|og|och|and)$/u.test(words[at - 1] ?? '') && /^\p{Lu}\p{Ll}/u.test(words[at - 2] ?? '') && !own.includes(normalizeCompanyName(words[at - 2]!));
    if (!runsOn && !closesPair) return false;
  }
  return seen > 0;
}

/** First words many firms share, or that mean a region: no paper calls a firm by them alone. */
const COMMON_OPENINGS = new Set([
  'nordic', 'norsk', 'norske', 'svensk', 'svenska', 'dansk', 'danske', 'scandinavian', 'skandinavisk', 'north', 'south', 'west', 'east',
  'nord', 'sor', 'syd', 'vest', 'ost', 'norra', 'sodra', 'vastra', 'ostra', 'nordre', 'sondre', 'vestre', 'ostre', 'royal', 'first',
  'global', 'united', 'national', 'general', 'international', 'city', 'green', 'saint', 'group', 'norway', 'sweden', 'denmark',
  'region', 'regionen', 'statens', 'universitetet', 'hogskolen', 'hogskolan', 'european', 'europeiska', 'europeiske', 'american',
  'african', 'asian', 'pacific', 'atlantic', 'baltic',
  // v58 moved in: a kind of place opens place names as often ("Burin Peninsula" beside a researched "Peninsula Homecare").
  'peninsula', 'island', 'islands', 'valley', 'harbour', 'harbor', 'river', 'county', 'district', 'community',
  // A region's adjective names papers and firms alike ("Östgöta Teknik", "Östgöta Industripersonal AB").
  'ostgota', 'vastgota', 'smalands', 'norrlands', 'upplands', 'skanska', 'hallands', 'varmlands', 'jamtlands', 'gotlands',
  'dalarnas', 'blekinge', 'trondersk', 'tronder', 'vestlandske', 'sorlandske', 'nordlandske', 'romsdals', 'hedmarks',
  // … and a district's own name ("Ryfylke Tidend", "Ryfylke Subsea AS"; "Bergslagens Skogstidning", "Bergslagen Mek").
  'ryfylke', 'jaren', 'hardanger', 'sunnmore', 'nordmore', 'romsdal', 'helgeland', 'salten', 'lofoten', 'vesteralen', 'hallingdal',
  'valdres', 'gudbrandsdal', 'namdal', 'innherred', 'telemark', 'agder', 'solor', 'hadeland', 'toten', 'ringerike', 'roslagen',
  'bergslagen', 'bergslagens', 'norrbotten', 'vasterbotten', 'harjedalen', 'bohuslan', 'sodertorn',
  // … and a point of the compass as a region's adjective ("Eastern Star Weekly", "Eastern Goldfields Talent Pty Ltd").
  'eastern', 'western', 'northern', 'southern', 'central',
]);

/** Words that end a place's name, not a firm's: "Calder Valley", "Glenmore Forest", "Lindesberg Hamn". */
const PLACE_WORDS = new Set([
  'valley', 'dale', 'dal', 'dalen', 'fjord', 'fjorden', 'vik', 'viken', 'bay', 'hill', 'hills', 'river', 'elv', 'elva', 'alv', 'alven',
  'lake', 'sjo', 'sjon', 'moor', 'forest', 'skog', 'skogen', 'island', 'oy', 'oya', 'on', 'mountain', 'fjell', 'fjall', 'coast', 'kyst',
  'strand', 'sund', 'sundet', 'haven', 'harbour', 'hamn', 'hamnen', 'havn', 'park', 'street', 'gate', 'gata', 'gatan', 'road', 'vei', 'vag',
]);

/** Words of place a venue's or a firm's name ends in ("Charlbury Park", "Nordvik Havn", "Sepik Coast", v50's "Tanana Hills"), not written as a definite place ("dalen"). */
const INDEFINITE_PLACE_WORDS = new Set(['park', 'hill', 'hills', 'harbour', 'haven', 'havn', 'hamn', 'strand', 'sund', 'vik', 'dal', 'fjell', 'fjall', 'coast']);

/**
 * The kind of body a name may open with before its own name: "Stiftelsen Byhjelpa", "The Foundation X"; and the kind
 * of house a venue's name opens with ("Hotell Strandvallen i Ystad AB" is "Strandvallen" in the paper).
 */
const BODY_KINDS = new Set([
  'stiftelsen', 'stiftinga', 'stiftelse', 'foundation', 'foreningen', 'foreninga', 'forbundet', 'andelslaget', 'samvirkelaget', 'bostadsrattsforeningen',
  'hotell', 'hotel', 'restaurang', 'restaurant', 'kafe', 'cafe', 'pensjonat', 'gjestgiveri', 'vardshus',
  // "Advokatfirmaet Brekkevoll & Lunde" is "Brekkevoll & Lunde" in the paper (keys fold "ae" to "a").
  'advokatfirmat', 'advokatfirma', 'advokatfirman', 'advokatbyra', 'advokatbyran', 'advokatkontoret', 'revisjonsfirmat', 'revisionsbyran',
]);

/** "Tandvårdshuset Kvarnbäcken", "Legesenteret Fjellvoll": the house of a trade, in its definite form, before the name. */
const HOUSE_OF_A_TRADE = /^\p{L}{3,}(?:huset|senteret|sentret|centralen|centret|kliniken|klinikken|kontoret|verkstedet|verkstaden)$/u;

/** The name without the kind of body it opens with: "Stiftelsen Byhjelpa Stavanger" → "Byhjelpa Stavanger". */
const ownWords = (name: readonly string[]): readonly string[] => (name.length >= 2 && (BODY_KINDS.has(name[0] ?? '') || HOUSE_OF_A_TRADE.test(name[0] ?? '')) ? name.slice(1) : name);

export interface NewsSubject {
  company: Company;
  filedBecause: FiledBecause;
}

/** Where an article may name its subject, in the order they are read: the headline first. */
export type NewsParts = ReadonlyArray<readonly [FiledBecause['part'], string | undefined]>;

/** The researched company that the headline, else the lead, else the opening text names; the longest name wins. */
export async function newsSubject(db: RoundTwoDB, domain: string, parts: NewsParts, wholeText?: string, siteName?: string): Promise<NewsSubject | undefined> {
  if (await db.companies.where('domains').equals(domain).first()) return undefined;
  const companies = await db.companies.toArray();
  // A first word two researched firms open with ("Stiftelsen …", "Region …") tells neither of them.
  const openings = new Map<string, number>();
  const prefixes = new Map<string, number>();
  for (const company of companies) {
    const firsts = new Set([...company.normNames, company.name].map((n) => ownWords(normalizeCompanyName(n).split(' '))[0]));
    for (const first of firsts) if (first) openings.set(first, (openings.get(first) ?? 0) + 1);
    const twos = new Set([...company.normNames, company.name].map((n) => normalizeCompanyName(n).split(' ').slice(0, 2).join(' ')));
    for (const two of twos) if (two.includes(' ')) prefixes.set(two, (prefixes.get(two) ?? 0) + 1);
  }
  let weak: NewsSubject | undefined;
  // The whole article, where another firm that opens with a researched firm's word may be named further down.
  const article = articleWords(wholeText ?? parts.map(([, t]) => t ?? '').join('\n'));
  for (const [part, text] of parts) {
    if (!text) continue;
    const tokens = textNameTokens(text);
    let best: { company: Company; length: number } | undefined;
    for (const company of companies) {
      // A pair of names ("Håland & Aas") is told by its first words; so is a longer name cut before its last word when no
      // other researched firm opens with those words and they end in no word of place ("Kestrel Housing" for "Kestrel
      // Housing Association"; "Calder Valley" is a place as often as a firm).
      const pair = PAIR_OF_NAMES.test(company.name);
      const byBrand = !knownTown(company.name.split(/\s+/)[0] ?? '');
      // "Mälardalens Miljöanalys": a first word written in the genitive is a place's; the bare word ("i Mälardalen") is that place.
      const genitive = normalizeCompanyName(company.name).split(' ')[0] ?? '';
      for (const key of new Set([...company.normNames, normalizeCompanyName(company.name)].map(normalizeCompanyName))) {
        const words = key.split(' ').filter(Boolean);
        const unique = words.length >= 3 && prefixes.get(words.slice(0, 2).join(' ')) === 1;
        // The name cut after its k-th word: not after a word of place ("Calder Valley"), but after the word that follows
        // it ("Luangwa Valley Agro" for "Luangwa Valley Agro Processing"). "Charlbury Park" (Golf Club) names the club in
        // the opening; "the Calder Valley" is a valley. Only in the opening text.
        const cutAt = (k: number): Cut =>
          pair ? 'plain' : !unique ? false : !PLACE_WORDS.has(words[k - 1]!) ? 'plain' : part !== 'headline' && INDEFINITE_PLACE_WORDS.has(words[k - 1]!) ? 'place' : false;
        const ownFirst = ownWords(words)[0] ?? '';
        const named = namedPart(tokens, words, cutAt, byBrand && openings.get(ownFirst) === 1 && genitive !== `${ownFirst}s`, text, article) ?? afterPlaceGenitive(tokens, words, text, article);
        if (!named || named.replace(/ /g, '').length < MIN_NAME_CHARS) continue;
        // v52: "Teknikerne flytter heim til Mehamn" names no firm whose logo reads "Heim": a name of one word is written with its capital.
        if (!named.includes(' ') && !capitalisedIn(text, named)) continue;
        // "… | Delta Tundra Times" while Tundra Lake Staffing is researched: a firm's word found only in the paper's own name.
        if (!named.includes(' ') && siteName && inSiteNameOnly(text, named, siteName)) continue;
        if (!best || named.length > best.length) best = { company, length: named.length };
      }
    }
    if (!best) continue;
    const found = { company: best.company, filedBecause: { part, name: best.company.name } };
    // "Bredvid står en mindre båt …": one word that only ever opens a sentence may be the language's own word; a firm
    // named further on in more words is the subject, and the word stands only when no other firm is named.
    if (!opensSentencesOnly(text, best.company.name)) return found;
    weak ??= found;
  }
  return weak ?? sharedBrandSubject(db, companies, openings, parts);
}

/**
 * "Tidewell raises …" with Tidewell Energy and Tidewell Labs researched: the firms whose own first word the article
 * uses alone, told apart by what the article says (news-tiebreak.ts).
 */
async function sharedBrandSubject(db: RoundTwoDB, companies: readonly Company[], openings: ReadonlyMap<string, number>, parts: NewsParts): Promise<NewsSubject | undefined> {
  const article = parts.map(([, text]) => text ?? '').join(' ');
  // A firm named in the headline and again in the lead: its pages are read once.
  const read: OwnWords = new Map();
  for (const [part, text] of parts) {
    if (!text) continue;
    const tokens = textNameTokens(text);
    const named = companies.filter((company) => {
      const own = ownWords(normalizeCompanyName(company.name).split(' '));
      const brand = own[0];
      return canStandAlone(brand) && (openings.get(brand) ?? 0) > 1 && !knownTown(brand) && namesBrand(tokens, own) && capitalisedIn(text, brand) && !onlyInOtherNames(text, own);
    });
    const company = await closestInWords(db, named, article, read);
    if (company) return { company, filedBecause: { part, name: company.name } };
  }
  return undefined;
}

/** Whether a firm's one word stands in the text only inside the site's own name ("Delta Tundra Times"). */
function inSiteNameOnly(text: string, word: string, siteName: string): boolean {
  const site = textNameTokens(siteName);
  if (!site.includes(word)) return false;
  const rest = textNameTokens(text.split(siteName).join(' '));
  return !rest.includes(word) && !rest.includes(`${word}s`);
}

/** Whether a one-word name occurs in the text only as the first word of its sentences ("Bredvid står …"). */
function opensSentencesOnly(text: string, name: string): boolean {
  const word = name.trim();
  if (/\s/.test(word) || word.length < 3) return false;
  const escaped = escapePattern(word);
  const all = [...text.matchAll(new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'giu'))];
  return all.length > 0 && all.every((m) => /(?:^|[.!?…:]["»”]?\s+|[–—]\s+)$/u.test(text.slice(0, m.index)));
}
