// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import { namesUnitAsSubject } from '../../../core/evidence/unit-subject';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Department: a unit named by what it does rather than by a word for a unit ("Kontrollsenteret",
 * "Förlossningen", "Oppfølgingstjenesten", "the control centre"), as the subject of a sentence that places
 * it or counts its people, is about the unit. Not a surname, a region, a season or a place in town.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const departmentHits = (sentences: string[], lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'h1', text: 'Om oss' }, ...sentences.map((text) => ({ tag: 'p', heading: 'Om oss', text }))];
  return scoreBlocks(blocks, lang, [prompt('department')], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('department: a unit named by what it does, at a place or with a count', () => {
  it.each([
    ['nb', 'Driftssentralen i Bodø følger med på alle pumpestasjonene og sender ut vakta når en alarm går.'],
    ['nb', 'Ungdomstjenesten har seks veiledere som følger opp elever som står uten læreplass.'],
    ['nb', 'Fødeavdelinga på Lofoten sykehus tar imot 400 barn i året.'],
    ['sv', 'Driftcentralen i Luleå övervakar elnätet dygnet runt och skickar ut montörer vid larm.'],
    ['sv', 'Akutmottagningen i Mora har i dag 22 sjuksköterskor och tar emot 30 000 patienter om året.'],
    ['sv', 'Förlossningen på Visby lasarett tar emot 500 barn om året.'],
    ['en', 'The control centre in Leeds watches the whole network day and night.'],
    ['en', 'Our maternity ward at Kendal looks after 900 births a year.'],
  ])('%s: %s', (lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(true);
  });

  it.each([
    ['nb', 'Driftssentralen i Bodø følger med på alle pumpestasjonene og sender ut vakta når en alarm går.', 'Vi er 200 ansatte som jobber for at vannet skal være rent.'],
    ['sv', 'Akutmottagningen i Mora har i dag 22 sjuksköterskor och tar emot 30 000 patienter om året.', 'Regionen har många duktiga medarbetare i hela länet.'],
    ['en', 'The control centre in Leeds watches the whole network day and night.', 'Most of our 300 staff have been with us for more than five years.'],
  ])('%s: the unit %s ranks above a passing count', (lang, unit, passing) => {
    expect(departmentHits([passing, unit], lang)[0]).toBe(unit);
  });
});

describe('department: what opens like a unit at work but is not one', () => {
  it.each([
    // A surname, a region, a valley, a season, a description with "er"/"är", a town's centre, a plain noun with no place or count.
    'Johansen i Bodø har tolv ansatte og kjører for oss.',
    'Vestlandet har fem nye vindparker på vei.',
    'Gudbrandsdalen har 20 000 innbyggere.',
    'Sommaren i Mora är kort men intensiv.',
    'Förlossningen i Mora är en av de äldsta i landet.',
    'The city centre in Leeds has forty shops.',
    'Tjenesten koster 99 kroner i måneden.',
    'Kontoret och lagret ligger i Östersund.',
  ])('%s', (sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(false);
  });
});
