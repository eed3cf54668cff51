// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { evidenceKey } from '../../../core/evidence';
import type { Clip, Company, Note } from '../../../core/model';
import { addImprovement, dismissEvidence, loadPrepBoard, pinEvidence, readiness, saveAnswer } from '../../../core/notes';
import { PROMPT_SECTIONS, type PromptSection } from '../../../core/prompts';
import { useTestDb } from './db';

const db = useTestDb();

const company: Company = { id: 'co1', name: 'Nordlys', domains: ['nordlys.no'], normNames: ['nordlys'], status: 'interview2', createdAt: 0, updatedAt: 0 };

function clip(id: string, companyId: string, updatedAt: number, sentence: string): Clip {
  return {
    id,
    companyId,
    url: `https://nordlys.no/${id}`,
    pageUrl: `https://nordlys.no/${id}`,
    title: `Page ${id}`,
    domain: 'nordlys.no',
    siteName: 'Nordlys',
    excerpt: '',
    method: 'readability',
    wordCount: 3,
    truncated: false,
    kind: 'company',
    evidence: [{ promptId: 'vision', sentence, score: 1, blockIndex: 0 }],
    clippedAt: updatedAt,
    updatedAt,
  };
}

describe('loading the prep board', () => {
  test('gathers the company, its clips’ evidence (newest first) and its notes by prompt', async () => {
    await db().companies.add(company);
    await db().clips.bulkAdd([clip('old', 'co1', 1, 'Old vision.'), clip('new', 'co1', 2, 'New vision.'), clip('other', 'co2', 3, 'Not ours.')]);
    await saveAnswer(db(), 'co1', 'vision', 'Mine', 10);
    await pinEvidence(db(), 'co1', 'vision', { sentence: 'New vision.', clipId: 'new', url: 'https://nordlys.no/new' }, 11);
    await dismissEvidence(db(), 'co1', 'vision', evidenceKey('Old vision.'));
    await saveAnswer(db(), 'co2', 'vision', 'Other company');

    const board = await loadPrepBoard(db(), 'co1');
    expect(board.company?.name).toBe('Nordlys');
    expect(board.clipsHits.map((hits) => hits.clipId)).toEqual(['new', 'old']);
    expect(board.clipsHits[0]).toEqual({ clipId: 'new', url: 'https://nordlys.no/new', hits: [{ promptId: 'vision', sentence: 'New vision.', score: 1, blockIndex: 0 }] });
    expect(board.sources.get('old')).toEqual({ clipId: 'old', url: 'https://nordlys.no/old', title: 'Page old', domain: 'nordlys.no', siteName: 'Nordlys' });
    expect(board.notesByPrompt.get('vision')?.map((note) => note.kind)).toEqual(['answer', 'pin']);
    expect(board.dismissedByPrompt.get('vision')).toEqual(new Set([evidenceKey('Old vision.')]));
  });

  test('a deleted company loads as undefined with nothing else', async () => {
    const board = await loadPrepBoard(db(), 'gone');
    expect(board.company).toBeUndefined();
    expect(board.clipsHits).toEqual([]);
    expect(board.notesByPrompt.size).toBe(0);
  });
});

function note(promptId: string, kind: Note['kind'], text: string): Note {
  return { id: `${promptId}-${kind}-${text}`, companyId: 'co1', promptId, kind, text, createdAt: 0, updatedAt: 0 };
}

describe('readiness', () => {
  const sections: PromptSection[] = PROMPT_SECTIONS.filter((section) => ['vision-strategy', 'do-better'].includes(section.id));
  const visionTotal = sections[0]?.prompts.length ?? 0;

  test('counts prompts with a non-blank answer, per section and overall', () => {
    const notes = new Map([
      ['vision', [note('vision', 'answer', 'Clean power')]],
      ['strategy', [note('strategy', 'answer', '   ')]],
      ['values', [note('values', 'pin', 'Pinned only')]],
    ]);
    const result = readiness(sections, notes);
    expect(result.sections.get('vision-strategy')).toEqual({ answered: 1, total: visionTotal });
    expect(result.sections.get('do-better')).toEqual({ answered: 0, total: 1 });
    expect(result.overall).toEqual({ answered: 1, total: visionTotal + 1 });
  });

  test('do-better counts as answered once one improvement exists', async () => {
    const improvement = await addImprovement(db(), 'co1', { area: 'digital', observation: 'Slow site', idea: 'Cache' });
    expect(readiness(sections, new Map([['do-better', [improvement]]])).sections.get('do-better')).toEqual({ answered: 1, total: 1 });
  });

  test('the whole catalogue starts at zero', () => {
    const { overall } = readiness(PROMPT_SECTIONS, new Map());
    expect(overall.answered).toBe(0);
    expect(overall.total).toBe(PROMPT_SECTIONS.flatMap((section) => section.prompts).length);
  });
});
