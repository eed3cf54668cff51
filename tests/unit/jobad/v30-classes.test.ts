// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { ad, BOARD, ld, page } from './employer-pages';

/**
 * Classes the thirtieth held-out set (part B) showed: a recruitment firm hiring "on behalf of its client" names the
 * employer; a British charity's "CIO" (and a social enterprise's "CIC") is a legal form; the legal name with its first
 * word in the genitive ("Tidviks Kök AB") for the logo's brand ("Tidvik Kök"), in the opening or the ad's registry line
 * (part A's one regression on first measurement, read on purpose). Names written for this test.
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

describe("the logo's brand beside the ad's heading, the legal name with its first word in the genitive", () => {
  test.each([
    ['sv', 'Lediga jobb', 'Tidvik Kök', 'Produktionstekniker', 'Tidviks Kök AB tillverkar köksluckor och stommar i Mariestad sedan 1962.', 'Tidviks Kök AB'],
    ['nb', 'Ledige stillinger', 'Brekke Møbler', 'Produksjonstekniker', 'Brekkes Møbler AS lager spisestuemøbler på Sykkylven og har 60 ansatte.', 'Brekkes Møbler AS'],
  ] as const)('%s', (lang, section, logo, heading, prose, legal) => {
    const html = page(lang, {
      title: `${section} – Avisa`,
      head: '<meta property="og:site_name" content="Avisa">',
      body: `<h1>${section}</h1><section class="job"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${logo}" width="120" height="60"><h2>${heading}</h2><p>${prose}</p></section>`,
    });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(legal);
  });
});

describe("the logo's brand, the ad's own registry line with the first word in the genitive", () => {
  test.each([
    ['sv', 'Lediga jobb', 'Tidvik Kök', 'Lackerare', 'Tidviks Kök AB · Org.nr 556342-7719 · ingår i Vänerstrand-gruppen', 'Tidviks Kök AB'],
    ['nb', 'Ledige stillinger', 'Brekke Møbel', 'Lakkerer', 'Brekkes Møbel AS · Org.nr. 918 442 071 · del av Strandvik-konsernet', 'Brekkes Møbel AS'],
  ] as const)('%s', (lang, section, logo, heading, registry, legal) => {
    const html = page(lang, {
      title: `${section} – Avisa`,
      head: '<meta property="og:site_name" content="Avisa">',
      body: `<h1>${section}</h1><div class="listing"><div class="listing-head"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${logo}"><h2>${heading}</h2></div><p>Vi lager kjøkken.</p>`,
      after: `<p class="company-line">${registry}</p></div>`,
    });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(legal);
  });
});
