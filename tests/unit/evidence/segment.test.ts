// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_SENTENCE_CHARS, splitLong, splitSentences } from '../../../core/evidence/segment';

describe('splitSentences', () => {
  it('keeps Norwegian abbreviations inside their sentence', () => {
    const text = 'Vi har bl.a. kontorer i Tromsø og Bodø. Det er f.eks. viktig for kundene. Ca. 200 ansatte jobber her.';
    expect(splitSentences(text, 'nb')).toEqual([
      'Vi har bl.a. kontorer i Tromsø og Bodø.',
      'Det er f.eks. viktig for kundene.',
      'Ca. 200 ansatte jobber her.',
    ]);
  });

  it('keeps Swedish abbreviations inside their sentence', () => {
    const text = 'Vi har t.ex. kontor i Malmö. Vi har bl.a. 300 anställda. Omsättningen ökade med ca. 5 % i fjol. Vi säljer möbler, lampor osv. Nästa år växer vi.';
    expect(splitSentences(text, 'sv')).toEqual([
      'Vi har t.ex. kontor i Malmö.',
      'Vi har bl.a. 300 anställda.',
      'Omsättningen ökade med ca. 5 % i fjol.',
      'Vi säljer möbler, lampor osv.',
      'Nästa år växer vi.',
    ]);
  });

  it('keeps English abbreviations and initials inside their sentence', () => {
    const text = 'We work with e.g. banks and insurers. Mr. Smith leads the team. J. R. Hansen is our CEO.';
    expect(splitSentences(text, 'en')).toEqual([
      'We work with e.g. banks and insurers.',
      'Mr. Smith leads the team.',
      'J. R. Hansen is our CEO.',
    ]);
  });

  it('breaks before a dash that opens a quote', () => {
    expect(splitSentences('Kundene klager. – Vi tar det på alvor, sier hun.', 'nb')).toEqual([
      'Kundene klager.',
      '– Vi tar det på alvor, sier hun.',
    ]);
  });

  it('normalises whitespace and ignores empty text', () => {
    expect(splitSentences('  Vi   vokser.\n\nDu  også. ', 'nb')).toEqual(['Vi vokser.', 'Du også.']);
    expect(splitSentences('   ', 'nb')).toEqual([]);
  });

  it('copes with an invalid language tag', () => {
    expect(splitSentences('One sentence. Another one.', 'not a tag!')).toEqual(['One sentence.', 'Another one.']);
  });

  describe('without Intl.Segmenter', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('falls back to punctuation and still knows the abbreviations', () => {
      vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
      const text = 'Vi har bl.a. kontor i Oslo. Det er f.eks. viktig! Hva nå? «Vi vokser,» sier hun.';
      expect(splitSentences(text, 'nb')).toEqual([
        'Vi har bl.a. kontor i Oslo.',
        'Det er f.eks. viktig!',
        'Hva nå?',
        '«Vi vokser,» sier hun.',
      ]);
    });
  });
});

describe('splitLong', () => {
  it('cuts a very long block at clause boundaries into quotable pieces', () => {
    const clause = 'vi bygger nye anlegg for fornybar energi i hele regionen';
    const long = Array.from({ length: 20 }, () => clause).join('; ');
    const pieces = splitSentences(long, 'nb');
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(pieces.join(' ').replace(/;/g, '')).toBe(long.replace(/;/g, ''));
  });

  it('cuts text without any punctuation at word boundaries', () => {
    const long = Array.from({ length: 100 }, (_, i) => `ord${i}`).join(' ');
    const pieces = splitLong(long, 100);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(100);
    expect(pieces.join(' ')).toBe(long);
  });
});
