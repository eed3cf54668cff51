// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { activeModel, useEvidenceModel } from '../../../core/evidence/model/judge';
import { scoreBlocks } from '../../../core/evidence/score';
import { tellsPurposeShape } from '../../../core/evidence/purpose-shapes';
import { fold, words } from '../../../core/evidence/stems';

/**
 * Prompt classes of the twenty-fifth held-out set, moved into tuning. Sentences written for this test, none copied from
 * the fixtures; the rules alone (no learned judge), so the structure is what is tested.
 */

function hitsOf(sentence: string, lang: string, kind: 'company' | 'news' = 'company') {
  const shipped = activeModel();
  useEvidenceModel(undefined);
  try {
    return scoreBlocks([{ tag: 'p', text: sentence }], lang, undefined, { clipKind: kind });
  } finally {
    useEvidenceModel(shipped);
  }
}
const promptsOf = (sentence: string, lang: string, kind: 'company' | 'news' = 'company'): string[] => hitsOf(sentence, lang, kind).map((h) => h.promptId);
const scoreOf = (sentence: string, lang: string, promptId: string): number => hitsOf(sentence, lang).find((h) => h.promptId === promptId)?.score ?? 0;

describe("vision: the company's task named as its own ('Our job is to …', 'Jobben vår er å …', 'Vår uppgift är att …')", () => {
  it.each([
    ['en', 'Our mission is to give fishing families on the coast fair loans to grow their boats into businesses.'],
    ['nb', 'Oppdraget vårt er å gi fiskerfamilier på kysten rimelige lån slik at de kan vokse.'],
    ['sv', 'Vårt uppdrag är att ge fiskefamiljer längs kusten rimliga lån så att de kan växa.'],
  ])('%s: a growth word in it is the purpose\'s outcome, the vision outweighs the strategy: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('vision');
    expect(scoreOf(sentence, lang, 'vision')).toBeGreaterThanOrEqual(scoreOf(sentence, lang, 'strategy'));
  });

  it.each([
    ['en', 'Our job is to make sure that every parcel reaches the islands on the day we promised.'],
    ['nb', 'Jobben vår er å sørge for at hver pakke kommer fram til øyene den dagen vi lovet.'],
    ['sv', 'Vår uppgift är att se till att varje paket kommer fram till öarna den dag vi lovade.'],
    ['en', 'Our aim has always been to build boats that a fisherman can afford to own.'],
    ['nb', 'Målet vårt har alltid vært å bygge båter som en fisker har råd til å eie.'],
    ['sv', 'Vårt mål har alltid varit att bygga båtar som en fiskare har råd att äga.'],
  ])('%s: a purpose shape: %s', (lang, sentence) => {
    expect(tellsPurposeShape(words(fold(sentence)))).toBe(true);
  });

  it.each([
    ['en', 'Our goal is to open two new depots by 2028.'],
    ['nb', 'Målet vårt er å åpne to nye lagre innen 2028.'],
    ['sv', 'Vårt mål är att öppna två nya lager före 2028.'],
    ['en', 'Our aim is to cut delivery times next year.'],
    ['nb', 'Målet vårt er å korte ned leveringstiden.'],
    ['sv', 'Jobbet är att packa lådor på lagret.'],
  ])('%s: a goal not held always, or a target with its year, stays a plan: %s', (lang, sentence) => {
    expect(tellsPurposeShape(words(fold(sentence)))).toBe(false);
  });
});

describe('career goals: someone who rose from an earlier post in the house to a higher one', () => {
  it.each([
    ['en', 'Amina Yusuf, who joined us as a packer in 2012, became head of the dispatch hall last spring.'],
    ['en', 'He took over as plant manager in 2021 after leading the paint shop for eight years.'],
    ['nb', 'Hun tok over som verkstedsjef i fjor etter å ha ledet lakkeringen i fem år.'],
    ['sv', 'Han tog över som produktionschef 2023 efter att ha lett lackeringen i sju år.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('career-goals');
  });

  it.each([
    ['en', 'Kofi Mensah joined us as finance director in March.'],
    ['nb', 'Lageret ble bygget om etter å ha vært stengt i to måneder.'],
    ['sv', 'Hallen blev klar efter att ha varit försenad i ett halvår.'],
  ])('%s: a new hire, or a building that became something, is no path: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('career-goals');
  });
});

describe("do-better: the company owning that it has not managed or met something ('har inte klarat', 'har ikke klart', 'has not met its')", () => {
  it.each([
    ['en', 'The workshop has not met its repair times since the spring, and some buses waited three weeks for parts.'],
    ['nb', 'Verkstedet har ikke klart reparasjonstidene siden våren, og noen busser ventet tre uker på deler.'],
    ['sv', 'Verkstaden har inte klarat reparationstiderna sedan våren, och vissa bussar väntade tre veckor på delar.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });

  it.each([
    ['en', 'Our guides take visitors to villages they have not met before.'],
  ])('%s: people not yet met are no shortfall: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
});

describe("do-better: a lender's measure of loans gone bad that rose ('arrears rose', 'misligholdet økte', 'kreditförlusterna ökade')", () => {
  it.each([
    ['en', 'Our arrears on farm loans rose from 3.2 to 5.1 per cent during the year.'],
    ['nb', 'Misligholdet på landbrukslånene økte fra 2,4 til 3,9 prosent gjennom året.'],
    ['sv', 'Kreditförlusterna på jordbrukslånen ökade från 1,8 till 3,1 procent under året.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });

  it.each([
    ['en', 'Our arrears on farm loans fell from 5.1 to 3.2 per cent during the year.'],
    ['nb', 'Misligholdet på landbrukslånene sank fra 3,9 til 2,4 prosent gjennom året.'],
    ['sv', 'Kreditförlusterna på jordbrukslånen sjönk från 3,1 till 1,8 procent under året.'],
  ])('%s: a measure that fell is no shortfall: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
});
