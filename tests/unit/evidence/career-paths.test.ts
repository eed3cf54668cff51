// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Career goals are the candidate's own, but a company page or an ad can show the paths it offers:
 * a course or a degree it pays for, a route to a named role, people who started lower down and lead
 * now, a mentor of one's own. Not: a mentor's duty in a school, training as a product, a vague
 * "career" line, a course the reader pays for.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const shownAlone = (sentence: string, lang: string, kind: 'company' | 'job-ad' = 'company'): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Om oss', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('career-goals')], { clipKind: kind }).map((h) => h.sentence);
};

describe('career-goals: paths inside the company', () => {
  it.each([
    ['en', 'company', 'We pay for the HGV licence course for any warehouse operative who wants to drive.'],
    ['en', 'company', 'Last year the trust funded his diploma in horticulture while he kept working three days a week.'],
    ['en', 'job-ad', 'After eighteen months there is a route to Team Leader for those who want it.'],
    ['en', 'company', 'Most of our site managers started as apprentices on the tools.'],
    ['en', 'job-ad', 'In your first year you get a mentor from another department.'],
    ['nb', 'company', 'Bedriften betalte fagbrevet hennes som industrimekaniker i 2022.'],
    ['nb', 'job-ad', 'Etter to år finnes det en tydelig vei til stillingen som skiftleder.'],
    ['nb', 'company', 'Tre av fire formenn hos oss begynte som lærlinger.'],
    ['nb', 'job-ad', 'Alle nyansatte får en mentor det første halve året.'],
    ['sv', 'company', 'Vi bekostar utbildningen till arbetsledare för den som vill vidare.'],
    ['sv', 'job-ad', 'Efter ett år finns en väg till rollen som gruppledare.'],
    ['sv', 'company', 'Platschefen började som lagerarbetare på terminalen i Borlänge.'],
    ['sv', 'company', 'Som ny får du en egen mentor bland de erfarna tekniker.'],
  ] as const)('%s (%s): %s', (lang, kind, sentence) => {
    expect(shownAlone(sentence, lang, kind)).toEqual([sentence]);
  });
});

describe('career-goals: what is no path inside the company', () => {
  it.each([
    ['en', 'We run training courses for hospital staff on every pump we sell.'],
    ['en', 'Your career goals matter to us.'],
    ['nb', 'Kursavgiften betaler du selv ved påmelding.'],
    ['nb', 'Vi selger kurs i førstehjelp til bedrifter i hele regionen.'],
    ['sv', 'Du är mentor för en klass i årskurs 8.'],
    ['sv', 'Vi arrangerar kurser i svetsning för andra företag.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([]);
  });
});
