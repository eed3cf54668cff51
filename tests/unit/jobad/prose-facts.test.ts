// @vitest-environment node
import { describe, expect, test } from 'vitest';
import '../../fixtures/node-globals';
import type { JobAdInput } from '../../../core/jobad';
import { fullerName } from '../../../core/jobad/employer-name';
import { classifyHeading } from '../../../core/jobad/headings';
import { isNiceItem } from '../../../core/jobad/lists';
import { employmentFacts } from '../../../core/jobad/page-facts';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import type { TextBlock } from '../../../core/model';

/**
 * Facts a small organisation's own page writes in prose rather than in a fact box: the share of the post,
 * a nice-to-have as a sentence, headings in the voice of the employer, and its full name in its own footer.
 */
const p = (text: string): TextBlock => ({ tag: 'p', text });

describe('the share of a post told in passing', () => {
  test.each([
    ['Vi søker en miljøarbeider i 60 % fast stilling på dagsenteret.', ['PART_TIME']],
    ['Vi søkjer difor ein sykkelmekanikar i fast stilling, 100 %.', ['FULL_TIME']],
    ['Vi söker en undersköterska till en 75 % tjänst på nattpasset.', ['PART_TIME']],
    ['We are recruiting to a 50% permanent position in our Leeds office.', ['PART_TIME']],
  ])('"%s" → %j', (text, types) => {
    expect(employmentFacts([p(text)])).toEqual(types);
  });

  test.each([['Vi har 100 % fokus på kvalitet i alt vi gjør.'], ['Omsetningen økte med 40 % i fjor.'], ['We give 100% to every customer.']])('"%s" says nothing about the post', (text) => {
    expect(employmentFacts([p(text)])).toEqual([]);
  });
});

describe('headings in the employer\'s voice', () => {
  test.each([
    ['Vi trenger deg som har', 'must'],
    ['Vi treng deg som har', 'must'],
    ['Vi behöver dig som har', 'must'],
    ['We need someone who has', 'must'],
    ['Dette blir du en del av', 'responsibilities'],
    ['Det här blir du en del av', 'responsibilities'],
    ["What you'll be part of", 'responsibilities'],
  ])('"%s" opens %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  test.each([['Vi trenger frivillige'], ['Praktisk'], ['Bli en del av fellesskapet']])('"%s" opens no known section', (heading) => {
    expect(classifyHeading(heading)).toBeUndefined();
  });
});

describe('a nice-to-have said as what the employer appreciates', () => {
  test.each([['Vi setter pris på at du snakker arabisk, polsk eller tigrinja.'], ['Vi uppskattar om du har truckkort.'], ["We'd appreciate it if you have a forklift licence."]])('"%s" is a nice-to-have', (item) => {
    expect(isNiceItem(item)).toBe(true);
  });

  test.each([['Du setter pris på struktur og orden'], ['You appreciate good tools'], ['Du uppskattar ordning och reda']])('"%s" stays a must', (item) => {
    expect(isNiceItem(item)).toBe(false);
  });
});

describe('a share with the unit after it is the role alone', () => {
  test.each([
    ['Miljøarbeider 60 % på dagsenteret', 'Miljøarbeider'],
    ['Undersköterska 75 % vid korttidsboendet', 'Undersköterska'],
    ['Care Assistant 80% at Rose House', 'Care Assistant'],
  ])('"%s" is "%s"', (raw, title) => {
    expect(tidyTitle(raw)).toBe(title);
  });

  test.each([['Sjuksköterska till akutmottagningen'], ['Lærer på ungdomstrinnet'], ['Kokk på Sørbø Hotell']])('"%s" keeps its words', (raw) => {
    expect(tidyTitle(raw)).toBe(raw);
  });
});

describe("the owner's full name in its own footer", () => {
  const input = (url: string, footer: string): JobAdInput => ({ url, title: 'Miljøarbeider', jsonLd: [], microdata: [], blocks: [], textContent: '', lines: { header: [], footer: [footer], logos: ['Byhjelpa'] } });

  test("the legal name that holds the logo's name whole is the employer's name", () => {
    expect(fullerName('Byhjelpa', input('https://www.byhjelpa.no/stillinger/1', '© 2026 Stiftelsen Byhjelpa Stavanger · Org.nr. 971 288 640'))).toBe('Stiftelsen Byhjelpa Stavanger');
    expect(fullerName('Fjällhjälpen', input('https://fjallhjalpen.se/jobb/1', '© 2026 Föreningen Fjällhjälpen Jämtland · Org.nr 802456-1234'))).toBe('Föreningen Fjällhjälpen Jämtland');
  });

  test('a legal name that only shares letters with it, or a board\'s footer, is another organisation', () => {
    expect(fullerName('Byhjelpa', input('https://www.byhjelpa.no/stillinger/1', '© 2026 Byhjelpadesign AS · Org.nr. 971 288 640'))).toBe('Byhjelpa');
    expect(fullerName('Byhjelpa', input('https://www.finn.no/job/fulltime/ad.html?finnkode=1', '© 2026 Byhjelpa Rekruttering og Media AS · Org.nr. 971 288 640'))).toBe('Byhjelpa');
  });
});
