import type { RoundTwoDB } from '../db/schema';
import type { Company, FiledBecause } from '../model';
import { normalizeCompanyName, textNameTokens } from './names';

/**
 * News about a company the user researches lands with that company: an article
 * whose headline (or lead) names it is filed there, with the reason, and the news
 * site's domain is never added to the company. A site that already belongs to a
 * company (the company's own newsroom) keeps its clips.
 */

const MIN_NAME_CHARS = 4;
const PAIR_OF_NAMES = /^[\p{Lu}][\p{L}'’-]+\s+(?:&|og|och|and)\s+[\p{Lu}][\p{L}'’-]+\s/u;

function containsName(text: readonly string[], name: readonly string[]): boolean {
  for (let at = 0; at + name.length <= text.length; at++) {
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
function namedPart(text: readonly string[], name: readonly string[], byFirstWords: boolean): string | undefined {
  if (containsName(text, name)) return name.join(' ');
  if (!byFirstWords) return undefined;
  for (let k = name.length - 1; k >= 2 && 2 * k >= name.length; k--) {
    if (containsName(text, name.slice(0, k))) return name.slice(0, k).join(' ');
  }
  return undefined;
}

export interface NewsSubject {
  company: Company;
  filedBecause: FiledBecause;
}

/** Where an article may name its subject, in the order they are read: the headline first. */
export type NewsParts = ReadonlyArray<readonly [FiledBecause['part'], string | undefined]>;

/** The researched company that the headline, else the lead, else the opening text names; the longest name wins. */
export async function newsSubject(db: RoundTwoDB, domain: string, parts: NewsParts): Promise<NewsSubject | undefined> {
  if (await db.companies.where('domains').equals(domain).first()) return undefined;
  const companies = await db.companies.toArray();
  for (const [part, text] of parts) {
    if (!text) continue;
    const tokens = textNameTokens(text);
    let best: { company: Company; length: number } | undefined;
    for (const company of companies) {
      for (const key of new Set([...company.normNames, normalizeCompanyName(company.name)].map(normalizeCompanyName))) {
        // Only a pair of names ("Håland & Aas") is told by its first words: "Calder Valley" is a place as often as a firm.
        const pair = PAIR_OF_NAMES.test(company.name);
        const named = namedPart(tokens, key.split(' ').filter(Boolean), pair);
        if (!named || named.replace(/ /g, '').length < MIN_NAME_CHARS) continue;
        if (!best || named.length > best.length) best = { company, length: named.length };
      }
    }
    if (best) return { company: best.company, filedBecause: { part, name: best.company.name } };
  }
  return undefined;
}
