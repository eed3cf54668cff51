// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shownAlone } from './do-better-alone';

/**
 * Trouble named without a shortfall of the company's own to do better now:
 * - history: a hard time remembered in a speech, or the backdrop of what someone kept going (weathered.ts);
 * - a market's demand that fell, a strike at someone else's port: outside causes (outside-causes.ts);
 * - a trouble ruled out for those served ("should never have to …"), on a company page or quoted in news (never-have-to.ts).
 * A trouble of the company's own told beside them still counts.
 */

describe('hard times told as history', () => {
  it.each([
    ['en', 'Many of you remember the flood in 2012, when the yard was under water for a week and orders ran two weeks late.'],
    ['en', 'During the 2021 chip shortage he kept the assembly line running, although deliveries were late.'],
    ['nb', 'Mange av dere husker brannen i 2014, da lageret sto stille i tre uker.'],
    ['nb', 'Gjennom strømkrisen i fjor holdt hun bakeriet i gang, selv om leveransene var forsinket.'],
    ['sv', 'Alla minns strejken 2019, då leveranserna blev tre veckor försenade.'],
    ['sv', 'Under chipbristen 2021 höll han linjen igång med delar från tre leverantörer.'],
  ])('%s: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([]);
  });

  it.each([
    // A shortfall of the company's own, with no memory and no feat: still one.
    ['en', 'In March we had to recall two batches after a labelling error, and our service level fell to 91 percent, well below our target of 98.'],
    ['nb', 'I 2014 sto lageret vårt stengt i tre uker, og vi leverte for sent til 40 kunder.'],
    ['sv', 'Under 2019 blev våra leveranser tre veckor försenade.'],
  ])('%s, still a shortfall: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });
});

describe('a market’s demand and a strike elsewhere', () => {
  it.each([
    ['en', 'Demand for timber in Germany declined over the summer, and a strike at a port in Belgium held ships for a week.'],
    ['nb', 'Etterspørselen etter laks i Asia falt i høst, og en streik i en havn i Danmark forsinket båtene.'],
    ['sv', 'Efterfrågan på papper i Europa sjönk under våren, och en strejk i en hamn i Tyskland försenade fartyg under en vecka.'],
  ])('%s: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([]);
  });
});

describe('a trouble ruled out for those served', () => {
  it.each([
    ['en', 'A customer should never have to leave empty handed, says the director.'],
    ['nb', '– En pasient skal aldri måtte gå uten svar, sier avdelingslederen.'],
    ['sv', '– En kund ska aldrig behöva åka tomhänt härifrån, säger butikschefen.'],
  ])('%s: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'news')).toEqual([]);
    expect(shownAlone(sentence, lang)).toEqual([]);
  });
});
