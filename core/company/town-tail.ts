import { knownTown } from '../places';
import { isOrganisationName } from './org-names';

/** Two words or more, then "i", "på" or "in" and a town: "Holje Pressteknik i Olofström". */
const TOWN_TAIL = /^(\S+\s+\S+.*?)\s+(?:i|på|in)\s+(\p{Lu}[\p{L}'’-]+)$/u;

/**
 * v55: "Holje Pressteknik i Olofström · Industrivägen 1 · …" in a footer: a name without a legal form, then a town a register
 * knows, is the name and where it is. A registered name keeps its town ("Fyrisbygg i Uppsala AB" ends in its form, not a town;
 * "… AB i Olofström" is the name in full before it), and a body named by its kind at a place is that place's ("Kirken i
 * Strømsvik": one word before).
 */
export function withoutTownTail(name: string): string {
  const m = TOWN_TAIL.exec(name.trim());
  return m && knownTown(m[2]!) && !isOrganisationName(m[1]!) ? m[1]! : name;
}
