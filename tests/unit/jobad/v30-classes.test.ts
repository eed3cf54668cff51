import { describe, expect, test } from 'vitest';
import { ad, BOARD, ld, page } from './employer-pages';

/**
 * Classes the thirtieth held-out set (part B) showed: a recruitment firm hiring "on behalf of its client" names the
 * employer; a British charity's "CIO" (and a social enterprise's "CIC") is a legal form. Names written for this test.
 */

describe('a recruitment firm hiring on behalf of its client: the client is the employer', () => {
  test.each([
    ['en', 'Chisamba Talent Partners Limited is recruiting on behalf of its client, Mwinilunga Agro Processing Limited, a cotton ginning company with a plant in Chipata.', 'Mwinilunga Agro Processing Limited'],
    ['nb', 'Fjeldstad Rekruttering AS søker på vegne av sin kunde Ravnås Fruktpakkeri AS, et familieeid pakkeri i Lofthus.', 'Ravnås Fruktpakkeri AS'],
    ['sv', 'Kronfeldt Rekrytering AB söker på uppdrag av sin kund Hallqvist Kvarn AB, ett familjeägt kvarnföretag i Skara.', 'Hallqvist Kvarn AB'],
  ] as const)('%s', (lang, opening, client) => {
    // The board's data names the recruiter, as GoZambiaJobs' did.
    const recruiter = opening.split(/ (?:is|søker|söker) /u)[0];
    const head = ld({ title: 'Plant Accountant', hiringOrganization: { '@type': 'Organization', name: recruiter } });
    const html = page(lang, { title: 'Plant Accountant | Jobs', head, body: `<h1>Plant Accountant</h1><p>${opening}</p>` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(client);
  });

  test('en: a firm that serves "its clients" in general names no client', () => {
    const html = page('en', { title: 'Recruitment Consultant | Jobs', body: '<h1>Recruitment Consultant</h1><p>Chisamba Talent Partners Limited helps its clients across Zambia find finance staff.</p>' });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe('Chisamba Talent Partners Limited');
  });
});

describe("a British charity's CIO is a legal form", () => {
  test("en: the charity line's legal name over the facts' short name", () => {
    const html = page('en', {
      title: 'Volunteer Coordinator job with Aire Valley Food Partnership | Charity Jobs',
      body: '<h1>Volunteer Coordinator</h1><dl><dt>Recruiter</dt><dd>Aire Valley Food Partnership</dd><dt>Location</dt><dd>Keighley, West Yorkshire</dd></dl><p>We run two community pantries.</p>',
      after: '<p>The Aire Valley Food Partnership CIO is a registered charity in England and Wales (charity number 1187001).</p>',
    });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe('The Aire Valley Food Partnership CIO');
  });
});
