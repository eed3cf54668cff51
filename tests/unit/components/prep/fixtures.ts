import type { EvidenceHit } from '../../../../core/evidence';
import type { Company, Note } from '../../../../core/model';
import type { ClipSource, PrepBoardData } from '../../../../core/notes';
import type { PrepActions } from '../../../../components/prep/types';
import { vi, type Mock } from 'vitest';

export const company: Company = { id: 'co1', name: 'Nordlys', domains: ['nordlys.no'], normNames: ['nordlys'], status: 'interview2', createdAt: 0, updatedAt: 0 };

export const source: ClipSource = { clipId: 'c1', url: 'https://nordlys.no/om-oss', title: 'Om oss', domain: 'nordlys.no', siteName: 'Nordlys Energi' };

export function hit(promptId: string, sentence: string, score = 1, blockIndex = 0): EvidenceHit {
  return { promptId, sentence, score, blockIndex };
}

let seq = 0;
export function note(promptId: string, kind: Note['kind'], text: string, extra: Partial<Note> = {}): Note {
  seq += 1;
  return { id: `n${seq}`, companyId: 'co1', promptId, kind, text, createdAt: seq, updatedAt: seq, ...extra };
}

export function boardData(hits: EvidenceHit[] = [], notes: Note[] = [], dismissed: Record<string, string[]> = {}): PrepBoardData {
  const notesByPrompt = new Map<string, Note[]>();
  for (const item of notes) notesByPrompt.set(item.promptId, [...(notesByPrompt.get(item.promptId) ?? []), item]);
  return {
    company,
    clipsHits: [{ clipId: source.clipId, url: source.url, hits }],
    sources: new Map([[source.clipId, source]]),
    notesByPrompt,
    dismissedByPrompt: new Map(Object.entries(dismissed).map(([promptId, keys]) => [promptId, new Set(keys)])),
  };
}

export function fakeActions(): { [K in keyof PrepActions]: Mock<PrepActions[K]> } {
  return {
    onAnswer: vi.fn<PrepActions['onAnswer']>(),
    onPin: vi.fn<PrepActions['onPin']>(),
    onUnpin: vi.fn<PrepActions['onUnpin']>(),
    onDismiss: vi.fn<PrepActions['onDismiss']>(),
    onRestore: vi.fn<PrepActions['onRestore']>(),
    onAddImprovement: vi.fn<PrepActions['onAddImprovement']>(),
    onUpdateImprovement: vi.fn<PrepActions['onUpdateImprovement']>(),
    onRemoveImprovement: vi.fn<PrepActions['onRemoveImprovement']>(),
  };
}

/** A string that would run script if it were ever rendered as HTML. */
export const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
