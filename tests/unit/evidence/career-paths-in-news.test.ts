// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * A colleague's path told in a news article, a portrait or a jubilee piece ("started as an apprentice …, and has run
 * the warehouse since …") is as much a path the company offers as on its own pages: career goals read news too.
 * Not a path of someone outside the company, nor a story with no path in it.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const shownInNews = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Lokalt', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('career-goals')], { clipKind: 'news' }).map((h) => h.sentence);
};

describe('career-goals: a colleague’s path told in the news', () => {
  it.each([
    ['en', 'The yard foreman, Kieran Walsh, started as a labourer in 2004, and the firm paid for his site management course.'],
    ['nb', 'Driftssjef Randi Moe begynte som sjåfør i 2008, og bedriften betalte kurset hun tok i logistikk.'],
    ['sv', 'Butikschefen Lena Berg började som kassabiträde 2011 och har lett butiken sedan 2019.'],
  ])('%s: %s', (lang, sentence) => {
    expect(shownInNews(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'The new depot opened on Monday with a ribbon cut by the mayor.'],
    ['nb', 'Butikken holder åpent til klokken 21 hele desember.'],
    ['sv', 'Bageriet säljer omkring 900 limpor en vanlig lördag.'],
  ])('%s, no path: %s', (lang, sentence) => {
    expect(shownInNews(sentence, lang)).toEqual([]);
  });
});
