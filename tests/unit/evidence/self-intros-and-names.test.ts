// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { personAsSubject } from '../../../core/evidence/people';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * People, as employee stories and interviews introduce them: "I'm Ewa Kowalczyk and I run …" (the English
 * form of "Jeg heter …"), and surnames with a patronymic prefix ("McInnes", "MacLeod", "O'Brien") as the
 * subject with a role. Not a sentence about oneself without a name, nor a brand that opens with "Mc".
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const peopleOf = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Our people', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('people')], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('people: someone introducing themselves', () => {
  it.each([
    ['en', "I'm Ewa Kowalczyk and I run the packing line on the early shift in Corby."],
    ['en', 'I am Tomasz Nowak, and I have driven for the depot since 2015.'],
    ['nb', 'Jeg heter Siri Myklebust og er lærling i rørleggerfaget.'],
  ])('%s: %s is a person', (lang, sentence) => {
    expect(personAsSubject(sentence)).toBe(true);
    expect(peopleOf(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ["I'm proud of what the team built this year."],
    ['I am responsible for the night shift in the returns hall.'],
    ['Jeg er stolt av det vi har fått til i år.'],
  ])('%s names no one', (sentence) => {
    expect(personAsSubject(sentence)).toBe(false);
  });
});

describe('people: a surname with a patronymic prefix', () => {
  it.each([
    ['en', 'Fraser McKenzie has been depot manager at Inverness for nine years.'],
    ['nb', "Siobhan O'Brien leder kundeservice i Bergen."],
    ['sv', 'Ewan MacLeod är platschef på bruket i Skutskär.'],
  ])('%s: %s is a person with a role', (lang, sentence) => {
    expect(personAsSubject(sentence)).toBe(true);
    expect(peopleOf(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ["McDonald's opened a drive-through by the ring road in 2020."],
    ['MacBook repairs take about a week in the workshop.'],
  ])('%s names no one', (sentence) => {
    expect(personAsSubject(sentence)).toBe(false);
  });
});
