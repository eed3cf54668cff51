import { isOrganisationName } from './org-names';

/**
 * A name as a person writes it, where a page shouts it: a letterhead, a portal's field or a footer in
 * capitals ("TANNLEGENE STORGATA DA", "KILBRIDE INN LIMITED", "GRANLUNDS BYGG OCH MÅLERI AB") is
 * given in its ordinary case ("Tannlegene Storgata DA"). Initials and short codes ("IKEA AB", "NTNU",
 * "SPAREBANK 1 SMN") are not shouting: a name is shouting only where two of its words are long.
 */

/** Legal forms and club forms written in capitals in any case, and those with their own spelling. */
const FORMS: Record<string, string> = {
  as: 'AS', asa: 'ASA', ab: 'AB', da: 'DA', ans: 'ANS', ks: 'KS', sa: 'SA', ba: 'BA', iks: 'IKS', hf: 'HF', nuf: 'NUF', kf: 'KF',
  oy: 'Oy', oyj: 'Oyj', plc: 'PLC', llp: 'LLP', llc: 'LLC', cic: 'CIC', ltd: 'Ltd', inc: 'Inc', aps: 'ApS', gmbh: 'GmbH', co: 'Co',
  'a/s': 'A/S', 'i/s': 'I/S', 'k/s': 'K/S', ik: 'IK', if: 'IF', il: 'IL', fk: 'FK', bk: 'BK', sk: 'SK',
};
/** Small words inside a name that a person writes in lower case. */
const SMALL = new Set(['og', 'och', 'and', 'of', 'i', 'på', 'for', 'för', 'the', 'til', 'till', 'de', 'av', 'vid', 'ved']);
const LONG_WORD = /^(?:\p{L}['’-]?){4,}$/u;

function wordCase(word: string, first: boolean): string {
  const lower = word.toLocaleLowerCase();
  const form = FORMS[lower.replace(/[.,]+$/, '')];
  if (form && !first) return form + word.slice(form.length);
  if (SMALL.has(lower) && !first) return lower;
  // "O'NEILL" → "O'Neill", "NORD-TRØNDELAG" → "Nord-Trøndelag".
  return lower.replace(/(^|[-'’])(\p{L})/gu, (_m: string, sep: string, c: string) => sep + c.toLocaleUpperCase());
}

/** Whether a name is written all in capitals, with at least two long words (not an acronym or a code). */
export function isShouted(name: string): boolean {
  if (/\p{Ll}/u.test(name)) return false;
  const words = name.trim().split(/\s+/);
  return words.filter((w) => LONG_WORD.test(w) && !FORMS[w.toLocaleLowerCase()]).length >= 2;
}

/** A name written in capitals, in its ordinary case: "TANNLEGENE STORGATA DA" → "Tannlegene Storgata DA". */
export function inOrdinaryCase(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((w, i) => wordCase(w, i === 0))
    .join(' ');
}

/** The name in its ordinary case where it is shouted; as written otherwise. */
export function ordinaryCase(name: string): string {
  return isShouted(name) ? inOrdinaryCase(name) : name;
}

/** An organisation's name, also as a letterhead writes it in capitals ("HILLCREST DENTAL LTD", "TANNLEGENE STORGATA DA"). */
export function isLetterhead(text: string): boolean {
  if (isOrganisationName(text)) return true;
  return text === text.toLocaleUpperCase() && /\p{Lu}{2}/u.test(text) && isOrganisationName(inOrdinaryCase(text));
}
