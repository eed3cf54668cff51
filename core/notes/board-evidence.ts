import { KEPT_PER_PROMPT } from '../company/aggregates';
import type { RoundTwoDB } from '../db/schema';
import { evidenceKey, type ClipHits } from '../evidence';
import type { CompanyEvidence, EvidenceSource, Note } from '../model';

/** The most evidence the board shows for one prompt (the wide layout's limit). */
export const EVIDENCE_SHOWN_AT_MOST = 5;

export interface BoardEvidence {
  clipsHits: ClipHits[];
  sources: Map<string, EvidenceSource>;
}

/** True when the user has hidden so many of a prompt's kept sentences that the record may run short. */
function runsShort(record: CompanyEvidence, notes: readonly Note[]): boolean {
  if (record.truncated.length === 0) return false;
  const truncated = new Set(record.truncated);
  const hidden = new Map<string, Set<string>>();
  for (const note of notes) {
    if (!truncated.has(note.promptId)) continue;
    const key = note.kind === 'dismissed' ? note.text : note.kind === 'pin' || note.kind === 'quote' ? evidenceKey(note.text) : undefined;
    if (key) hidden.set(note.promptId, (hidden.get(note.promptId) ?? new Set()).add(key));
  }
  return [...hidden.values()].some((keys) => keys.size > KEPT_PER_PROMPT - EVIDENCE_SHOWN_AT_MOST);
}

/** Every clip's hits: the slow way, for a record that runs short (or a company that has none yet). */
async function fromClips(db: RoundTwoDB, companyId: string): Promise<Omit<CompanyEvidence, 'companyId' | 'truncated'>> {
  const clips: Array<ClipHits & EvidenceSource & { updatedAt: number }> = [];
  // Only the small fields are kept: page content never reaches the board. A clip stored before
  // evidence was scored has none, which must not break the board.
  await db.clips.where('companyId').equals(companyId).each(({ id, url, title, domain, siteName, evidence, updatedAt }) => {
    clips.push({ clipId: id, url, title, domain, ...(siteName ? { siteName } : {}), hits: evidence ?? [], updatedAt });
  });
  clips.sort((a, b) => b.updatedAt - a.updatedAt);
  return {
    clips: clips.map(({ clipId, url, hits }) => ({ clipId, url, hits })),
    sources: clips.map(({ hits: _hits, updatedAt: _updatedAt, ...source }) => source),
  };
}

/**
 * The evidence the prep board ranks: the company's precomputed record (one read, however many
 * clips), and the sources of the clips the user's pins and quotes cite.
 */
export async function loadBoardEvidence(db: RoundTwoDB, companyId: string, notes: readonly Note[]): Promise<BoardEvidence> {
  const record = await db.companyEvidence.get(companyId);
  const { clips, sources } = record && !runsShort(record, notes) ? record : await fromClips(db, companyId);
  const byId = new Map(sources.map((source) => [source.clipId, source]));
  const cited = [...new Set(notes.flatMap((note) => (note.clipId && !byId.has(note.clipId) ? [note.clipId] : [])))];
  for (const clip of await db.clips.bulkGet(cited)) {
    if (clip) byId.set(clip.id, { clipId: clip.id, url: clip.url, title: clip.title, domain: clip.domain, ...(clip.siteName ? { siteName: clip.siteName } : {}) });
  }
  return { clipsHits: clips, sources: byId };
}
