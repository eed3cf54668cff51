import type { RoundTwoDB } from '../db/schema';
import type { Company } from '../model';
import { textNameTokens } from './names';

/**
 * An article that calls a firm by a first word two researched firms share ("Tidewell" for Tidewell Energy and
 * Tidewell Labs): the name alone tells neither, but what the article is about may. The firm whose clipped pages
 * share clearly more of the article's words (its trade, its places, its people) is the one it is about; a near
 * tie tells neither, and the article is filed with no one.
 */

/** Words long enough to say something about a firm; figures say nothing. */
const words = (text: string): Set<string> => new Set(textNameTokens(text).filter((w) => w.length >= 5 && !/\d/.test(w)));

/** Shared words the winner needs, and how many times the runner-up's. */
const MIN_SHARED = 3;
const MARGIN = 2;

/** The words of a company's clipped pages, by company id: read once for all the parts of one article. */
export type OwnWords = Map<string, Promise<Set<string>>>;

async function ownWords(db: RoundTwoDB, company: Company): Promise<Set<string>> {
  const clips = await db.clips.where('companyId').equals(company.id).toArray();
  const contents = await db.clipContents.bulkGet(clips.map((c) => c.id));
  const own = new Set<string>();
  for (const content of contents) if (content) for (const w of words(content.textContent)) own.add(w);
  return own;
}

async function sharedWords(db: RoundTwoDB, company: Company, said: ReadonlySet<string>, read: OwnWords): Promise<number> {
  const own = await (read.get(company.id) ?? read.set(company.id, ownWords(db, company)).get(company.id)!);
  let shared = 0;
  for (const w of said) if (own.has(w)) shared += 1;
  return shared;
}

/** The one of `candidates` the article's words point to, or undefined when they do not clearly point to one. */
export async function closestInWords(db: RoundTwoDB, candidates: readonly Company[], article: string, read: OwnWords = new Map()): Promise<Company | undefined> {
  if (candidates.length < 2) return undefined;
  const said = words(article);
  const scored = await Promise.all(candidates.map(async (company) => ({ company, shared: await sharedWords(db, company, said, read) })));
  scored.sort((a, b) => b.shared - a.shared);
  const [best, next] = scored as [(typeof scored)[0], (typeof scored)[0]];
  return best.shared >= MIN_SHARED && best.shared >= MARGIN * next.shared ? best.company : undefined;
}
