// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { namesWithDescriptors, titlesWithField } from '../../../core/evidence/bylines';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * People a page signs off with or quotes under a long title: a closing line of two names, each with what
 * they are, whatever words the titles are ("hovedtillitsvalgt", "skyddsombud"); a signature whose next line
 * is the footer (no bio); a title with its field written before the name ("Kommunalsjef for helse og
 * omsorg Anne Grethe Bøe sier …"); and what is no person (a list of places, a field that runs into a firm).
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const para = (text: string, heading = 'Uttalelse'): TextBlock => ({ tag: 'p', heading, text });
const people = (blocks: TextBlock[], lang: string) =>
  scoreBlocks(blocks, lang, [prompt('people')], { clipKind: 'company' }).map((h) => [h.sentence, ...(h.parts ?? [])].join(' | '));

describe('people: a closing line of two names, each with what they are', () => {
  it.each([
    ['en', 'Dev Patel, branch secretary, and Laura Jones, safety representative', ['Dev Patel', 'Laura Jones']],
    ['nb', 'Kari Ystgaard, hovedtillitsvalgt, og Ole Martin Aune, hovedverneombud', ['Kari Ystgaard', 'Ole Martin Aune']],
    ['nb', 'Sigrid Moe, klubbleiar, og Arne Vik, verneombod', ['Sigrid Moe', 'Arne Vik']],
    ['sv', 'Eva Strand, huvudskyddsombud, och Nils Berg, ordförande i klubben', ['Eva Strand', 'Nils Berg']],
  ])('%s: "%s" names the people who sign it', (lang, line, names) => {
    expect(namesWithDescriptors(line)).toEqual(names);
    const blocks = [para('Vi har drøftet forslaget med medlemmene på tre allmøter i høst.'), para(line), para('Midt-Norsk Dagligvare AS · Lager Heimdal')];
    expect(people(blocks, lang).some((s) => s.startsWith(line))).toBe(true);
  });

  it.each([
    ['en', 'Leeds, Bradford and Wakefield, West Yorkshire'],
    ['en', 'Anna Berg, Tom Lund, Sara Holm and Per Dahl'],
    ['nb', 'Tromsø, Bodø, Alta og Harstad, Nord-Norge'],
    ['nb', 'Kari Ystgaard, hovedtillitsvalgt, og Ole Martin Aune, hovedverneombud, har skrevet under.'],
    ['sv', 'Eva Strand, 2019, och Nils Berg, 2021'],
  ])('%s: "%s" is no line of names with what they are', (_lang, line) => {
    expect(namesWithDescriptors(line)).toEqual([]);
  });
});

describe('people: a signature above the footer keeps no footer as its bio', () => {
  it.each([
    ['en', 'Helen Marsh, Customer Director', 'Pennine Fibre Ltd · Company no. 10928374 · Privacy · Cookies'],
    ['nb', 'Trine Aas, kundedirektør', 'Nordnett AS · Org.nr. 912 345 678 · Personvern · Informasjonskapsler'],
    ['sv', 'Karin Ek, kundchef', 'Västnät AB · Org.nr 556677-8899 · Integritetspolicy · Kakor'],
  ])('%s: "%s" surfaces on its own', (lang, signature, footer) => {
    const blocks = [para('Vi svarer alle kundene som skrev til oss etter bruddet i november.'), para(signature), para(footer)];
    const found = people(blocks, lang);
    expect(found.some((s) => s.startsWith(signature.split(',')[0]!))).toBe(true);
    expect(found.some((s) => s.includes(footer.slice(0, 12)))).toBe(false);
  });

  it('a bio that is prose is still read with the name', () => {
    const blocks = [para('Helen Marsh'), para('Customer Director'), para('Helen has run our customer service since 2019 and answers complaints herself.')];
    expect(people(blocks, 'en').join(' ')).toContain('Helen has run our customer service since 2019');
  });
});

describe('people: a title with its field written before the name', () => {
  it.each([
    ['nb', 'Kommunalsjef for helse og omsorg Anne Grethe Bøe sier at flere faste stillinger skal hjelpe.', 'Anne Grethe Bøe'],
    ['nb', 'Avdelingsleder for drift og vedlikehold Per Olav Lien mener skiftplanen må endres.', 'Per Olav Lien'],
    ['sv', 'Enhetschef för hemtjänsten i norr Sara Lind säger att bilarna räcker.', 'Sara Lind'],
    ['en', 'Director of operations at the depot Jane Smith said the new rota starts in May.', 'Jane Smith'],
  ])('%s: "%s" names %s', (lang, sentence, name) => {
    expect(titlesWithField(sentence).map((p) => p.name)).toContain(name);
    expect(people([para(sentence)], lang)).toContain(sentence);
  });

  it.each([
    ['nb', 'Hun leder for tiden Nordkyst Nett og Fjordkraft Drift.'],
    ['nb', 'Vi søker en daglig leder for butikken i Molde.'],
    ['sv', 'Vi söker en chef för lagret i Jönköping till hösten.'],
    ['en', 'We are looking for a manager for the new store in Leeds.'],
    ['en', 'The lead for the project at Harbour Insight joined in May.'],
  ])('%s: "%s" names nobody', (_lang, sentence) => {
    expect(titlesWithField(sentence)).toEqual([]);
  });
});
