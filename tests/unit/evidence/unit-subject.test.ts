// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import { namesUnitAsSubject } from '../../../core/evidence/unit-subject';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Department: a unit named as the sentence's subject ("Our Billing group …", "Kundeavdelingen i Bodø har …")
 * is about the unit, and ranks above a sentence that merely holds "team" or a count. Not a unit as subject:
 * "the whole team", a team lead, management, a customer group, an office as a place.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const departmentHits = (sentences: string[], lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'h1', text: 'Careers' }, ...sentences.map((text) => ({ tag: 'p', heading: 'Careers', text }))];
  return scoreBlocks(blocks, lang, [prompt('department')], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('department: a unit named as the subject', () => {
  it.each([
    ['en', 'The Metering team of 22 engineers looks after every meter in the county.', 'We like a team that laughs together on a Friday.'],
    ['en', 'Our Billing group answers every query about an invoice within a day.', 'Most of our 300 staff have been with us for more than five years.'],
    ['nb', 'Kundeavdelingen i Bodø har ni rådgivere som svarer på telefon og chat.', 'Vi er et godt team som har det moro på jobb.'],
    ['nb', 'Klekkeanlegget på Frøya har fire ansatte og leverer all yngel vi trenger.', 'Vi har 40 ansatte fordelt på tre steder.'],
    ['nb', 'Data-teamet eier alle rapportene som går til styret.', 'Hos oss jobber du i team med flinke folk.'],
    ['sv', 'Kundtjänstavdelningen i Örebro har åtta handläggare som alla kan lantbruk.', 'Vi är ett litet team med högt i tak.'],
    ['sv', 'Servicekontoret i Kiruna tar hand om alla reparationer norr om Luleå.', 'Totalt är vi 120 anställda i fyra länder.'],
  ])('%s: %s', (lang, unit, passing) => {
    expect(namesUnitAsSubject(unit)).toBe(true);
    expect(namesUnitAsSubject(passing)).toBe(false);
    expect(departmentHits([passing, unit], lang)[0], 'Should put the unit first').toBe(unit);
  });
});

describe('department: what opens like a unit but is not one', () => {
  it.each([
    'The whole team went to Bergen for the summer party.',
    'The team lead plans the week with the drivers.',
    'Our management team meets every Monday.',
    'Ledergruppen består av fem personer.',
    'Målgruppen vår er bønder i hele Midt-Norge.',
    'Kontoret och lagret ligger i Östersund.',
    'Laget av norsk ull, og sydd i Ålesund.',
    'Kundgruppen som växer snabbast är småföretagare.',
    'The rest of the team went home early on Friday.',
    'The government outlawed the group behind the attack.',
  ])('%s', (sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(false);
  });
});

describe('department: in a section on units, a name that does something now is one; a pronoun, a question or an event is not', () => {
  it.each([
    ['en', 'What we do', 'The Billing team of six sends every invoice in the county.', 'Bindery in Hexham makes every cover by hand in the old mill.',
      'She moved here from Leeds in 2019 and still cycles in every day.', 'Would you like to hear more about how we work?', 'Customers bought 4,000 covers in the spring sale last year.'],
    ['nb', 'Hva vi gjør', 'Fakturateamet har seks ansatte og sender alle fakturaer.', 'Bokbinderiet på Hamar lager alle permene for hånd i den gamle mølla.',
      'Hun flyttet hit fra Bergen i 2019 og sykler fortsatt til jobb.', 'Vil du høre mer om hvordan vi jobber her?', 'Kommunen betalte hele kurset for de nye bokbinderne i fjor.'],
    ['sv', 'Vad vi gör', 'Faktureringsteamet har sex anställda och skickar alla fakturor.', 'Bokbinderiet gör alla pärmar för hand i det gamla kvarnhuset.',
      'Hon flyttade hit från Göteborg 2019 och cyklar fortfarande till jobbet.', 'Vill du höra mer om hur vi arbetar här?', 'Reklamationerna på pärmar från 2024 blev färre än året innan.'],
  ])('%s', (lang, heading, cued, named, pronoun, question, event) => {
    const blocks: TextBlock[] = [{ tag: 'h2', text: heading }, ...[cued, named, pronoun, question, event].map((text) => ({ tag: 'p', heading, text }))];
    const found = scoreBlocks(blocks, lang, [prompt('department')], { clipKind: 'company' }).map((h) => h.sentence);
    expect(found).toEqual(expect.arrayContaining([cued, named]));
    for (const other of [pronoun, question, event]) expect(found).not.toContain(other);
  });
});

describe('department: a question to the reader and the company under its legal name are no unit', () => {
  it.each([
    ['en', 'Our teams', 'The Claims team in Leeds has twelve handlers.', 'Do you want to hear more about our teams?', 'Harbour Mutual Ltd operates under the supervision of the regulator.'],
    ['nb', 'Teamene', 'Skadeteamet i Bergen har tolv saksbehandlere.', 'Vil du høre mer om teamene våre?', 'Havbruk Forsikring AS driver under tilsyn av Finanstilsynet.'],
    ['sv', 'Våra team', 'Skadeteamet i Malmö har tolv handläggare.', 'Vill du höra mer om våra team?', 'Brantevik Försäkring AB står under Finansinspektionens tillsyn.'],
  ])('%s', (lang, heading, unit, question, company) => {
    const blocks: TextBlock[] = [{ tag: 'h2', text: heading }, ...[unit, question, company].map((text) => ({ tag: 'p', heading, text }))];
    const found = scoreBlocks(blocks, lang, [prompt('department')], { clipKind: 'company' }).map((h) => h.sentence);
    expect(found[0]).toBe(unit);
    expect(found).not.toContain(question);
  });

  it.each([
    ['en', 'What we do', 'The Claims team in Leeds has twelve handlers and answers within a day.', 'Harbour Mutual Ltd operates under the supervision of the regulator.'],
    ['nb', 'Hva vi gjør', 'Skadeteamet i Bergen har tolv saksbehandlere og svarer samme dag.', 'Havbruk Forsikring AS driver under tilsyn av Finanstilsynet.'],
    ['sv', 'Vad vi gör', 'Skadeteamet i Malmö har tolv handläggare och svarar samma dag.', 'Brantevik Försäkring AB står under Finansinspektionens tillsyn.'],
  ])('%s: in a section that is not about units, the company’s legal name opens no unit', (lang, heading, unit, company) => {
    const blocks: TextBlock[] = [{ tag: 'h2', text: heading }, ...[unit, company].map((text) => ({ tag: 'p', heading, text }))];
    const found = scoreBlocks(blocks, lang, [prompt('department')], { clipKind: 'company' }).map((h) => h.sentence);
    expect(found).toEqual([unit]);
  });
});
