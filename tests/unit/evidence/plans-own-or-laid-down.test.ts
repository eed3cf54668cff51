// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsRuleLaidDown } from '../../../core/evidence/imposed';
import { tellsPresentPlan } from '../../../core/evidence/plans';
import { sentenceQuality } from '../../../core/evidence/quality';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Strategy: the company as the subject of its own plan, named with its legal form ("… IKS foreslår å … fra 1. september
 * 2027"), ranks above a rule others laid down ("Miljødirektoratet krever at … fra 2027", "Vedtaket gjelder fra …") and
 * above what happened last year under a heading of what lies ahead; a charity's registration line is furniture.
 */
const folded = (sentence: string): string[] => words(fold(sentence));

const strategy = (blocks: TextBlock[], lang: string): string[] => {
  const prompt = getPrompt('strategy');
  if (!prompt) throw new Error('No prompt strategy');
  return scoreBlocks(blocks, lang, [prompt], { clipKind: 'company' }).map((h) => h.sentence);
};
const page = (heading: string, ...texts: string[]): TextBlock[] => texts.map((text) => ({ tag: 'p', heading, text }));

describe("strategy: the company's own plan before a rule laid down or last year's events", () => {
  it.each([
    ['nb', 'Vestfold Vann IKS foreslår å bygge et nytt renseanlegg fra 1. mars 2028.'],
    ['nb', 'Fjellbuss AS kjøper tolv elektriske busser i løpet av 2027.'],
    ['sv', 'Norrvatten AB bygger ett nytt vattenverk under 2027.'],
  ])('%s: a company named with its legal form tells its plan: %s', (_lang, sentence) => {
    expect(tellsPresentPlan(sentence, folded(sentence))).toBe(true);
  });

  it.each([
    ['en', 'The regulator requires that food waste is collected separately from 2027.', 'We will buy six lorries with two compartments in 2027.'],
    ['nb', 'Miljødirektoratet krever at glass samles inn for seg fra 2027.', 'Vestfold Vann IKS foreslår å bygge et nytt renseanlegg fra 1. mars 2028.'],
    ['sv', 'Den nya lagen träder i kraft den 1 januari 2027.', 'Norrvatten AB bygger ett nytt vattenverk under 2027.'],
  ])('%s: the own plan ranks first', (lang, rule, plan) => {
    expect(tellsRuleLaidDown(folded(rule))).toBe(true);
    expect(strategy(page('Plans', rule, plan), lang)[0]).toBe(plan);
  });

  it.each([
    ['en', 'Looking ahead', 'Last winter a farmer near us had a field under water for a month.', 'By 2028 we will buy two thirds of our food within 30 miles.'],
    ['nb', 'Veien videre', 'I fjor hadde en av leverandørene våre en hel åker under vann i en måned.', 'Innen 2028 skal to tredeler av maten komme fra gårder i nærheten.'],
    ['sv', 'Vägen framåt', 'I fjol hade en av våra leverantörer en hel åker under vatten i en månad.', 'Till 2028 ska två tredjedelar av maten komma från gårdar i närheten.'],
  ])('%s: last year under "%s" weighs half, below the plan', (lang, heading, past, plan) => {
    const prompt = getPrompt('strategy')!;
    const alone = scoreBlocks(page(heading, past), lang, [prompt], { clipKind: 'company' });
    // The heading alone would weigh 2 (HEADING_WEIGHT); told as done last year, it weighs half of that.
    expect(alone.map((h) => h.score)).toEqual([1]);
    expect(strategy(page(heading, past, plan), lang)[0]).toBe(plan);
  });

  it.each([
    ['en', 'We open a second depot in March 2027.'],
    ['nb', 'Fra 2027 åpner vi ti nye plasser.'],
    ['sv', 'Under 2027 bygger vi ut lagret med 3 000 kvadratmeter.'],
  ])('%s: an own plan is no rule laid down: %s', (_lang, sentence) => {
    expect(tellsRuleLaidDown(folded(sentence))).toBe(false);
  });

  it("reads a charity's registration line as furniture", () => {
    expect(sentenceQuality('The Harbour Kitchen Trust · Registered charity 1190042')).toBeLessThan(0.15);
    expect(sentenceQuality('Harbour Foods Ltd, company number 08123456, registered in England.')).toBeLessThan(0.15);
    expect(sentenceQuality('We registered as a charity in 2014 to run the day centre.')).toBeGreaterThan(0.5);
  });
});
