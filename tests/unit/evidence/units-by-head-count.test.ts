// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import { namesUnitAsSubject } from '../../../core/evidence/unit-subject';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Department: a unit told by its head count where the count stands beside the unit's name: in apposition
 * ("Kundesenteret, 22 medarbeidere på Krøderen, hadde …"), after "is" ("Hemtjänstgrupp Norr är 18 undersköterskor
 * …"), or in the first person with the unit after the count ("Vi är sju personer i IT-supporten …"). Not a
 * region, a date, a share or a sum beside a name, nor the company's or the municipality's size.
 */

const departmentHits = (sentence: string, lang: string, others: string[] = []): string[] => {
  const department = getPrompt('department');
  if (!department) throw new Error('No prompt department');
  const blocks: TextBlock[] = [...others, sentence].map((text) => ({ tag: 'p', heading: 'Resultater', text }));
  return scoreBlocks(blocks, lang, [department], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('department: a unit beside its head count', () => {
  it.each([
    ['en', 'We are nine people in the payments team and look after every card payment the shops take.'],
    ['nb', 'Kundesenteret, 22 medarbeidere på Krøderen, hadde den høyeste svarprosenten.'],
    ['nb', 'Driftsgruppa, sju montører i Hallingdal, rykker ut på alle strømbrudd i dalen.'],
    ['nb', 'Vi er ni personer i IT-avdelingen og hjelper 600 kolleger med PC, telefon og skanner.'],
    ['nb', 'Hjemmetjenestegruppe Sør er 16 sykepleiere og helsefagarbeidere som besøker 80 brukere.'],
    ['sv', 'Hemtjänstgrupp Norr är 18 undersköterskor och vårdbiträden som hjälper omkring 70 äldre.'],
    ['sv', 'Vi är sju personer i IT-supporten och hjälper 900 kollegor på terminaler och kontor.'],
    ['sv', 'Kundtjänsten, 30 handläggare i Sundsvall, svarar på alla frågor om fakturor.'],
  ])('%s: "%s" names a unit', (lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(true);
  });

  it.each([
    ['nb', 'Kundesenteret, 22 medarbeidere på Krøderen, hadde den høyeste svarprosenten, 98 prosent.', 'I montørgruppa svarer fire av ti at de har jobbet mye overtid.'],
    ['sv', 'Hemtjänstgrupp Norr är 18 undersköterskor och vårdbiträden som hjälper omkring 70 äldre i byarna.', 'Du kommer att arbeta dag och kväll varannan helg.'],
    ['sv', 'Vi är sju personer i IT-supporten och hjälper 900 kollegor på terminaler, i lastbilar och på kontor.', 'Varje fredag tittar vi tillsammans på veckans krångligaste ärende.'],
  ])('%s: the unit ranks first for the department', (lang, sentence, other) => {
    expect(departmentHits(sentence, lang, [other])[0]).toBe(sentence);
  });

  it.each([
    ['en', 'We are 400 people in twelve countries and growing every year.'],
    ['nb', 'Vestlandet, 12 prosent av befolkningen, fikk mest regn i år.'],
    ['nb', 'Kommunen er 3 000 ansatte fordelt på skoler, barnehager og sykehjem.'],
    ['nb', 'Sommeren, tre uker i juli, er den travleste tiden i butikken.'],
    ['nb', 'Vi er 12 000 ansatte i tolv land.'],
    ['sv', 'Vi är fem år gamla som företag och har vuxit varje år.'],
    ['sv', 'Hösten, 14 dagar i oktober, stänger vi för inventering.'],
    ['sv', 'Johansson, 45 år, har arbetat här sedan 2001.'],
    ['en', 'Tom Reed, 45 years old, joined us from the navy.'],
  ])('%s: "%s" names no unit', (_lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(false);
  });
});
