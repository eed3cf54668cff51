// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { personAsSubject } from '../../../core/evidence/people';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * People: the staff's representatives hold roles as managers do ("huvudskyddsombud", "verneombud", "tillitsvalgt",
 * "chief steward"), and a page that introduces someone by name ("Möt Amir Haddad, som …", "Meet Tom Reed, who …")
 * names a person, as "Jag heter …" does.
 */

const hits = (sentence: string, lang: string, promptId = 'people'): string[] => {
  const prompt = getPrompt(promptId);
  if (!prompt) throw new Error(`No prompt ${promptId}`);
  const blocks: TextBlock[] = [{ tag: 'p', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt], { clipKind: 'company' }).map((h) => h.sentence);
};

describe("people: the staff's representatives hold roles", () => {
  it.each([
    ['sv', 'Maria Holm är huvudskyddsombud och har arbetat som lokalvårdare sedan 2012.'],
    ['nb', 'Verneombud Tone Lie er operatør på Fiskå og har vært verneombud siden 2021.'],
    ['nb', 'Per Arne Dahl er tillitsvalgt for lagerarbeiderne på nattskiftet.'],
    ['en', 'Rosa Green is the chief steward for both shifts and has worked on the bottling line since 2015.'],
  ])('%s: "%s" names a person with a role', (lang, sentence) => {
    expect(hits(sentence, lang)).toContain(sentence);
  });

  it.each([
    ['sv', 'Maria Holm är huvudskyddsombud och har arbetat som lokalvårdare sedan 2012.'],
    ['en', 'Rosa Green is the chief steward for both shifts and has worked on the bottling line since 2015.'],
  ])('%s: "%s" is no department evidence', (lang, sentence) => {
    expect(hits(sentence, lang, 'department')).not.toContain(sentence);
  });
});

describe('people: a page that introduces someone by name', () => {
  it.each([
    ['sv', 'Möt Amir Haddad, som är ny servicechef sedan september och tidigare var tekniker hos oss.'],
    ['nb', 'Møt Kari Lunde, som er ny servicesjef fra september og tidligere var tekniker hos oss.'],
    ['en', 'Meet Tom Reed, who became our service manager in September after ten years as an engineer.'],
  ])('%s: "%s" names a person', (lang, sentence) => {
    expect(personAsSubject(sentence)).toBe(true);
    expect(hits(sentence, lang)).toContain(sentence);
  });

  it.each([
    ['en', 'Meet the team behind our new app.'],
    ['nb', 'Møt oss på messen i Lillestrøm.'],
    ['sv', 'Möt teamet på mässan i Jönköping.'],
  ])('%s: "%s" names nobody', (_lang, sentence) => {
    expect(personAsSubject(sentence)).toBe(false);
  });
});
