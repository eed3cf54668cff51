import { normalizeCompanyName, sameStem } from '../company/names';
import { BALTIC_FORM } from '../company/org-names';
import { knownTown } from '../places';

/** The forms a brand takes inside the name it stands for: a genitive, a plural, a clipped or a compounded word. */

const key = (name: string): string => normalizeCompanyName(name);

/** A brand may grow by a few words into its full name, not into a sentence. */
export const MAX_MORE_WORDS = 3;

/** A Finnish firm's legal form written before its name: "Oy Vitsand Fönster Ab", "Ab Smedsby Plåt Oy". */
export const FINNISH_FIRST = /^(?:Oy|Oyj|Ab)\s+(?=\p{Lu})/u;

const FORM_BEFORE = new RegExp(String.raw`^${BALTIC_FORM}\s+["“„]?(.+?)["”“]?$`, 'u');

/**
 * 'SIA "Lauceses Mehānika"' for "Lauceses Mehanika", "SIA Baltvents Terminal" for "Baltvents": a Baltic legal form before
 * the very name, however its letters are written, or before the brand grown by a word or two.
 */
export function formBeforeName(full: string, brand: string): boolean {
  const m = FORM_BEFORE.exec(full.trim());
  const [name, short] = [key(m?.[1] ?? ''), key(brand)];
  return !!m && short.length >= 4 && (name === short || (name.startsWith(`${short} `) && name.split(' ').length - short.split(' ').length <= MAX_MORE_WORDS));
}

/**
 * 'UAB „Širvėnos alaus darykla“' for "Širvėna Brewing": a Baltic form before a name that opens with the brand's first word
 * in another case (the genitive), its other words the trade in the country's own language.
 */
export function inflectedBrand(full: string, brand: string): boolean {
  const m = FORM_BEFORE.exec(full.trim());
  const [a, b] = [key(m?.[1] ?? '').split(' '), key(brand).split(' ')];
  return !!m && b.length >= 2 && a.length >= 2 && a.length <= b.length + 2 && sameStem(a[0]!, b[0]!);
}

/**
 * 'SIA "Lejasdaugava Pellets"' for "LD Pellets": a Baltic form before a compound of eight letters or more that opens with
 * the brand's first initial and holds its others in order further in ("Lejas-daugava"), the brand's other words the same.
 */
export function compoundInitials(full: string, brand: string): boolean {
  const m = FORM_BEFORE.exec(full.trim());
  const [first, ...rest] = brand.trim().split(/\s+/u);
  const words = key(m?.[1] ?? '').split(' ');
  if (!m || !first || !/^\p{Lu}{2,3}$/u.test(first) || rest.length === 0 || words.length !== rest.length + 1 || words.slice(1).join(' ') !== key(rest.join(' '))) return false;
  const letters = key(first).split('');
  const compound = words[0]!;
  return compound.length >= 8 && compound.startsWith(letters[0]!) && new RegExp(letters.slice(1).map((c) => `\\p{L}{2,}${c}`).join(''), 'u').test(compound.slice(1));
}

/**
 * v60: "Klarälvens Precisionsband AB" for "KPB Munkfors": the brand's initials, then the town it works in; each of the name's words
 * gives its first letter, and its last a compound's further ones ("Precisions-band").
 */
export function initialsWithTown(full: string, brand: string): boolean {
  const [first, town, ...more] = brand.trim().split(/\s+/u);
  if (!first || !town || more.length > 0 || !/^\p{Lu}{2,4}$/u.test(first) || knownTown(town) === undefined) return false;
  const [letters, words] = [key(first).split(''), key(full).split(' ')];
  if (words.length < 2 || words.length > letters.length || !words.every((w, i) => w.startsWith(letters[i]!))) return false;
  const left = letters.slice(words.length);
  return left.length === 0 || new RegExp(left.map((c) => `\\p{L}+${c}`).join(''), 'u').test(words[words.length - 1]!.slice(1));
}

/** The same distinctive first word ("Havblikk Hotell AS" for "Havblikk Hotel Bergen"). */
export function sameFirstWord(full: string, brand: string): boolean {
  // v52: "SIA Ates Dzirnavas" for "Ates Mill": a Baltic form before the name is no word of it.
  const [a, b] = [key(FORM_BEFORE.exec(full.trim())?.[1] ?? full).split(' '), key(brand).split(' ')];
  // v52: "Kuhmon Kelohonka Oy" for "Kelohonka Log Homes": the brand's first word after a word in the genitive (its town's).
  const afterGenitive = a.length === 2 && /\p{L}{3}[ns]$/u.test(a[0]!) && b[0]!.length >= 6 && a[1] === b[0];
  // v51's guard: "Ulvla Puhastus OÜ" is not "Ulvla Puit": a next word that opens alike but parts within three letters is another
  // word ("Pedeli Puit" translates "Pedeli Wood" and opens otherwise; "Retla Puidutööstus" grows "Retla Puit").
  const [x, y] = [a[1] ?? '', b[1] ?? ''];
  if (x !== y && x.slice(0, 2) === y.slice(0, 2) && x.slice(0, 3) !== y.slice(0, 3)) return false;
  // "Åsunden Textil" for "Åsundens Väveri AB": the word in the genitive is the same word; v66: in Finnish too ("Linnaveden
  // Venetehdas Oy" for "Linnavesi Boats": "-si" → "-den", or "-n" added).
  const finnish = b[0]!.length >= 6 && (a[0] === b[0]!.replace(/si$/u, 'den') || a[0] === `${b[0]}n`);
  return ((a[0]!.length >= 4 && (a[0] === b[0] || a[0] === `${b[0]}s` || b[0] === `${a[0]}s` || finnish)) || afterGenitive) && b.length >= 2;
}

/** v62: "UAB Dainavos baldai" for "Dainava Furniture": a Baltic form, then the brand's first word in its genitive ("Dainava" → "Dainavos", "Kurzeme" → "Kurzemes") and the trade in the country's language. */
export function balticGenitive(full: string, brand: string): boolean {
  const bare = FORM_BEFORE.exec(full.trim())?.[1];
  const [a, b] = [key(bare ?? '').split(' '), key(brand).split(' ')];
  const stem = b[0]!.replace(/[aeė]$/u, '');
  // v66: "UAB „Šventosios mediena“" for "Sventoji Timber": a river's name, an adjective, as Lithuanian declines it ("-oji" → "-osios").
  const river = /oji$/u.test(b[0]!) ? [`${b[0]!.slice(0, -3)}osios`] : [];
  return bare !== undefined && a.length === b.length && b.length >= 2 && stem.length >= 4 && (stem !== b[0] || river.length > 0) && [`${stem}os`, `${stem}as`, `${stem}es`, `${stem}ės`, ...river].includes(a[0]!);
}

/**
 * v63: "Papiers Pointe-Lebel Inc." for "Pointe-Lebel Paper": a bilingual firm's trade word before the name in one language and
 * after it in the other, the same word translated (its first three letters shared), the name between them the same.
 */
export function tradeFirst(full: string, brand: string): boolean {
  const [a, b] = [key(full).split(' '), key(brand).split(' ')];
  const [trade, word] = [a[0]!, b[b.length - 1]!];
  return b.length >= 2 && a.length === b.length && trade !== word && trade.length >= 4 && word.length >= 4 && trade.slice(0, 3) === word.slice(0, 3) && b.slice(0, -1).join('').length >= 6 && b.slice(0, -1).every((w, i) => w === a[i + 1]);
}

/** v62: "Lesjaskog Setermeieri AS" for the data's "Setermeieriet": a brand of one word in its definite form, the registered name a place and that word. */
export function definiteBrand(full: string, brand: string): boolean {
  const [a, b] = [key(full).split(' '), key(brand).split(' ')];
  const stem = b[0]!.replace(/(?:et|en|a)$/u, '');
  return b.length === 1 && stem.length >= 5 && stem !== b[0] && a.length === 2 && a[1] === stem && a[0]!.length >= 4;
}

/** v53: "Kiantajärven Kalajaloste Oy" for "Kianta Fish": the brand's word opening a place's compound in the genitive ("Lake Kianta's"). */
export function placeCompound(full: string, brand: string): boolean {
  const [a, b] = [key(full).split(' '), key(brand).split(' ')];
  return b.length >= 2 && a.length >= 2 && b[0]!.length >= 5 && a[0]!.length >= b[0]!.length + 4 && a[0]!.startsWith(b[0]!) && /[ns]$/u.test(a[0]!);
}

/**
 * "Fenwick Moor Veterinary Practice Ltd" for "Fenwick Moor Vets": the brand's words, its last one clipped from the name's
 * next word ("vet" opening "veterinary"), and a word or two more; v49: or from the word after that ("Driftwood Vet" for
 * "Driftwood Valley Veterinary Clinic Ltd.").
 */
export function clippedBrand(full: string, brand: string): boolean {
  const [a, b] = [key(full).split(' '), key(brand).split(' ')];
  const last = b.length - 1;
  const stem = b[last]!.replace(/s$/u, '');
  const clips = (at: number): boolean => (a[at] ?? '').length > stem.length + 2 && a[at]!.startsWith(stem) && a.length - at - 1 <= 2;
  return b.length >= 2 && stem.length >= 3 && b.slice(0, last).every((w, i) => w === a[i]) && (clips(last) || clips(last + 1)) && a.length > b.length;
}

/** "Hällestad Plåtindustri AB" for "Hällestad Plåt": the same words, the brand's last one opening the name's (its last or the one before a firm's word). */
export function compoundGrows(full: string, brand: string): boolean {
  const [a, b] = [key(full).split(' '), key(brand).split(' ')];
  const last = b.length - 1;
  // "Hjelset Møbler" for "Hjelset Møbelfabrikk AS": a plural that drops its stem's "e" ("møbel", "møbler") opens it too.
  const plain = singular(b[last]!).replace(/(?<=[^aeiouyæøåäö])([lrn])$/u, 'e$1');
  const opens = (w: string): boolean => w.length >= 3 && a[last]!.length > w.length && a[last]!.startsWith(w);
  // "Himal Tara Hydropower Company Pvt. Ltd." for "Himal Tara Hydro": the word for a firm may follow.
  const more = a.length === b.length + 1 && /^(?:company|group|corporation|gruppen|konsernet|koncernen)$/u.test(a[a.length - 1]!);
  // v52: "Vojmåns Skogstjänst AB" for "Vojmån Skog": the first word in the genitive is the same word; v60: in its definite genitive too
  // ("Sandsjöns Glashytta AB" for "Sandsjö Glas", the lake's name).
  // v62: "Lelångens Pressgjuteri AB" for "Lelång Gjuteri": after a genitive first word, the brand's last word may close the compound too.
  const closes = a[0] !== b[0] && b[last]!.length >= 5 && (a[last] ?? '').length > b[last]!.length + 2 && (a[last] ?? '').endsWith(b[last]!);
  return b.length >= 2 && (a.length === b.length || more) && b.slice(0, last).every((w, i) => w === a[i] || (i === 0 && w.length >= 4 && [`${w}s`, `${w}ns`, `${w}ens`].includes(a[i]!))) && (opens(b[last]!) || (plain.length >= 4 && opens(plain)) || closes);
}

/**
 * "Brekkvåg Skipsdesign AS" for "Brekkvåg Design": the same words, the brand's last one the head word a Nordic compound
 * of the name ends in. Another local firm may share the form ("Bergen Veibygg AS", "Bergen Bygg"): only where the ad's
 * own line or sentence opens with the name.
 */
export function compoundEnds(full: string, brand: string): boolean {
  const [a, b] = [key(full).split(' '), key(brand).split(' ')];
  const last = b.length - 1;
  const [head, word] = [b[last]!, a[last] ?? ''];
  return b.length >= 2 && a.length === b.length && b.slice(0, last).every((w, i) => w === a[i]) && head.length >= 4 && word.length >= head.length + 3 && word.endsWith(head);
}

/** The plain form of a plural's last word: "textiles" → "textile", "vinduer" → "vindu", "fönster" stays. */
const singular = (word: string): string => word.replace(/(?<=\p{L}{4})(?:s|er|ar|or)$/u, '');

/**
 * "Indus Crescent Textile Mills (Private) Limited" for "Indus Crescent Textiles", "Wattle Creek Community Legal Centre Inc."
 * for "Wattle Creek CLC": the brand's words with its last one in the plural, or with its closing initials spelled out, and
 * at most a few words more.
 */
export function spelledOutBrand(fuller: string, brand: string): boolean {
  const [long, short] = [key(fuller.replace(FINNISH_FIRST, '')).split(' '), key(brand).split(' ')];
  const last = short.length - 1;
  if (short.length < 2 || short[0]!.length < 4 || !short.slice(0, last).every((w, i) => w === long[i])) return false;
  const initials = brand.trim().split(/\s+/).pop()!;
  if (/^\p{Lu}{2,5}$/u.test(initials)) {
    const rest = long.slice(last);
    return rest.length === initials.length && rest.map((w) => w[0]).join('') === initials.toLowerCase();
  }
  const lastWord = long[last];
  return lastWord !== undefined && lastWord !== short[last] && singular(lastWord) === singular(short[last]!) && long.length - short.length <= MAX_MORE_WORDS;
}

/**
 * "Tønnesen & Rud Bygg AS" for "T&R Bygg": the brand's first word the initials of the name's first words (joined by "&"),
 * its other words the same.
 */
export function initialsBrand(full: string, brand: string): boolean {
  const [first, ...rest] = brand.trim().split(/\s+/);
  const initials = /^(\p{Lu})&(\p{Lu})$/u.exec(first ?? '');
  if (!initials || rest.length === 0) return false;
  const words = key(full).split(' ');
  const [a, b] = [initials[1]!.toLowerCase(), initials[2]!.toLowerCase()];
  // "tønnesen & rud bygg" keys as "tonnesen rud bygg": two words for the initials, then the brand's own words.
  return words.length === rest.length + 2 && words[0]!.startsWith(key(a)) && words[1]!.startsWith(key(b)) && words.slice(2).join(' ') === key(rest.join(' '));
}

/**
 * "Furusund Färjerederi AB" for "Furusundsfärjan": a brand of one word that joins the name's first word (in the genitive or
 * not) to the opening of its second ("färj-an", "färj-erederi").
 */
export function joinedBrand(full: string, brand: string): boolean {
  const one = key(brand);
  const words = key(full).split(' ');
  if (one.includes(' ') || words.length < 2 || words.length > 3 || words[0]!.length < 5 || !one.startsWith(words[0]!)) return false;
  const rest = one.slice(words[0]!.length).replace(/^s/u, '');
  return rest.length >= 4 && words[1]!.length >= 4 && rest.slice(0, 4) === words[1]!.slice(0, 4);
}

/** Words a name's initials skip: "and", "of", the legal form. */
const NOT_INITIALLED = /^(?:and|of|the|og|och|for|för|i)$/u;
/** What may follow an acronym in a brand: "PRM Group". */
const BRAND_TAIL = /^(?:group|gruppen|koncernen|konsernet)$/iu;

/**
 * "Pomeroon Rice Millers Inc." for "PRM Group", "Suakoko Valley Growers Cooperative Society Inc." for "SVGCS": a brand that
 * is the initials of the name's words (a group's word after it at most).
 */
export function acronymBrand(full: string, brand: string): boolean {
  const [first, ...rest] = brand.trim().split(/\s+/);
  if (!first || !/^\p{Lu}{2,6}$/u.test(first) || rest.length > 1) return false;
  const words = key(full).split(' ').filter((w) => !NOT_INITIALLED.test(w));
  const initialled = (n: number): boolean => words.slice(0, n).map((w) => w[0]).join('') === [...first].map((c) => key(c)).join(''); // letter by letter: "ØES" is o, e, s ("øe" folds as a whole)
  // v53: "OVM Melons" for "Ord Valley Melon Co Pty Ltd": the last initialled word written out again after the initials.
  const n = first.length;
  if (rest.length === 1 && !BRAND_TAIL.test(rest[0]!)) return words.length >= n && words.length <= n + 1 && singular(key(rest[0]!)) === singular(words[n - 1] ?? '') && (words.length === n || /^(?:co|company)$/u.test(words[n]!)) && initialled(n);
  return words.length === n && initialled(n);
}

/**
 * "Kullabemanning AB" for "Kulla Bemanning", "Gullmarsrekrytering AB" for "Gullmar Rekrytering": the registered name one
 * Nordic compound of the brand's two words, a genitive's "s" between them or not.
 */
export function compoundOfBrand(full: string, brand: string): boolean {
  const [one, words] = [key(full), key(brand).split(' ')];
  if (one.includes(' ') || words.length !== 2 || words[0]!.length < 4 || words[1]!.length < 4) return false;
  return one === words.join('') || one === words.join('s');
}

/** Whether each of the brand's later words ("rehabiliteringssenter") shares a stem with a word of the name or stands in the line. */
export function brandWordsIn(brand: string, full: string, line: string): boolean {
  const [own, said] = [key(full).split(' '), key(line).split(' ')];
  return key(brand).split(' ').slice(1).every((w) => own.some((x) => x.length >= 4 && (w.startsWith(x) || x.startsWith(w))) || said.includes(w));
}
