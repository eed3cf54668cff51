import type { EntityTable } from 'dexie';
import { evidenceKey, topEvidence } from '../evidence/rank';
import type { ClipHits } from '../evidence/types';
import { joinFound } from '../interview/people-from-clips';
import type { Clip, Company, CompanyAggregates, CompanyEvidence, EvidenceSource } from '../model';

/**
 * How many distinct sentences per prompt a company's evidence record keeps. The board shows at
 * most 5; the rest are there for the sentences the user dismisses or pins. When the user has
 * hidden so many that the kept ones run short, the board reads the clips instead.
 */
export const KEPT_PER_PROMPT = 20;

/** The tables the aggregates are read from and written to: the database, or an upgrade's transaction. */
export interface AggregateTables {
  companies: EntityTable<Company, 'id'>;
  clips: EntityTable<Clip, 'id'>;
  companyEvidence: EntityTable<CompanyEvidence, 'companyId'>;
}

const newestFirst = (a: Clip, b: Clip) => b.updatedAt - a.updatedAt;

/** The job ad's title the user sees: their correction, else the one read from the page. */
function roleOf(clip: Clip): string | undefined {
  const title = clip.jobAdCorrections?.title ?? clip.jobAd?.title;
  return title?.trim() || undefined;
}

function sourceOf({ id, url, title, domain, siteName }: Clip): EvidenceSource {
  return { clipId: id, url, title, domain, ...(siteName ? { siteName } : {}) };
}

/** What the company list and view show, from all of a company's clips. */
export function aggregatesOf(clips: readonly Clip[]): CompanyAggregates {
  const sorted = [...clips].sort(newestFirst);
  const ads = sorted.filter((clip) => clip.jobAd);
  const role = ads.map(roleOf).find(Boolean);
  return {
    clipCount: clips.length,
    ...(role ? { role } : {}),
    ...(sorted[0] ? { lastClippedAt: sorted[0].updatedAt } : {}),
    jobAdClipIds: ads.map((clip) => clip.id),
  };
}

/**
 * The evidence record of a company: per prompt, every copy of its best `kept` sentences, in the
 * clips' order (newest first). Ranking these gives the same top sentences as ranking every clip,
 * as long as the user has not hidden more than `kept` minus the number shown.
 */
export function evidenceOf(companyId: string, clips: readonly Clip[], kept = KEPT_PER_PROMPT): CompanyEvidence {
  const sorted = [...clips].sort(newestFirst);
  const all: ClipHits[] = sorted.map(({ id, url, evidence }) => ({ clipId: id, url, hits: evidence ?? [] }));
  const keys = new Map<string, string>();
  const keyOf = (sentence: string) => {
    let key = keys.get(sentence);
    if (key === undefined) keys.set(sentence, (key = evidenceKey(sentence)));
    return key;
  };
  const prompts = new Set(all.flatMap(({ hits }) => hits.map((hit) => hit.promptId)));
  const keep = new Map<string, Set<string>>();
  const truncated: string[] = [];
  for (const promptId of prompts) {
    const ranked = topEvidence(all, promptId, { dismissed: new Set() }, Number.POSITIVE_INFINITY);
    if (ranked.length > kept) truncated.push(promptId);
    keep.set(promptId, new Set(ranked.slice(0, kept).map((item) => item.key)));
  }
  const reduced = all
    .map(({ clipId, url, hits }) => ({ clipId, url, hits: hits.filter((hit) => keep.get(hit.promptId)?.has(keyOf(hit.sentence))) }))
    .filter(({ hits }) => hits.length > 0);
  const cited = new Set(reduced.map(({ clipId }) => clipId));
  const people = joinFound(sorted.map((clip) => clip.people ?? []));
  return { companyId, clips: reduced, sources: sorted.filter((clip) => cited.has(clip.id)).map(sourceOf), truncated, people };
}

/**
 * Recomputes the aggregates and the evidence record of companies from their clips. Call it inside
 * the transaction that changed the clips (it needs `companies`, `clips` and `companyEvidence`), so
 * the lists never show a count that the clips do not have. A company that no longer exists loses
 * its evidence record.
 */
export async function refreshAggregates(tables: AggregateTables, companyIds: Iterable<string>): Promise<void> {
  for (const companyId of new Set(companyIds)) {
    const company = await tables.companies.get(companyId);
    if (!company) {
      await tables.companyEvidence.delete(companyId);
      continue;
    }
    const clips = await tables.clips.where('companyId').equals(companyId).toArray();
    await tables.companies.update(companyId, { aggregates: aggregatesOf(clips) });
    await tables.companyEvidence.put(evidenceOf(companyId, clips));
  }
}

/** Fills in every company's aggregates in one pass over the clips (the version 3 upgrade, an import). */
export async function backfillAggregates(tables: AggregateTables): Promise<void> {
  const byCompany = new Map<string, Clip[]>();
  await tables.clips.each((clip) => {
    const list = byCompany.get(clip.companyId);
    if (list) list.push(clip);
    else byCompany.set(clip.companyId, [clip]);
  });
  const companies = await tables.companies.toArray();
  // A full recompute: the record of a company that is gone (a replaced profile) goes too.
  await tables.companyEvidence.clear();
  await tables.companies.bulkPut(companies.map((company) => ({ ...company, aggregates: aggregatesOf(byCompany.get(company.id) ?? []) })));
  await tables.companyEvidence.bulkPut(companies.map((company) => evidenceOf(company.id, byCompany.get(company.id) ?? [])));
}

/**
 * A new clip joins a company: the aggregates and the evidence record take it in without reading
 * the company's other clips, so clipping into a company of hundreds costs what clipping into one
 * of a few does. The kept evidence of the other clips plus the new clip's hits hold every
 * sentence that can now be among a prompt's best (a sentence that was not kept before ranks below
 * `kept` others, and none of those left). Anything else — a re-clip, a move, a merge, a company
 * from before the aggregates existed — recomputes from the clips.
 */
export async function addNewClip(tables: AggregateTables, clip: Clip): Promise<void> {
  const company = await tables.companies.get(clip.companyId);
  const record = await tables.companyEvidence.get(clip.companyId);
  if (!company?.aggregates || !record?.people) return refreshAggregates(tables, [clip.companyId]);
  const before = company.aggregates;
  const role = clip.jobAd ? (roleOf(clip) ?? before.role) : before.role;
  await tables.companies.update(clip.companyId, {
    aggregates: {
      clipCount: before.clipCount + 1,
      ...(role ? { role } : {}),
      lastClippedAt: Math.max(clip.updatedAt, before.lastClippedAt ?? 0),
      jobAdClipIds: clip.jobAd ? [clip.id, ...before.jobAdClipIds] : before.jobAdClipIds,
    },
  });
  // The kept clips as the ranking reads them, newest first after the new one.
  const sources = new Map(record.sources.map((source) => [source.clipId, source]));
  const kept = record.clips.map(({ clipId, url, hits }, index) => {
    const source = sources.get(clipId);
    return { id: clipId, url, evidence: hits, title: source?.title ?? '', domain: source?.domain ?? '', siteName: source?.siteName, updatedAt: clip.updatedAt - 1 - index } as Clip;
  });
  const next = evidenceOf(clip.companyId, [clip, ...kept]);
  // The new clip is the newest: its people come first, as a recompute over every clip reads them.
  const people = joinFound([clip.people ?? [], record.people]);
  await tables.companyEvidence.put({ ...next, truncated: [...new Set([...record.truncated, ...next.truncated])], people });
}
