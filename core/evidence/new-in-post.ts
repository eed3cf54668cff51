/**
 * A named person new in a post, told after a time put first: "Sedan i oktober är Malin Rehnström Ek ny ekonomichef", "Fra
 * januar er Ola Nordby ny daglig leder", "Since March, Priya Shah is our new site manager". Bokmål and Swedish put the verb
 * before the name after a time; English sets the time off with a comma. A post taken up ("tillträdde Per-Erik Brännberg som ny
 * produktionschef") is one too, and so is the new post put first ("Ny kvalitetschef är Johan Berglund"). Raw tokens, for the name's capitals.
 */
import { ownRole } from './own-role';
import { isPersonName, NAME_PART } from './people-names';

const COPULA = /^(?:is|er|är|blir|has|har)$/iu;
const NAME_WORD = new RegExp(String.raw`^${NAME_PART}$`, 'u');
/** Taking up a post: "Under kvartalet tillträdde Per-Erik Brännberg som ny produktionschef", "I mars tiltrådte Kari Lund som ny driftssjef". */
const TOOK_UP = /^(?:tillträdde|tiltrådte|tiltrådde|tiltredde)$/iu;
const AS = /^(?:som|as)$/iu;
/** "Ny kvalitetschef är Johan Berglund", "New plant manager is Jane Doe": the new post first, then its holder. */
const NEW = /^(?:new|ny|nye|nya)$/iu;
/** "has been our new …", "har vært vår nye …", "har varit ny …". */
const BEEN = /^(?:been|vært|varit)$/iu;

const clean = (token: string): string => token.replace(/^[«"“”'(–-]+|[,.:;!?»"”')]+$/gu, '');

/** Whether the words from `at` are a name of two or three words, and where they end. */
function nameAt(tokens: readonly string[], at: number): number {
  for (let length = 3; length >= 2; length--) {
    const name = tokens.slice(at, at + length);
    if (name.length === length && name.every((w) => NAME_WORD.test(w)) && isPersonName(name.join(' '))) return at + length;
  }
  return -1;
}

/** A copula (and "been") and, after it, "our" or "new" and a role (own-role.ts). */
function newRoleAfter(tokens: readonly string[], at: number): boolean {
  if (!COPULA.test(tokens[at] ?? '')) return false;
  const from = at + 1 + (BEEN.test(tokens[at + 1] ?? '') ? 1 : 0);
  return ownRole(tokens.slice(from, from + 3));
}

export function tellsNewInPost(sentence: string): boolean {
  const raw = sentence.trim().split(/\s+/);
  const tokens = raw.map(clean);
  // "Ny kvalitetschef är Johan Berglund"; v53: "Ny produksjonsdirektør fra 1. oktober er Tone Skjærvik", the time between.
  const copula = NEW.test(tokens[0] ?? '') && /^\p{Ll}/u.test(tokens[1] ?? '') ? tokens.slice(2, 7).findIndex((w) => COPULA.test(w)) : -1;
  if (copula >= 0 && nameAt(tokens, copula + 3) > 0) return true;
  // v53: "Verkställande direktör Helena Svinhufvud-Ek tillträdde i mars 2025": a role and its holder open the sentence, then the post taken up.
  if ([1, 2].some((start) => tokens.slice(1, start).every((w) => /^\p{Ll}/u.test(w)) && TOOK_UP.test(tokens[nameAt(tokens, start)] ?? ''))) return true;
  return tokens.some((word, i) => {
    if (i === 0) return false;
    // "Sedan i oktober är Malin Rehnström Ek ny ekonomichef": the verb, then the name, then the role.
    if (COPULA.test(word) && !BEEN.test(tokens[i + 1] ?? '')) {
      const end = nameAt(tokens, i + 1);
      if (end > 0 && ownRole(tokens.slice(end, end + 3))) return true;
    }
    // "Under kvartalet tillträdde Per-Erik Brännberg som ny produktionschef": the post taken up, after the name.
    if (TOOK_UP.test(word)) {
      const end = nameAt(tokens, i + 1);
      if (end > 0 && ownRole(tokens.slice(end + (AS.test(tokens[end] ?? '') ? 1 : 0), end + 4))) return true;
    }
    // "Since March, Priya Shah is our new site manager": a name after the time's comma, then its copula.
    if (/,$/u.test(raw[i - 1] ?? '')) {
      const end = nameAt(tokens, i);
      if (end > 0 && newRoleAfter(tokens, end)) return true;
    }
    return false;
  });
}

