// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { clipUrl, countWords } from '../../../core/capture/clip-url';

describe('clip URLs and word counts', () => {
  test('the same page reached through tracking links or anchors is one clip', () => {
    expect(clipUrl('https://nordlys.no/om-oss?utm_source=linkedin&utm_medium=social#visjon')).toBe('https://nordlys.no/om-oss');
    expect(clipUrl('https://nordlys.no/jobb?id=42&fbclid=abc')).toBe('https://nordlys.no/jobb?id=42');
  });

  test('words are counted in any of our languages, with compounds as one word', () => {
    expect(countWords('Vår visjon: satsingsområder for 2030!')).toBe(5);
    expect(countWords('Våra värderingar – värdegrund och ansvar')).toBe(5);
    expect(countWords('   ')).toBe(0);
  });
});
