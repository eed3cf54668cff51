// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { holdsName } from '../../../core/evidence/bylines';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { PROMPTS } from '../../../core/prompts';

/**
 * A role without a name ("konsernsjefen holder et åpent møte", "Alle ledere går gjennom svarene", "with the support
 * of a manager") is no person to meet: it ranks below a named person on the same page, and when another prompt
 * holds the sentence more strongly it is that prompt's evidence, not people's. A named person still surfaces
 * whatever verb the sentence uses ("Lina Sandberg blir arbetsledare …"), and a role alone, on a page that names
 * nobody and where nothing else claims it, still does.
 */

const para = (text: string, heading = 'Nyheter'): TextBlock => ({ tag: 'p', heading, text });
const shown = (blocks: TextBlock[], lang: string, id: string) =>
  scoreBlocks(blocks, lang, PROMPTS, { clipKind: 'company' }).filter((h) => h.promptId === id).map((h) => h.sentence);

describe('people: a role without a name ranks below a named person', () => {
  it.each([
    ['en', 'Operations manager Priya Shah joined us from a hospital pharmacy in 2019.', 'All our managers go through the survey results with their teams before Christmas.'],
    ['nb', 'Driftssjef Kari Holm kom til oss fra sykehusapoteket i 2019.', 'Alle ledere går gjennom svarene med gruppa si før jul.'],
    ['sv', 'Driftschef Sara Lind kom till oss från sjukhusapoteket 2019.', 'Alla chefer går igenom svaren med sin grupp före jul.'],
  ])('%s: the named person, not the role word', (lang, named, role) => {
    const found = shown([para(role), para(named)], lang, 'people');
    expect(found[0]).toBe(named);
    expect(found).not.toContain(role);
  });

  it.each([
    ['en', 'From February 2027 the chief executive will hold an open meeting at each of the four depots every quarter.'],
    ['nb', 'Fra februar 2027 holder konsernsjefen et åpent møte på hver av de fire driftsbasene hvert kvartal.'],
    ['sv', 'Från februari 2027 håller koncernchefen ett öppet möte på var och en av de fyra depåerna varje kvartal.'],
  ])('%s: a dated plan that mentions a role is the strategy\'s, not a person to meet', (lang, sentence) => {
    const blocks = [para(sentence)];
    expect(shown(blocks, lang, 'strategy')).toContain(sentence);
    expect(shown(blocks, lang, 'people')).not.toContain(sentence);
  });
});

describe('people: a full name anywhere keeps the sentence a person\'s', () => {
  it.each([
    ['en', 'Ellen Marsh, co-founder and CEO, said the company wants lawyers to spend their time on what a contract should say.'],
    ['nb', 'Lina Sandnes blir arbeidsleder for ettermiddagsskiftet etter seks år som operatør hos oss.'],
    ['sv', 'Lina Sandberg blir arbetsledare för eftermiddagsskiftet efter sex år som operatör hos oss.'],
  ])('%s: "%s" holds a name', (_lang, sentence) => {
    expect(holdsName(sentence)).toBe(true);
  });

  it.each([
    ['en', 'All our managers go through the survey results with their teams before Christmas.'],
    ['nb', 'Fra februar 2027 holder konsernsjefen et åpent møte på hver av de fire driftsbasene hvert kvartal.'],
    ['sv', 'Efter två år kan du söka till vårt ledarprogram, med stöd av en chef.'],
    ['en', 'From February the chief executive will visit each depot.'],
  ])('%s: "%s" holds no name', (_lang, sentence) => {
    expect(holdsName(sentence)).toBe(false);
  });

  it.each([
    ['en', 'Your manager meets you on your first day and shows you round the depot.'],
    ['nb', 'Lederen din møter deg første dag og viser deg rundt på lageret.'],
    ['sv', 'Din chef möter dig första dagen och visar dig runt på lagret.'],
  ])('%s: a role alone on a page that names nobody still surfaces', (lang, sentence) => {
    expect(shown([para(sentence, 'Your first weeks')], lang, 'people')).toContain(sentence);
  });
});
