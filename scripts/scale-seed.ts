/**
 * Databases for the scale benchmark: real clips (captured by the extension from the test pages)
 * copied into many companies, with the aggregates and evidence records the extension itself
 * would keep, written straight into the extension's IndexedDB.
 */
import type { Page } from 'playwright-core';
import { aggregatesOf, evidenceOf } from '../core/company/aggregates';
import { normalizeCompanyName } from '../core/company/names';
import type { Clip, ClipContent, Company, CompanyEvidence } from '../core/model';

export interface Template {
  clip: Clip;
  content: ClipContent;
}

export interface SeedPlan {
  /** Clip counts of the companies that are measured, by name. */
  named: Record<string, number>;
  /** How many other companies, and how many clips they share. */
  others: number;
  otherClips: number;
}

export interface Seed {
  companies: Company[];
  clips: Clip[];
  contents: ClipContent[];
  evidence: CompanyEvidence[];
}

const DAY = 86_400_000;

/** Companies and clips as months of research leave them: copies of real clips, spread over time. */
export function buildSeed(templates: readonly Template[], plan: SeedPlan, now = Date.now()): Seed {
  const sizes = [
    ...Object.entries(plan.named),
    ...Array.from({ length: plan.others }, (_, i): [string, number] => [
      `Bedrift ${String(i + 1).padStart(3, '0')} AS`,
      Math.floor(plan.otherClips / plan.others) + (i < plan.otherClips % plan.others ? 1 : 0),
    ]),
  ];
  const seed: Seed = { companies: [], clips: [], contents: [], evidence: [] };
  let n = 0;
  sizes.forEach(([name, count], c) => {
    const id = crypto.randomUUID();
    const clips: Clip[] = [];
    let ads = 0;
    for (let i = 0; i < count; i += 1, n += 1) {
      const template = templates[n % templates.length]!;
      const clipId = crypto.randomUUID();
      const at = now - (n * 7 + c) * 60_000 - (n % 90) * DAY;
      // Different pages say different things: each copy's sentences are its own. A company has
      // a couple of job ads, not one in every fourteen clips.
      const evidence = template.clip.evidence.map((hit) => ({ ...hit, sentence: `${hit.sentence.replace(/[.!?]*$/, '')} (side ${n}).` }));
      const { jobAd, ...rest } = template.clip;
      const keepAd = jobAd !== undefined && ads++ < 2;
      clips.push({
        ...rest, ...(keepAd ? { jobAd } : { kind: jobAd ? 'company' : rest.kind }), evidence,
        id: clipId, companyId: id, url: `${template.clip.url}?copy=${n}`, title: `${template.clip.title} (${i + 1})`, clippedAt: at, updatedAt: at,
      });
      // Contents are never read by the lists; copies are cut to a typical article's size to keep the seeding short.
      const { contentHtml, textContent, blocks } = template.content;
      seed.contents.push({ ...template.content, id: clipId, contentHtml: contentHtml.slice(0, 20_000), textContent: textContent.slice(0, 10_000), blocks: blocks.slice(0, 60) });
    }
    const updatedAt = now - c * 3_600_000;
    seed.companies.push({
      id, name, domains: [`${normalizeCompanyName(name).replace(/\W+/g, '-')}.no`], normNames: [normalizeCompanyName(name)], status: 'researching',
      createdAt: updatedAt - 30 * DAY, updatedAt, aggregates: aggregatesOf(clips),
    });
    seed.evidence.push(evidenceOf(id, clips));
    seed.clips.push(...clips);
  });
  return seed;
}

/** Writes a seed into the extension's database from one of its pages, in batches. */
export async function writeSeed(page: Page, seed: Seed): Promise<void> {
  const batches: Array<Partial<Seed>> = [{ companies: seed.companies, evidence: seed.evidence }];
  for (let i = 0; i < seed.clips.length; i += 250) batches.push({ clips: seed.clips.slice(i, i + 250), contents: seed.contents.slice(i, i + 250) });
  for (const batch of batches) {
    await page.evaluate(
      (records) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('round-two');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            // An older build has no evidence store: its records are left out, as that build would.
            const stores = ['companies', 'clips', 'clipContents', 'companyEvidence'].filter((name) => db.objectStoreNames.contains(name));
            const tx = db.transaction(stores, 'readwrite');
            tx.oncomplete = () => (db.close(), resolve());
            tx.onabort = () => reject(new Error(`seed aborted: ${String(tx.error)}`));
            // No named helper functions in here: tsx would wrap them in a helper the page lacks.
            const writes: Array<[string, unknown[] | undefined]> = [
              ['companies', records.companies],
              ['clips', records.clips],
              ['clipContents', records.contents],
              ['companyEvidence', records.evidence],
            ];
            for (const [store, rows] of writes) {
              if (rows && stores.includes(store)) for (const row of rows) tx.objectStore(store).put(row);
            }
          };
        }),
      batch,
    );
  }
}
