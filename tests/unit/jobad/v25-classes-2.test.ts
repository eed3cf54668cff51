import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { pageNames } from '../../../core/company/page-name';
import { isShortFormOf } from '../../../core/company/short-forms';
import { ad, BOARD, SECTIONS, type Lang } from './employer-pages';

/**
 * More of the twenty-fifth held-out set's classes (v25-classes.test.ts has the first): a country row where the place has
 * none; a long paragraph's sentence that opens with the legal name (PLC a form); "St." a saint in a town's name and a
 * Maltese company number in brackets; the firm's name as the h1 over the job's h2 and the site's address in the page
 * title; an owner later in the brand's sentence; "Jobba hos X" on a career page; initials that skip "&"; "send … before
 * <date>". Names written for this test.
 */

const page = (lang: Lang, p: { title: string; body?: string; after?: string }) =>
  `<html lang="${lang}"><head><title>${p.title}</title></head><body><main>${p.body ?? ''}${SECTIONS[lang]}${p.after ?? ''}</main></body></html>`;

describe('a country row where the place has none', () => {
  test.each([
    ['en', '<tr><td>Job Country</td><td>Jordan</td></tr><tr><td>Job City</td><td>Amman</td></tr>', { city: 'Amman', country: 'Jordan' }],
    ['nb', '<tr><td>Arbeidssted</td><td>Molde</td></tr><tr><td>Land</td><td>Norge</td></tr>', { city: 'Molde', country: 'Norge' }],
    ['sv', '<tr><td>Ort</td><td>Umeå</td></tr><tr><td>Land</td><td>Sverige</td></tr>', { city: 'Umeå', country: 'Sverige' }],
  ] as const)('%s', (lang, rows, place) => {
    expect(ad(page(lang, { title: 'Backend Engineer | Jobs', body: `<h1>Backend Engineer</h1><table>${rows}</table>` }), BOARD)?.locations).toEqual([place]);
  });
});

describe("a long paragraph's sentence that opens with the legal name", () => {
  const more = (lang: Lang) => ({ en: ' It sells through about 300 distributors across the region and exports to four neighbouring countries.', nb: ' Det selger gjennom rundt 300 forhandlere i hele regionen og eksporterer til fire naboland.', sv: ' Det säljer genom ett 300-tal återförsäljare i hela regionen och exporterar till fyra grannländer.' })[lang].repeat(5);
  test.each([
    ['en', 'Abay Crest', 'Abay Crest Agro-Processing PLC is a private edible oil and flour manufacturer founded in 2011.', 'Abay Crest Agro-Processing PLC'],
    ['nb', 'Solvang Bakeri', 'Solvang Bakeri og Konditori AS er et familieeid bakeri grunnlagt i 1962.', 'Solvang Bakeri og Konditori AS'],
    ['sv', 'Lindby Bageri', 'Lindby Bageri och Konditori AB är ett familjeägt bageri grundat 1962.', 'Lindby Bageri och Konditori AB'],
  ] as const)('%s: %s', (lang, brand, sentence, name) => {
    const html = page(lang, { title: `Quality Officer - ${brand} | Jobs`, body: `<div class="employer"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${brand}"></div><h1>Quality Officer</h1>`, after: `<h2>About</h2><p>${sentence}${more(lang)}</p>` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(name);
  });
});

describe("a saint in a town's name, and a Maltese company number in brackets", () => {
  test("St. Julian's is a town; 'Xlendi Cove Gaming Ltd (C 81234) is …' names the brand's company", () => {
    const html = page('en', {
      title: 'Risk Analyst | Jobs in Malta',
      body: `<div class="company"><span class="k">Company</span> Xlendi Cove</div><div class="loc"><span class="k">Location</span> St. Julian's</div><h1>Risk Analyst</h1>`,
      after: '<p class="legal">Xlendi Cove Gaming Ltd (C 81234) is licensed and regulated by the Malta Gaming Authority.</p>',
    });
    const found = ad(html, BOARD);
    expect(found?.hiringOrganization?.name).toBe('Xlendi Cove Gaming Ltd');
    expect(found?.locations).toEqual([{ city: "St. Julian's" }]);
  });
});

describe("the firm's name as the h1 over the job's h2, the site's address in the page title", () => {
  test.each([
    ['en', 'Kelani Crest Hotels (Pvt) Ltd', 'Front Office Manager'],
    ['nb', 'Strandvik Hotelldrift AS', 'Resepsjonssjef'],
    ['sv', 'Strandvik Hotelldrift AB', 'Receptionschef'],
  ] as const)('%s: %s', (lang, firm, job) => {
    const html = `<html lang="${lang}"><head><title>jobsite.lk - ${job}</title></head><body><main><h1 id="employer">${firm}</h1><h2 id="position">${job}</h2>
      <p>${'We invite applications from guest-focused professionals for the following position at our city hotel. '.repeat(3)}</p>${SECTIONS[lang]}</main>
      <footer><p>© 2026 jobsite.lk - All rights reserved.</p></footer></body></html>`;
    const found = ad(html, 'https://www.jobsite.lk/vacancy/1187744');
    expect(found?.title).toBe(job);
    expect(found?.hiringOrganization?.name).toBe(firm);
  });
});

describe("an owner named later in the brand's sentence", () => {
  test.each([
    ['en', 'Kelani Crest Kandy', 'Kelani Crest Kandy is a 92-room city hotel by the lake, owned and managed by Kelani Crest Hotels (Pvt) Ltd, which also runs a beach resort.', 'Kelani Crest Hotels (Pvt) Ltd'],
    ['nb', 'Fjordlys Hotell Molde', 'Fjordlys Hotell Molde er et hotell med 120 rom ved fjorden, som eies og drives av Fjordlys Hotelldrift AS sammen med to andre hoteller.', 'Fjordlys Hotelldrift AS'],
    ['sv', 'Sjöglimt Hotell Luleå', 'Sjöglimt Hotell Luleå är ett hotell med 120 rum vid hamnen, som ägs och drivs av Sjöglimt Hotelldrift AB tillsammans med två andra hotell.', 'Sjöglimt Hotelldrift AB'],
  ] as const)('%s: %s', (lang, brand, sentence, owner) => {
    const html = page(lang, { title: `Front Office Manager | Jobs`, body: `<div class="employer"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${brand}"></div><h1>Front Office Manager</h1><p>${sentence}</p>` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(owner);
  });
});

describe('a career page that says "work at X", and initials that skip "&"', () => {
  test.each([
    ['sv', 'Karriär – Väv, sy och skicka från Sjuhärad', 'Jobba hos Viskby Textil', 'VISKBY', 'viskby.se', 'Viskby Textil'],
    ['nb', 'Karriere – møbler laget i Romsdal', 'Jobbe hos Hjelmvik Møbler', 'HJELMVIK', 'hjelmvik.no', 'Hjelmvik Møbler'],
    ['en', 'Careers – bikes built by hand', 'Work at Harlowe Cycles', 'HARLOWE', 'harlowe.co.uk', 'Harlowe Cycles'],
  ] as const)('%s: %s', (_lang, title, h1, logo, domain, name) => {
    expect(pageNames(title, { header: [], footer: [], logos: [logo], h1 }, domain)[0]).toBe(name);
  });

  test.each([
    ['TGB', 'Torshälla Gjuteri & Bearbetning'],
    ['HB', 'Hansen og Berg'],
    ['KD', 'Kinloch and Darroch'],
  ])('%s for %s', (short, full) => {
    expect(isShortFormOf(short, full)).toBe(true);
  });
});

describe('"send your CV … before <date>"', () => {
  test('a long sentence with the address in between still gives the deadline', () => {
    const html = `<html lang="en"><head><title>Logistics Manager | Jobs</title></head><body><main><h1>Logistics Manager</h1><h2>What you will do</h2><ul><li>Plan the work</li></ul><h2>What we need</h2><ul><li>A relevant qualification</li></ul>
      <p>If you are up to the challenge, please send your CV only, quoting the job title on the email subject (Logistics Manager) to <a href="mailto:jobs@staffing.example">jobs@staffing.example</a> before 8th January 2027.</p></main></body></html>`;
    const found = captureAd(html, BOARD).jobAd;
    expect(found?.validThrough).toBe('2027-01-08');
  });
});
