import type { RoundTwoDB } from '../db/schema';
import { interviewTables, moveInterviewData } from '../interview/merge';
import type { CompanyStatus, JobAdCorrections } from '../model';
import { refreshAggregates } from './aggregates';
import { storedNameKeys } from './names';

/** The user's name for a company: automatic naming never overrides it afterwards. */
export async function renameCompany(db: RoundTwoDB, companyId: string, name: string, now = Date.now()): Promise<void> {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (!trimmed) return;
  await db.transaction('rw', db.companies, async () => {
    const company = await db.companies.get(companyId);
    if (!company) return;
    // The old names stay: the next ad from this employer still finds the company.
    const normNames = [...new Set([...storedNameKeys(trimmed), ...company.normNames])];
    await db.companies.update(companyId, { name: trimmed, normNames, nameSetByUser: true, updatedAt: now });
  });
}

export async function setCompanyStatus(db: RoundTwoDB, companyId: string, status: CompanyStatus, now = Date.now()): Promise<void> {
  await db.companies.update(companyId, { status, updatedAt: now });
}

/** Moves one clip, and the notes that cite it, to another company. */
export async function moveClip(db: RoundTwoDB, clipId: string, toCompanyId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.clips, db.notes, db.companies, db.companyEvidence], async () => {
    const target = await db.companies.get(toCompanyId);
    if (!target) throw new Error(`No company ${toCompanyId}`);
    const fromCompanyId = (await db.clips.get(clipId))?.companyId;
    // The user chose the company: the reason it was filed elsewhere no longer applies.
    await db.clips.update(clipId, { companyId: toCompanyId, filedBecause: undefined, updatedAt: now });
    await db.notes.where('companyId').notEqual(toCompanyId).filter((note) => note.clipId === clipId).modify({ companyId: toCompanyId });
    await db.companies.update(toCompanyId, { updatedAt: now });
    await refreshAggregates(db, fromCompanyId ? [fromCompanyId, toCompanyId] : [toCompanyId]);
  });
}

/** Both companies answered a prompt: one answer holds both texts, so neither is hidden. */
async function mergeAnswers(db: RoundTwoDB, fromId: string, intoId: string, now: number): Promise<void> {
  const answers = await db.notes.where('companyId').anyOf(fromId, intoId).filter((note) => note.kind === 'answer').toArray();
  for (const from of answers.filter((note) => note.companyId === fromId)) {
    const into = answers.find((note) => note.companyId === intoId && note.promptId === from.promptId);
    if (!into) continue;
    const text = [into.text.trim(), from.text.trim()].filter(Boolean).join('\n\n');
    await db.notes.update(into.id, { text, updatedAt: now });
    await db.notes.delete(from.id);
  }
}

/**
 * Merges one company into another: every clip, note and interview follows, the
 * domains are joined, and the emptied company is removed. Nothing is lost.
 */
export async function mergeCompanies(db: RoundTwoDB, fromId: string, intoId: string, now = Date.now()): Promise<void> {
  if (fromId === intoId) return;
  await db.transaction('rw', [db.companies, db.clips, db.notes, db.companyEvidence, ...interviewTables(db)], async () => {
    const [from, into] = await Promise.all([db.companies.get(fromId), db.companies.get(intoId)]);
    if (!from || !into) throw new Error('Both companies must exist to merge them');
    await db.clips.where('companyId').equals(fromId).modify({ companyId: intoId });
    await mergeAnswers(db, fromId, intoId, now);
    await db.notes.where('companyId').equals(fromId).modify({ companyId: intoId });
    await moveInterviewData(db, fromId, intoId);
    await db.companies.update(intoId, {
      domains: [...new Set([...into.domains, ...from.domains])],
      normNames: [...new Set([...into.normNames, ...from.normNames])],
      updatedAt: now,
    });
    await db.companies.delete(fromId);
    await refreshAggregates(db, [intoId, fromId]);
  });
}

/** A correction of one job-ad field; an empty value removes the correction. */
export async function correctJobAd(
  db: RoundTwoDB,
  clipId: string,
  field: keyof JobAdCorrections,
  value: string | string[] | undefined,
): Promise<void> {
  await db.transaction('rw', [db.clips, db.companies, db.companyEvidence], async () => {
    const clip = await db.clips.get(clipId);
    if (!clip) return;
    const corrections: JobAdCorrections = { ...clip.jobAdCorrections };
    const empty = value === undefined || (Array.isArray(value) ? value.length === 0 : String(value).trim() === '');
    if (empty) delete corrections[field];
    else Object.assign(corrections, { [field]: value });
    await db.clips.update(clipId, { jobAdCorrections: corrections });
    // A corrected title is the role the company list shows.
    await refreshAggregates(db, [clip.companyId]);
  });
}
