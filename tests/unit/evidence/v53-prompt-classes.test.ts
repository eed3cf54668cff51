// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { analyseCapture } from '../../../core/capture/analyse';
import type { CapturedPage } from '../../../core/model';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the fifty-third held-out set showed, read in the session after the one that measured it: a person new in
 * a post is no plan, whatever its date ("Ny produksjonsdirektør fra 1. oktober er …", "Verkställande direktör … tillträdde
 * i mars 2025 …"); the other articles a paper's "Read more" box lists are no sentences of the article. Sentences written
 * for this test.
 */

describe('a person new in a post is no plan', () => {
  test.each([
    ['nb', 'Ny produksjonsdirektør fra 1. oktober er Tone Ulvskjær, som kommer fra en verkstedbedrift i Mosjøen.'],
    ['sv', 'Verkställande direktör Helena Ulvhufvud tillträdde i mars 2025 och kom närmast från en tjänst som produktionschef i bolaget.'],
    // Read so before in English.
    ['en', 'New production director from 1 October is Tone Ulvskjær, who joins from a yard in Mosjøen.'],
  ] as const)('%s: not strategy: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'company')).not.toContain('strategy');
  });
  test('guards: the company\'s own dated plan is still strategy, and the newcomer is still a person', () => {
    expect(promptsOf('Vi skal investere 40 millioner kroner i en ny platebøyer i 2027.', 'nb', 'company')).toContain('strategy');
    expect(promptsOf('Ny produksjonsdirektør fra 1. oktober er Tone Ulvskjær, som kommer fra en verkstedbedrift i Mosjøen.', 'nb', 'company')).toContain('people');
  });
});

describe("a paper's box of other articles", () => {
  const article = (box: string): CapturedPage =>
    ({
      pageUrl: 'https://www.ulvcourier.example/news/2026/12/grain-site',
      lang: 'en',
      metadata: { title: 'Grain site boss on a year of change', canonicalUrl: 'https://www.ulvcourier.example/news/2026/12/grain-site', siteName: 'Ulv Valley Courier', type: 'article' },
      jsonLd: [],
      blocks: [
        { tag: 'h1', text: "'We were too slow': grain site boss on a year of change" },
        { tag: 'p', text: 'By Tessa Ulvmarr · Updated December 4 2026' },
        { tag: 'p', text: '"By 2028 we want to move 70 per cent of our grain out by rail," Mr Ulvland said.' },
        { tag: 'h3', text: box },
        { tag: 'li', text: 'Cotton gin expansion approved at Wee Waa by 2028' },
        { tag: 'li', text: 'Road train crash closes Newell Highway' },
      ],
      factBlocks: [],
    }) as unknown as CapturedPage;
  test('en: "Read more" over other headlines: only the article\'s own sentence is strategy', () => {
    const strategy = analyseCapture(article('Read more'), 'https://www.ulvcourier.example/news/2026/12/grain-site').evidence.filter((h) => h.promptId === 'strategy').map((h) => h.sentence);
    expect(strategy.some((s) => s.includes('Cotton gin'))).toBe(false);
    expect(strategy.some((s) => s.includes('By 2028'))).toBe(true);
  });
  test('en: (guard) a heading of the article\'s own keeps its lines', () => {
    const strategy = analyseCapture(article('The plan'), 'https://www.ulvcourier.example/news/2026/12/grain-site').evidence.filter((h) => h.promptId === 'strategy').map((h) => h.sentence);
    expect(strategy.some((s) => s.includes('Cotton gin'))).toBe(true);
  });
});
