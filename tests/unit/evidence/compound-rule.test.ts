// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { compileCues, findCues } from '../../../core/evidence/cues';
import { scoreBlocks } from '../../../core/evidence/score';
import { getPrompt } from '../../../core/prompts';

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

describe('a cue followed by "free" says the problem is absent', () => {
  test.each([
    ['nb', 'feil', 'Alle opplag kontrolltelles slik at leveransen er feilfri.'],
    ['nb', 'problem', 'Overgangen til nytt system gikk problemfritt.'],
    ['sv', 'fel', 'Alla leveranser kontrolleras så att de är felfria.'],
    ['sv', 'problem', 'Flytten till det nya lagret gick problemfritt.'],
  ])('%s: "%s" is not found in "%s"', (lang, cue, text) => {
    expect(found(cue, text, lang as 'nb' | 'sv')).toBe(false);
  });

  test('the cue itself and its inflections still count', () => {
    expect(found('feil', 'Feilen ble rettet samme dag.', 'nb')).toBe(true);
    expect(found('fel', 'Felen rättades samma dag.', 'sv')).toBe(true);
    expect(found('problem', 'Problemene med appen er ikke løst.', 'nb')).toBe(true);
  });
});

test('English: "fault-free" is not something to do better, a fault is', () => {
  const sentence = 'Every order is counted twice so that deliveries are fault-free.';
  const hits = scoreBlocks([{ tag: 'p', heading: 'Quality', text: sentence }], 'en', [getPrompt('do-better')!], { clipKind: 'company' });
  expect(hits.map((h) => h.sentence)).not.toContain(sentence);
  const problem = 'A fault in the counting line delayed deliveries all autumn.';
  expect(scoreBlocks([{ tag: 'p', text: problem }], 'en', [getPrompt('do-better')!], { clipKind: 'company' }).map((h) => h.sentence)).toContain(problem);
});

describe('a cue that is little more than a suffix is not the first part of a compound', () => {
  test.each([
    ['nb', 'Vi gir deg enhetspris per eksemplar allerede i tilbudet.'],
    ['sv', 'Du får ett fast enhetspris per meter i offerten.'],
  ])('%s: "enhet" is not found in "%s"', (lang, text) => {
    expect(found('enhet', text, lang as 'nb' | 'sv')).toBe(false);
  });

  test('its inflections still count', () => {
    expect(found('enhet', 'Enheten har tolv medarbeidere.', 'nb')).toBe(true);
    expect(found('enhet', 'Enhetene våre ligger i Bergen og Oslo.', 'nb')).toBe(true);
    expect(found('enhet', 'Enheterna finns i Malmö och Lund.', 'sv')).toBe(true);
  });

  test('English: a unit price is not a unit you would join', () => {
    const sentence = 'We quote a fixed unit price per copy in every offer.';
    const hits = scoreBlocks([{ tag: 'p', text: sentence }], 'en', [getPrompt('department')!], { clipKind: 'company' });
    expect(hits.map((h) => h.sentence)).not.toContain(sentence);
  });
});
