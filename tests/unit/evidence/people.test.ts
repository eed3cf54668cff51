// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';

const people = (blocks: TextBlock[], lang: string, kind: 'company' | 'job-ad' = 'company') =>
  scoreBlocks(blocks, lang, undefined, { clipKind: kind }).filter((h) => h.promptId === 'people');

describe('people as a team page and an ad show them', () => {
  test('a name heading, its role below and the bio are one piece of evidence', () => {
    const blocks: TextBlock[] = [
      { tag: 'h2', text: 'Møt teamet' },
      { tag: 'h3', text: 'Kari Nordmann', heading: 'Møt teamet' },
      { tag: 'p', text: 'Daglig leder', heading: 'Kari Nordmann' },
      { tag: 'p', text: 'Kari har ledet selskapet siden 2019 og kom fra en stilling i Equinor. Hun er utdannet sivilingeniør.', heading: 'Kari Nordmann' },
      { tag: 'h3', text: 'Ola Berg', heading: 'Møt teamet' },
      { tag: 'p', text: 'Teknologidirektør', heading: 'Ola Berg' },
    ];
    const hits = people(blocks, 'nb');
    expect(hits.map((h) => h.sentence)).toEqual(
      expect.arrayContaining(['Kari Nordmann – Daglig leder. Kari har ledet selskapet siden 2019 og kom fra en stilling i Equinor.', 'Ola Berg – Teknologidirektør.']),
    );
    expect(hits.some((h) => h.sentence === 'Daglig leder'), 'the role is not shown apart from its name').toBe(false);
  });

  test('the contact person of an ad surfaces, phone number and all', () => {
    const blocks: TextBlock[] = [
      { tag: 'h2', text: 'Kontakt' },
      { tag: 'p', text: 'Kontaktperson: Hanne Strand, enhetsleder, tlf. 900 11 222', heading: 'Kontakt' },
      { tag: 'p', text: 'Frågor om tjänsten besvaras av rekryterande chef Lena Ek på 070-123 45 67.', heading: 'Kontakt' },
    ];
    expect(people(blocks.slice(0, 2), 'nb', 'job-ad').map((h) => h.sentence)).toEqual(['Kontaktperson: Hanne Strand, enhetsleder, tlf. 900 11 222']);
    expect(people([blocks[2]!], 'sv', 'job-ad').map((h) => h.sentence)).toEqual(['Frågor om tjänsten besvaras av rekryterande chef Lena Ek på 070-123 45 67.']);
  });

  test('"Questions? Contact …" in an English ad names the hiring manager', () => {
    const hits = people([{ tag: 'p', text: 'Questions? Contact Jane Smith, Head of Design, at jane.smith@harbor.example.' }], 'en', 'job-ad');
    expect(hits).toHaveLength(1);
  });
});
