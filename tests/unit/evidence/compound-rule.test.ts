// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { compileCues, findCues } from '../../../core/evidence/cues';

/** The compound rule: a cue that is only part of a longer word is often another word. */
const found = (cue: string, text: string, lang: 'en' | 'nb' | 'sv'): boolean => findCues(text, compileCues([cue], lang)).length > 0;

describe('a cue inside a longer word', () => {
  test('Swedish: "enhet" is not found in "erfarenhet" or "nyfikenhet", but is in "affärsenheten"', () => {
    expect(found('enhet', 'Du har lång erfarenhet av redovisning.', 'sv')).toBe(false);
    expect(found('enhet', 'Vi värdesätter nyfikenhet och medvetenhet.', 'sv')).toBe(false);
    expect(found('enhet', 'Du arbetar i affärsenheten för energi.', 'sv')).toBe(true);
    expect(found('enhet', 'Enheten har tolv medarbetare.', 'sv')).toBe(true);
  });

  test('Swedish: a short cue is not the first part of a compound ("fel" ≠ "felplock"), its inflections still count', () => {
    expect(found('fel', 'Du minimerar antalet felplock i lagret.', 'sv')).toBe(false);
    expect(found('fel', 'Felet i systemet stoppade leveranserna.', 'sv')).toBe(true);
    expect(found('fel', 'Kunderna fick felaktiga fakturor.', 'sv')).toBe(true);
  });

  test('Norwegian: "enhet" is not found in "åpenhet"-like derivations, but is in "forretningsenheten"', () => {
    expect(found('enhet', 'Vi verdsetter egenhet og belegenhet.', 'nb')).toBe(false);
    expect(found('enhet', 'Du blir en del av forretningsenheten for nett.', 'nb')).toBe(true);
    expect(found('mål', 'Vi har en tydelig målgruppe.', 'nb')).toBe(false);
    expect(found('mål', 'Målene våre er ambisiøse.', 'nb')).toBe(true);
  });

  test('English: a short cue is a word or its inflection, not the start of another word', () => {
    expect(found('team', 'Our teammate programme pairs new hires.', 'en')).toBe(false);
    expect(found('team', 'The teams ship every week.', 'en')).toBe(true);
    expect(found('goal', 'The goalkeeper saved it.', 'en')).toBe(false);
    expect(found('goal', 'Our goals for 2027 are set.', 'en')).toBe(true);
  });
});
