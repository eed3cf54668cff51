// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../core/model';
import { getPrompt, PROMPTS, type Prompt } from '../../../core/prompts';
import { scoreBlocks } from '../../../core/evidence/score';

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const under = (heading: string, ...texts: string[]): TextBlock[] => [
  { tag: 'h2', text: heading },
  ...texts.map((text) => ({ heading, tag: 'p', text })),
];

describe('scoreBlocks', () => {
  it('weighs a sentence under a matching heading far above a passing mention', () => {
    const blocks = [
      ...under('Nyheter', 'Styret diskuterte visjonen på et møte i mars, sammen med budsjettet.'),
      ...under('Vår visjon', 'Vi skal gjøre det enkelt å leve fornybart i nord.'),
    ];
    const hits = scoreBlocks(blocks, 'nb', [prompt('vision')]);
    expect(hits[0]?.sentence).toBe('Vi skal gjøre det enkelt å leve fornybart i nord.');
    expect(hits[0]?.heading).toBe('Vår visjon');
    expect(hits[0]?.blockIndex).toBe(3);
    const passing = hits.find((h) => h.sentence.startsWith('Styret'));
    expect(passing === undefined || passing.score * 2 <= (hits[0]?.score ?? 0), 'Should weigh the heading at least twice').toBe(true);
  });

  it.each([
    ['nb', 'Strategi mot 2030', 'strategy'],
    ['sv', 'Våra värderingar', 'values'],
    ['en', 'Our mission', 'vision'],
    ['sv', 'Vi söker dig som', 'key-qualities'],
  ])('recognises the %s heading "%s" for %s', (lang, heading, promptId) => {
    const hits = scoreBlocks(under(heading, 'Det här är en helt vanlig mening utan några särskilda ord.'), lang, [prompt(promptId)]);
    expect(hits).toHaveLength(1);
  });

  it('finds cues inside compounds', () => {
    const hits = scoreBlocks([{ tag: 'p', text: 'Konsernets satsingsområder er havvind og hydrogen.' }], 'nb', [prompt('strategy')]);
    expect(hits.map((h) => h.sentence)).toEqual(['Konsernets satsingsområder er havvind og hydrogen.']);
  });

  it('rejects cookie banners and menus even when they hold a cue', () => {
    const blocks: TextBlock[] = [
      { tag: 'p', text: 'Vi bruker informasjonskapsler for å forbedre nettsiden og målrette annonser.' },
      { tag: 'li', text: 'Strategi' },
      { tag: 'li', text: 'Visjon og verdier' },
      { tag: 'li', text: 'Kontakt' },
    ];
    expect(scoreBlocks(blocks, 'nb')).toEqual([]);
  });

  it('keeps at most the top N per prompt, without repeats', () => {
    const texts = Array.from({ length: 8 }, (_, i) => `Strategien vår har mål nummer ${i + 1} for vekst i nord.`);
    const hits = scoreBlocks(under('Om oss', ...texts, texts[0] ?? ''), 'nb', [prompt('strategy')], { limit: 3 });
    expect(hits).toHaveLength(3);
    expect(new Set(hits.map((h) => h.sentence)).size).toBe(3);
  });

  it('skips prompts that do not look at this kind of clip', () => {
    const blocks = under('Kvalifikasjoner', 'Du har minst fem års erfaring med utvikling.');
    expect(scoreBlocks(blocks, 'nb', PROMPTS, { clipKind: 'company' }).some((h) => h.promptId === 'key-qualities')).toBe(false);
    expect(scoreBlocks(blocks, 'nb', PROMPTS, { clipKind: 'job-ad' }).some((h) => h.promptId === 'key-qualities')).toBe(true);
  });

  it('never returns hits for answer-only prompts', () => {
    const hits = scoreBlocks(under('Karriere', 'Karrieremålene dine er viktige for oss.'), 'nb');
    expect(hits.some((h) => ['why-you', 'weak-spots'].includes(h.promptId))).toBe(false);
    // Career goals look at pages for paths the company offers; a line about the reader's goals is none.
    expect(hits.some((h) => h.promptId === 'career-goals')).toBe(false);
  });

  it('guesses the language when the page does not say', () => {
    const blocks = under('Vår värdegrund', 'Vi tror på öppenhet och att alla ska känna sig välkomna hos oss.');
    expect(scoreBlocks(blocks, undefined, [prompt('values')])).toHaveLength(1);
    expect(scoreBlocks(blocks, 'sv-SE', [prompt('values')])).toHaveLength(1);
  });

  it('returns scores rounded to two decimals', () => {
    const hits = scoreBlocks(under('Strategi', 'Vi skal vokse i Sverige og Danmark de neste årene.'), 'nb');
    for (const hit of hits) expect(Math.round(hit.score * 100) / 100).toBe(hit.score);
  });
});
