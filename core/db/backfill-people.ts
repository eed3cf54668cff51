import type { EntityTable } from 'dexie';
import { evidenceOf, type AggregateTables } from '../company/aggregates';
import { peopleFromClips } from '../interview/people-from-clips';
import type { Clip, ClipContent, FoundPerson } from '../model';

/**
 * The version 5 upgrade: the clips whose stored page names people get them (one pass over the
 * pages, only the names kept in memory), and each company's evidence record their list. A clip
 * that names no one is left as it was (no `people` reads as none), so the upgrade rewrites only
 * the few pages that name someone; the company records themselves do not change.
 */
export async function backfillClipPeople(tables: AggregateTables, contents: EntityTable<ClipContent, 'id'>): Promise<void> {
  const jobAds = new Map<string, Clip['jobAd']>();
  await tables.clips.each((clip) => {
    if (clip.jobAd) jobAds.set(clip.id, clip.jobAd);
  });
  const found = new Map<string, FoundPerson[]>();
  await contents.each((content) => {
    const jobAd = jobAds.get(content.id);
    const people = peopleFromClips([{ clipId: content.id, ...(jobAd ? { jobAd } : {}), jsonLd: content.jsonLd ?? [], blocks: content.blocks ?? [] }]);
    if (people.length) found.set(content.id, people);
  });
  if (found.size) await tables.clips.where('id').anyOf([...found.keys()]).modify((clip) => void (clip.people = found.get(clip.id)));
  const byCompany = new Map<string, Clip[]>();
  await tables.clips.each((clip) => {
    const list = byCompany.get(clip.companyId);
    if (list) list.push(clip);
    else byCompany.set(clip.companyId, [clip]);
  });
  const companyIds = (await tables.companies.toCollection().primaryKeys()).map(String);
  await tables.companyEvidence.bulkPut(companyIds.map((id) => evidenceOf(id, byCompany.get(id) ?? [])));
}
