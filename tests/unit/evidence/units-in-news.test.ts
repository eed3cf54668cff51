// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import { namesUnitAsSubject } from '../../../core/evidence/unit-subject';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Department, in the page kinds that name a unit in passing: a press release or a news story says which
 * section, centre or team does the work ("Tunnelseksjonen i Voss har ansvar for …", "The Carlisle team will
 * …"), and an ad or a career page names a unit with a short name ("Lageret på Gardermoen har 40 ansatte").
 * Not a surname, a meeting, a season, or the company's spokesperson.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const departmentHits = (sentences: string[], lang: string, kind: 'company' | 'news' | 'job-ad'): string[] => {
  const blocks: TextBlock[] = sentences.map((text) => ({ tag: 'p', heading: 'Nyheter', text }));
  return scoreBlocks(blocks, lang, [prompt('department')], { clipKind: kind }).map((h) => h.sentence);
};

describe('department: a unit named in a press release or a news story', () => {
  it.each([
    ['nb', 'Tunnelseksjonen i Voss har ansvar for 80 tunneler mellom Bergen og Flåm.'],
    ['nb', 'Lageret på Gardermoen får et eget nattskift fra mars.'],
    ['sv', 'Trafikcentralen i Sundsvall övervakar all tågtrafik mellan Gävle och Umeå.'],
    ['sv', 'Akutmottagningen i Falun har i dag 60 sjuksköterskor.'],
    ['en', 'The Carlisle team will take over the servicing of all lifts in Cumbria.'],
  ])('%s: %s is shown in the news', (lang, sentence) => {
    expect(departmentHits([sentence], lang, 'news')).toEqual([sentence]);
  });

  it.each([
    // A sentence of the story without a unit: the company, a statement, a date.
    ['nb', 'Reparasjonen starter i november og skal være ferdig før jul.'],
    ['sv', 'Beslutet fattades av styrelsen i torsdags efter en lång diskussion.'],
    ['en', 'The company said it expected the work to be finished before Christmas.'],
  ])('%s: %s is not shown', (lang, sentence) => {
    expect(departmentHits([sentence], lang, 'news')).toEqual([]);
  });
});

describe('department: a unit with a short name, at a place or with a count', () => {
  it.each([
    ['nb', 'Lageret på Gardermoen har 40 ansatte fordelt på tre skift.'],
    ['nb', 'Salget i Tromsø har fem selgere som dekker hele Nord-Norge.'],
    ['sv', 'Lagret i Jönköping har 35 anställda och levererar till hela Småland.'],
  ])('%s: %s names a unit', (lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(true);
    expect(departmentHits([sentence], lang, 'job-ad')).toEqual([sentence]);
  });

  it.each([
    // Too short to be a unit's name, a place, or no place nor count after it.
    ['Byen i nord har vokst raskt.'],
    ['Laget på Hamar har vunnet tre kamper.'],
    ['Landet har 5 millioner innbyggere.'],
    ['Lageret er stort og lyst.'],
    ['Huset på Tjøme er fra 1890.'],
    // What happened to a place ("har tagit in", "har fått"): an event of the story, not the unit at work.
    ['Bageriet på Väster har tagit in extra personal inför jul.'],
    ['Kontoret i Bergen har fått nye lokaler ved Bryggen.'],
  ])('%s names no unit', (sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(false);
  });
});
