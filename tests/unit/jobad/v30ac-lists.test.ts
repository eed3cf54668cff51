// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { ad, BOARD, page } from './employer-pages';

/**
 * List and name classes found when v30's parts A and C moved into tuning: "Ditt uppdrag" as the duties' heading; how the
 * employer receives applications is no nice-to-have; Asia's "Co., Ltd." keeps its dot. Names written for this test.
 */

describe('"Ditt uppdrag", "Ditt oppdrag", "Your assignment" head the duties', () => {
  test.each([
    ['sv', 'Ditt uppdrag', 'Ansvara för recept och bryggschema'],
    ['nb', 'Ditt oppdrag', 'Ansvare for oppskrifter og bryggeplan'],
    ['en', 'Your assignment', 'Own the recipes and the brewing plan'],
  ] as const)('%s', (lang, heading, duty) => {
    const html = page(lang, { title: 'Brewer | Jobs', body: `<h1>Brewer</h1><p>We brew lager and ale.</p><h2>${heading}</h2><ul><li>${duty}</li><li>Lead the brewers</li></ul>` });
    expect(ad(html, BOARD)?.responsibilities).toContain(duty);
  });
});

describe('how the employer receives applications is no nice-to-have', () => {
  test.each([
    ['nb', 'Vi tar gjerne imot søknader innen fredag 15. januar.'],
    ['sv', 'Vi tar gärna emot din ansökan senast fredag 15 januari.'],
    ['en', 'We gladly accept applications until Friday 15 January.'],
  ] as const)('%s', (lang, line) => {
    const lists = { nb: ['Krav', 'Fagbrev'], sv: ['Krav', 'Yrkesbevis'], en: ['Requirements', 'A trade certificate'] }[lang];
    const html = page(lang, { title: 'Driftstekniker | Jobb', body: `<h1>Driftstekniker</h1><p>Vi driver tre kraftverk.</p><h2>${lists[0]}</h2><ul><li>${lists[1]}</li></ul><p>${line}</p>` });
    expect(ad(html, BOARD)?.requirements.nice).not.toContain(line);
  });

  test('nb: a wish in the same words about the applicant still is one', () => {
    const html = page('nb', { title: 'Driftstekniker | Jobb', body: '<h1>Driftstekniker</h1><h2>Krav</h2><ul><li>Fagbrev</li></ul><p>Har du gjerne erfaring fra kraftverk, er det en fordel.</p>' });
    expect(ad(html, BOARD)?.requirements.nice).toContain('Har du gjerne erfaring fra kraftverk, er det en fordel.');
  });
});

describe('"Co., Ltd." keeps its dot', () => {
  test('en: the client named with it in prose', () => {
    const html = page('en', {
      title: 'Warehouse Supervisor | Jobs',
      body: '<h1>Warehouse Supervisor</h1><p>Golden Reed HR Services is recruiting on behalf of our client, Thanlyin Cold Chain Co., Ltd., a temperature-controlled logistics company.</p>',
    });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe('Thanlyin Cold Chain Co., Ltd.');
  });
});
