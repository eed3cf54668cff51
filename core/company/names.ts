/**
 * A company name reduced to what identifies it, so that the same employer
 * clipped from different sites lands on one company: "Nordlys Energi AS",
 * "NORDLYS ENERGI" and "Nordlys-Energi" all become `nordlys energi`, and
 * "Skog & Sjø AS", "Skog og Sjö AB" and "Skog and Sjo" all become `skog sjo`.
 */

/** Legal-form suffixes as token runs (after punctuation is folded: "A/S" → `a s`, "Inc." → `inc`). */
const LEGAL_SUFFIXES: readonly string[][] = [
  'ab publ', 'a s', 'a s a', 'l l c', 's a', 'b v', 'n v', 'co ltd', 'pty ltd', 'sp z o o', 'ag', 'as', 'asa', 'ab', 'publ',
  'ltd', 'limited', 'inc', 'incorporated', 'llc', 'gmbh', 'oy', 'oyj', 'aps', 'sa', 'bv', 'nv', 'plc', 'corp',
  'corporation', 'co', 'ans', 'da', 'sas', 'srl', 'kb', 'hb', 'ehf', 'hf', 'sf', 'iks', 'ks', 'nuf', 'ek för', 'ekonomisk förening',
  // The forms written out: "Kallvik Data Aktiebolag" is "Kallvik Data AB".
  'aktiebolag', 'aktiebolaget', 'aksjeselskap', 'aksjeselskapet', 'allmennaksjeselskap', 'aktieselskab', 'anpartsselskab',
  'osakeyhtiö', 'teoranta', 'teo', 'public limited company', 'limited company', 'handelsbolag', 'kommanditbolag',
  // A German partnership with a limited company as its partner ("GmbH & Co. KG": `kg`, then `co`, then `gmbh`),
  // an American public-benefit corporation ("Sable Ridge Robotics, PBC").
  'kg', 'pbc', 'public benefit corporation',
  // Southern European and Asian forms: "Tindrel Software, Lda.", "Tuvesson Packaging (M) Sdn. Bhd.", "… Pte. Ltd.".
  'lda', 'spa', 's p a', 's r l', 'sarl', 'm sdn bhd', 'malaysia sdn bhd', 'sdn bhd', 'bhd', 's pte ltd', 'singapore pte ltd', 'pte ltd', 'pte',
  // "… Textile Mills (Private) Limited", "… Pvt. Ltd." (Pakistan, India); "… Joint Stock Company", "… JSC" (Vietnam).
  'private limited', 'pvt ltd', 'joint stock company', 'jsc',
  // The Gulf's "W.L.L." and free-zone forms, Egypt's "S.A.E.", Bulgaria's "EOOD" / "OOD" / "EAD".
  'w l l', 'wll', 'fz llc', 'fze', 'fzco', 's a e', 'sae', 'eood', 'ood', 'ead', 'tbk',
  // Estonia's "OÜ" (folded to `ou`), Thailand's and China's "Co., Ltd." (`co ltd`, above).
  'ou',
  // The British charity's and social enterprise's forms: "The Calder Valley Food Partnership CIO", "Tyneside Print CIC".
  'cio', 'scio', 'cic',
  // Ireland's designated activity company and company limited by guarantee (v57).
  'dac', 'clg',
  // Colombia's "S.A.S.", Tunisia's "SUARL", Turkey's "Sanayi ve Ticaret A.Ş." (written short "San. ve Tic. A.Ş.") and "Tic. Ltd. Şti.".
  's a s', 'suarl', 'sanayi ve ticaret', 'san ve tic', 'ltd sti', 'tic ltd sti',
]
  .map((s) => s.split(' '))
  // Longest first, so "ab publ" goes before "ab".
  .sort((a, b) => b.length - a.length);

/** Letters the Nordic languages treat as their own, not as accented a/o (kept by the earlier forms). */
const KEEP = new Set(['æ', 'ø', 'å', 'ä', 'ö']);
/** The same letter in Danish/Norwegian and Swedish spelling (the previous form folded only these). */
const SAME_LETTER: Record<string, string> = { ø: 'ö', æ: 'ä' };
/**
 * One employer is written "Sæther", "Säther", "Saether" and "Sather"; "Bjerkås" and "Bjerkaas";
 * "Nordøy", "Nordöy" and "Nordoy" (boards and news sites drop the letters, Norwegians write them
 * out as two). The current form folds them all to one: each Nordic letter to its plain vowel, and
 * the written-out pairs "aa", "ae", "oe" to one vowel.
 */
const PLAIN: Record<string, string> = { æ: 'a', ä: 'a', å: 'a', ø: 'o', ö: 'o' };
/** "&", "og", "och", "and" join two parts of one name; how it is written must not split an employer. */
const CONJUNCTIONS = new Set(['og', 'och', 'and', 'und', 'et', 'ja']);

type Fold = 'plain' | 'same-letter' | 'kept';

function foldAccents(text: string, fold: Fold): string {
  let out = '';
  for (const ch of text) {
    if (KEEP.has(ch)) out += fold === 'plain' ? PLAIN[ch]! : fold === 'same-letter' ? (SAME_LETTER[ch] ?? ch) : ch;
    else out += ch.normalize('NFD').replace(/\p{M}+/gu, '');
  }
  return fold === 'plain' ? out.replace(/aa|ae/g, 'a').replace(/oe/g, 'o') : out;
}

function endsWith(tokens: readonly string[], suffix: readonly string[]): boolean {
  if (suffix.length >= tokens.length) return false;
  return suffix.every((t, i) => tokens[tokens.length - suffix.length + i] === t);
}

function stripSuffixes(tokens: string[]): string[] {
  // Strip suffixes repeatedly ("Acme Holding Co. Ltd"), but never the whole name ("AS" alone stays).
  for (let again = true; again; ) {
    again = false;
    for (const suffix of LEGAL_SUFFIXES) {
      if (endsWith(tokens, suffix)) {
        tokens = tokens.slice(0, tokens.length - suffix.length);
        again = true;
        break;
      }
    }
  }
  return tokens;
}

/** "St Aldhelm's Hospice" and "Saint Aldhelms Hospice", "The Penrose Bakery Company" and "Penrose Bakery Company": one name. */
const SAINT = new Set(['st', 'sankt', 'sct']);

function tokensOf(name: string, fold: Fold): string[] {
  const folded = foldAccents(name.normalize('NFKC').toLowerCase(), fold).replace(/ß/g, 'ss');
  if (fold !== 'plain') return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // The current form also joins a possessive to its word, drops a leading "The" and writes "St" out.
  const words = folded.replace(/(\p{L})['’]s(?!\p{L})/gu, '$1s').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length > 1 && words[0] === 'the') words.shift();
  if (words.length > 1 && SAINT.has(words[0]!)) words[0] = 'saint';
  return words.map(americanSpelling);
}

/**
 * "Lakeshore Neighbourhood Food Collective" and "… Neighborhood …", "Harbour"/"Harbor", "Centre"/"Center",
 * "Organisation"/"Organization": one name in British and American spelling (a Canadian charity writes both).
 */
function americanSpelling(word: string): string {
  return word
    .replace(/(?<=\p{L}{2})our(?=hood|s|ing|ed|ite|$)/u, 'or')
    .replace(/^(cent|theat|fib|lit|met)re(s?)$/u, '$1er$2')
    .replace(/isation(s?)$/u, 'ization$1');
}

function joined(name: string, fold: Fold): string {
  const tokens = stripSuffixes(tokensOf(name, fold));
  return tokens.filter((token, i) => i === 0 || i === tokens.length - 1 || !CONJUNCTIONS.has(token)).join(' ');
}

// Names are compared against every researched firm's (news filing reads each firm's keys per article): each form is folded once.
const plainKeys = new Map<string, string>();

export function normalizeCompanyName(name: string): string {
  let key = plainKeys.get(name);
  if (key === undefined) {
    if (plainKeys.size >= 20_000) plainKeys.clear();
    key = joined(name, 'plain');
    plainKeys.set(name, key);
  }
  return key;
}

/** v65/v66: "Les Composites Forillon inc." and "Forillon Composites": one name's words in Québec's French order, its article aside. */
export const sameWordsReordered = (a: string, b: string): boolean => {
  const sorted = (n: string): string => normalizeCompanyName(n).replace(/^(?:les|le|la|the) /u, '').split(' ').sort().join(' ');
  return normalizeCompanyName(a).includes(' ') && normalizeCompanyName(a) !== normalizeCompanyName(b) && sorted(a) === sorted(b);
};

/** Whether two names are one company's, as the keys fold them ("Skog & Sjø AS" and "Skog og Sjö"). */
export function sameCompanyName(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && normalizeCompanyName(a) === normalizeCompanyName(b);
}

/** The name as one word, for comparing with a domain: "Skog & Sjö AB" → `skogsjo`. */
export function compactCompanyName(name: string): string {
  return normalizeCompanyName(name).replace(/ /g, '');
}

/**
 * Every key under which a company with this name may be stored: the current form first, then the
 * forms of earlier versions (ø/ö and æ/ä as one letter; before that, no letters folded and joiners
 * kept), which companies stored then still carry.
 */
export function companyNameKeys(name: string): string[] {
  return [...new Set([...storedNameKeys(name), joined(name, 'same-letter'), stripSuffixes(tokensOf(name, 'kept')).join(' ')])].filter(Boolean);
}

/** The keys a company is stored under for one of its names: the current form and the looser one, also as one word. */
export function storedNameKeys(name: string): string[] {
  const loose = looseCompanyName(name);
  // "Bramhall Aero Structures" and "Bramhall Aerostructures": the loose key written as one word too.
  return [...new Set([normalizeCompanyName(name), loose, loose.replace(/ /g, ''), ...compoundKeys(loose), ...tradeBeforeAnd(name), ...formFirst(name)])].filter(Boolean);
}

/**
 * 'SIA "Lauceses Mehānika"', "UAB Garliavos ekspedicija": a Baltic legal form before the name; the name is stored without
 * it too (not "AS" or "AB", which open Nordic names as well: "AB Volvo" keeps its key).
 */
export function formFirst(name: string): string[] {
  const [first, ...rest] = normalizeCompanyName(name).split(' ');
  return /^(?:sia|uab|mb)$/u.test(first ?? '') && rest.length > 0 ? [rest.join(' ')] : [];
}

/**
 * "Ardvale Foods & Kitchen" is also stored as "Ardvale Foods" (the ad's "Ardvale Foods Limited"): a name of two words
 * or more, then "&" / "and" / "og" / "och" and one more trade word, is written without the last one too. "Skog & Sjö"
 * (one word before the joiner) is two names joined, and keeps its whole key only.
 */
function tradeBeforeAnd(name: string): string[] {
  const m = /^(\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+(?:&|and|og|och)\s+\p{Lu}[\p{L}'’-]*(?:\s+\S+)?$/u.exec(name.trim());
  const before = m ? normalizeCompanyName(m[1]!) : '';
  return before.includes(' ') && normalizeCompanyName(name) !== before ? [before] : [];
}

/** A definite ending on a Nordic compound: "-meieriet", "-bageriet", "-kvarnen", "-sagbruket", "-smia". */
const DEFINITE_ENDING = /(?:et|en|a)$/u;

/**
 * "Ramsdalsmeieriet" for "Ramsdal Meieri", "Lövstakvarnen" for "Lövsta Kvarn": a Nordic name written as one compound,
 * in its definite form and with the genitive joint "s", is the name in two words written as one. Its keys: the
 * compound without the definite ending, and without it and each "s" that may be the joint (after a consonant, four
 * letters from either end), which is how the two-word name is stored as one word ("ramsdalmeieri").
 */
function compoundKeys(loose: string): string[] {
  if (loose.includes(' ') || loose.length < 10 || !DEFINITE_ENDING.test(loose)) return [];
  const stem = loose.replace(DEFINITE_ENDING, '');
  const joints: string[] = [];
  for (let at = 4; at <= stem.length - 4; at++) {
    if (stem[at] === 's' && !/[aeiouys]/u.test(stem[at - 1]!)) joints.push(stem.slice(0, at) + stem.slice(at + 1));
  }
  return [stem, ...joints];
}

/** "KFE – Kvitfjell Emballasje", "Kvitfjell Emballasje (KFE)": the name without the short form it gives itself. */
function withoutAcronym(name: string): string {
  const before = /^(\p{Lu}{2,5})\s*[–—-]\s+(\p{Lu}.+)$/u.exec(name.trim());
  if (before && before[1]![0] === before[2]![0]) return before[2]!;
  return name.replace(/\s*\(\p{Lu}{2,6}\)\s*$/u, '');
}

/**
 * v65: an Irish or British co-operative's form, short or in full ("Clare River Dairies Co-op", "… Dairy Co-operative Society
 * Limited"): one form in the looser key, still apart from a company of the same name ("Harwick Growers Ltd").
 */
const COOPERATIVE = ['co operative society', 'cooperative society', 'co operative', 'cooperative', 'co op', 'coop'].map((s) => s.split(' '));

/**
 * The American professional and partnership forms ("Birch & Brook Animal Hospital, PLLC", "Kinloch & Darroch LLP"),
 * and the Swedish cooperative's form as the current key folds it ("ek. för.", "ekonomisk förening": its "ö" is folded,
 * so the legal forms' list, written with it, does not match): dropped from the looser key only, so the keys
 * companies were stored under before stay as they were.
 */
const LOOSE_SUFFIXES: readonly string[][] = ['pllc', 'p l l c', 'llp', 'l l p', 'lp', 'pc', 'p c', 'ek for', 'ekonomisk forening'].map((s) => s.split(' ')).sort((a, b) => b.length - a.length);

function withoutLooseSuffix(tokens: string[]): string[] {
  const suffix = LOOSE_SUFFIXES.find((s) => endsWith(tokens, s));
  return suffix ? tokens.slice(0, tokens.length - suffix.length) : tokens;
}

/** Last words that say what trade a firm is in, not which firm: dropped from the looser key only. */
const TRADE_TAILS = new Set(['software', 'group', 'gruppen', 'gruppe', 'groupe', 'holding', 'holdings', 'konsern', 'koncern']);

/**
 * Words a name abbreviates, as one key each: "Hollis Creek Skate Ctr." = "Hollis Creek Skate Center", "Ørsta Mek.
 * Verksted" = "Ørsta Mekaniske Verksted", "Bygg & Mek. i Sthlm" = "Bygg & Mekaniska i Stockholm", "Wattle Ck Pottery" =
 * "Wattle Creek Pottery".
 */
const ABBREVIATED: Readonly<Record<string, string>> = {
  ctr: 'center', cntr: 'center', centre: 'center', intl: 'international', assn: 'association', assoc: 'association',
  mfg: 'manufacturing', svcs: 'services', svc: 'service', bros: 'brothers', natl: 'national', univ: 'university',
  dept: 'department', mgmt: 'management',
  mek: 'mek', mekaniske: 'mek', mekaniska: 'mek', mekanisk: 'mek',
  verkst: 'verksted', verkstad: 'verksted', verkstaden: 'verksted', verkstedet: 'verksted',
  sthlm: 'stockholm', gbg: 'goteborg', entr: 'entreprenor',
  // Words of place a name abbreviates, mostly in Australian and American names: "Wattle Ck", "Mt Barker", "Oak Hts".
  ck: 'creek', crk: 'creek', mt: 'mount', mtn: 'mountain', hts: 'heights',
};
/**
 * Legal forms a name of two words or more may open with: "Oy Smedsby Plåt Ab", "Aktiebolaget Gotlands Bryggeri"; and a
 * foundation's form, which boards drop ("Stiftelsen Lövsta Kammarkör" advertises as "Lövsta Kammarkör").
 */
const LEADING_FORMS = new Set(['oy', 'oyj', 'ab', 'aktiebolaget', 'stiftelsen', 'stiftinga']);

/** Nynorsk and Bokmål write one institution two ways: "folkehøgskule"/"folkehøgskole", "sjukehus"/"sykehus". */
const NYNORSK_WORDS: [RegExp, string][] = [
  [/skule$/u, 'skole'],
  [/^sjuke/u, 'syke'],
  [/^vidaregaande$/u, 'videregaande'],
];

/**
 * A second key, looser than the current form, under which a company is also stored: a genitive on the
 * first word goes ("Granlunds Bageri" = "Granlund Bageri"), "Company" closes no name ("Fernbrook Games
 * Company" = "Fernbrook Games Ltd"), nor does a short form it gives itself ("KFE – Kvitfjell Emballasje"),
 * Nynorsk institution words read as Bokmål ("Sunnfjord folkehøgskule" =
 * "Sunnfjord Folkehøgskole"). Only a key: the name shown, and the form compared with a domain, stay as written.
 */
export function looseCompanyName(name: string): string {
  let tokens = tokensOf(withoutAcronym(name), 'plain').map((t) => ABBREVIATED[t] ?? t);
  // "Oy Smedsby Plåt Ab": a Finnish bilingual firm writes its form before the name too (a one-word name keeps it: "AB Volvo").
  if (tokens.length > 2 && LEADING_FORMS.has(tokens[0]!)) tokens = tokens.slice(1);
  if (tokens.length > 1 && tokens[tokens.length - 1] === 'company') tokens = tokens.slice(0, -1);
  // "Kestrel Ridge Software" is "KestrelRidge" on its own site: a trailing word of the trade, when two words stay.
  tokens = stripSuffixes(withoutLooseSuffix(stripSuffixes(tokens)));
  if (tokens.length > 2 && TRADE_TAILS.has(tokens[tokens.length - 1]!)) tokens = tokens.slice(0, -1);
  tokens = stripSuffixes(tokens).map((t) => NYNORSK_WORDS.reduce((w, [from, to]) => w.replace(from, to), t));
  const coop = COOPERATIVE.find((form) => endsWith(tokens, form));
  if (coop) tokens = tokens.slice(0, tokens.length - coop.length);
  // v65: "Dairies" and "Dairy", "Fisheries" and "Fishery": a last word's English plural in "-ies" is its singular.
  if (tokens.length > 1 && /^\p{L}{3,}ies$/u.test(tokens[tokens.length - 1]!)) tokens[tokens.length - 1] = tokens[tokens.length - 1]!.replace(/ies$/u, 'y');
  if (coop) tokens.push('coop');
  // A genitive follows a consonant ("Granlunds", "Mørkvedts"); "Bjerkås", "Atlas" end in their own s.
  if (tokens.length > 1 && tokens[0]!.length >= 5 && /[^aeiouyss]s$/u.test(tokens[0]!)) tokens[0] = tokens[0]!.slice(0, -1);
  return tokens.filter((token, i) => i === 0 || i === tokens.length - 1 || !CONJUNCTIONS.has(token)).join(' ');
}

/** The words of a running text folded as names are, joiners dropped: for finding a company's name in a headline. */
export function textNameTokens(text: string): string[] {
  // "The harbour smokehouse beat …": a sentence's opening "The" stays (a name's is dropped), so the word after it reads as a common noun.
  const the = /^\s*the\s+\S/iu.test(text.normalize('NFKC')) ? ['the'] : [];
  return [...the, ...tokensOf(text, 'plain')].filter((token) => !CONJUNCTIONS.has(token));
}

/** "Hökensås Mek" for "Hökensås Mekaniska AB": the short form's words open the name's, in order, the last one perhaps cut short (both keyed). */
export function opensNameWords(short: readonly string[], name: readonly string[]): boolean {
  const last = short.length - 1;
  return short.length <= name.length && short.every((w, i) => (i < last ? w === name[i] : name[i]!.startsWith(w)));
}

/** "sirvenos" and "sirvena", "lejasdaugavas" and "lejasdaugava": one keyed word in two of a Baltic language's cases, a stem of five letters or more. */
export function sameStem(a: string, b: string): boolean {
  const stem = (w: string): string => w.replace(/(?:aus|ies|os|as|is|ys|us|io|es|a|e|o|s|u|i)$/u, '');
  return a !== b && stem(a).length >= 5 && stem(a) === stem(b);
}
