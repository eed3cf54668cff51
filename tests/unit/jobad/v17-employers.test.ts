// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { ad, SECTIONS, type Lang } from './employer-pages';

/**
 * Classes v17 showed, in English, Norwegian and Swedish: a JobPosting that names the site publishing it as the
 * employer; a brand written apart whose registered name is one compound ("Fjord Bemanning" / "Fjordbemanning
 * Østlandet AS"); the word for the kind of firm opening its registered name ("Advokatfirmaet …"); the ad's own closing
 * line with the legal name (a registry line under the text, or the name with its postal address); Swiss, German and
 * Dutch legal forms ("AG", "B.V.") in the opening; RDFa Lite marking the posting (Canada's Job Bank).
 */

const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const page = (lang: Lang, title: string, body: string, head = '', footer = ''): string =>
  `<html lang="${lang}"><head><title>${title}</title>${head}</head><body><main><h1>${title}</h1>${body}${SECTIONS[lang]}</main>${footer}</body></html>`;
const posting = (org: string): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'x', hiringOrganization: { '@type': 'Organization', name: org }, datePosted: '2026-12-01' })}</script>`;

describe('a JobPosting that names the site publishing it', () => {
  test.each([
    ['nb', 'Byggmagasinet', 'Anleggsleder', '<p>Vi er en entreprenør i vekst med 140 ansatte.</p>', '<div class="registry">Tverrvik Bygg AS · Org.nr. 998 217 560 · Lagerveien 41, 4033 Stavanger</div>', 'Tverrvik Bygg AS'],
    ['sv', 'Lantbruksbladet', 'Djurskötare', '<p>Vi är en familjegård med 300 kor.</p>', '<div class="registry">Ekenäs Gård i Skara AB · Org.nr 556812-4410 · Ekenäs 2, 532 92 Skara</div>', 'Ekenäs Gård i Skara AB'],
    ['en', 'Construction Weekly', 'Site Manager', '<p>We are a growing contractor with 140 staff.</p>', '<div class="registry">Harlow &amp; Pike Builders Ltd · Company no. 08812345 · 4 Mill Lane, Leeds</div>', 'Harlow & Pike Builders Ltd'],
  ] as const)('%s: the registry line under the ad names the employer, not "%s"', (lang, site, title, opening, registry, employer) => {
    const head = `<meta property="og:site_name" content="${site}">${posting(site)}`;
    const footer = `<footer><p>${site} – fagtidsskrift siden 1951.</p></footer>`;
    const found = ad(page(lang, title, `${opening}${registry}`, head, footer), 'https://www.trade-paper.example/jobs/5512');
    expect(found?.hiringOrganization?.name).toBe(employer);
  });

  test('with no employer stated on the page, the structured name stands', () => {
    const head = `<meta property="og:site_name" content="Tverrvik Bygg">${posting('Tverrvik Bygg')}`;
    const found = ad(page('nb', 'Anleggsleder', '<p>Vi er en entreprenør i vekst.</p>', head), 'https://www.tverrvikbygg.example/jobb/1');
    expect(found?.hiringOrganization?.name).toBe('Tverrvik Bygg');
  });
});

describe('a brand written apart, registered as one compound', () => {
  test.each([
    ['nb', 'Fjell Bemanning', 'Fjellbemanning Innlandet AS · Org.nr. 921 448 305', 'Fjellbemanning Innlandet AS'],
    ['sv', 'Berg Montage', 'Bergmontage Norr AB · Org.nr 556901-2231', 'Bergmontage Norr AB'],
    ['en', 'Tide Works', 'Tideworks Marine Ltd · Company no. 09876543', 'Tideworks Marine Ltd'],
  ] as const)('%s: "%s" is the registered "%s"', (lang, brand, line, employer) => {
    const head = `<meta property="og:site_name" content="${brand}">${posting(brand)}`;
    const footer = `<footer><p>${brand} · Storgata 6</p><p>${line}</p></footer>`;
    const found = ad(page(lang, 'Lagermedarbeider', `<img src="${GIF}" alt="${brand} logo"><p>${brand} har mange oppdrag.</p>`, head, footer), 'https://www.own-site.example/jobb/3');
    expect(found?.hiringOrganization?.name).toBe(employer);
  });

  test('another firm in the footer, whose first word is not the brand written together, is not it', () => {
    const head = `<meta property="og:site_name" content="Fjell Bemanning">${posting('Fjell Bemanning')}`;
    const footer = '<footer><p>Nettside levert av Fjelltopp Media AS · Org.nr. 911 222 333</p></footer>';
    for (const url of ['https://www.fjellbemanning.example/jobb/3', 'https://www.own-site.example/jobb/3']) {
      expect(ad(page('nb', 'Lagermedarbeider', '<p>Fjell Bemanning har mange oppdrag.</p>', head, footer), url)?.hiringOrganization?.name).toBe('Fjell Bemanning');
    }
  });

  test("the employer's own site is the employer, though its JSON-LD and its site name are one", () => {
    const head = `<meta property="og:site_name" content="Tverrvik Bygg">${posting('Tverrvik Bygg')}`;
    const found = ad(page('nb', 'Anleggsleder', '<p>Tverrvik Bygg er en entreprenør i vekst. Prosjektet gjøres sammen med Hillevåg Betong AS.</p>', head), 'https://www.tverrvikbygg.example/jobb/1');
    expect(found?.hiringOrganization?.name).toBe('Tverrvik Bygg');
  });
});

describe('the word for the kind of firm opens its registered name', () => {
  test.each([
    ['nb', 'Lundvik Brekke', 'Advokatfirmaet Lundvik og Brekke AS er et forretningsjuridisk advokatfirma med 34 advokater.', 'Advokatfirmaet Lundvik og Brekke AS'],
    ['sv', 'Holm Ekdahl', 'Revisionsbyrån Holm och Ekdahl AB är en revisionsbyrå med 40 medarbetare.', 'Revisionsbyrån Holm och Ekdahl AB'],
  ] as const)('%s: "%s" is "%s"', (lang, brand, opening, employer) => {
    const found = ad(page(lang, 'Advokatfullmektig', `<p>${opening}</p>`, posting(brand)), 'https://www.lawyers-board.example/job/4');
    expect(found?.hiringOrganization?.name).toBe(employer);
  });

  test('en: a descriptive "law firm" before the name is not part of it', () => {
    const found = ad(page('en', 'Trainee Solicitor', '<p>Hart &amp; Bell LLP is a law firm in Leeds with 34 lawyers.</p>', posting('Hart & Bell')), 'https://www.lawyers-board.example/job/5');
    expect(found?.hiringOrganization?.name).toBe('Hart & Bell LLP');
  });
});

describe("the ad's own closing line with the legal name of a one-word brand", () => {
  test.each([
    ['sv', 'Ekås gård', 'På Ekås gård utanför Vara driver vi mjölkproduktion.', 'Ekås Mjölk AB, Ekås 4, 534 91 Vara', 'Ekås Mjölk AB'],
    ['nb', 'Solheim gartneri', 'Solheim gartneri dyrker tomater i Brumunddal.', 'Solheim Grønt AS, Solheimsvegen 12, 2380 Brumunddal', 'Solheim Grønt AS'],
    ['en', 'Lowfell', 'Lowfell makes cheese near Penrith.', 'Lowfell Creamery Ltd · Company no. 08812345', 'Lowfell Creamery Ltd'],
  ] as const)('%s: the brand "%s" and the closing line\'s "%s"', (lang, brand, opening, line, employer) => {
    const body = `<div class="logo"><img src="${GIF}" alt="${brand}"></div><p>${opening}</p><div class="company-line">${line}</div>`;
    const found = ad(page(lang, 'Djurskötare', body), 'https://www.farm-board.example/annons/9');
    expect(found?.hiringOrganization?.name).toBe(employer);
  });
});

describe('Swiss, German and Dutch legal forms in the opening', () => {
  test.each([
    ['en', 'Alpbach', 'Alpbach Sensorik AG develops pressure sensors in Winterthur.', 'Alpbach Sensorik AG'],
    ['nb', 'Hochwald', 'Hochwald Pumpen AG utvikler pumper for vannverk i hele Europa.', 'Hochwald Pumpen AG'],
    ['sv', 'Vandermeer', 'Vandermeer Logistics B.V. har sitt nordiska kontor i Malmö.', 'Vandermeer Logistics B.V.'],
  ] as const)('%s: "%s" written in full', (lang, brand, opening, employer) => {
    const found = ad(page(lang, 'Engineer', `<p>${opening}</p>`, posting(brand)), 'https://www.swiss-board.example/job/6');
    expect(found?.hiringOrganization?.name).toBe(employer);
  });
});

describe('RDFa Lite marking the posting', () => {
  test('the RDFa employer and place, not a title segment', () => {
    const body = `<div vocab="http://schema.org/" typeof="JobPosting"><span property="title">cabinetmaker</span>
      <span property="hiringOrganization" typeof="Organization"><span property="name">Okanagan Ridge Millwork Ltd.</span></span>
      <span property="jobLocation" typeof="Place"><span property="address" typeof="PostalAddress"><span property="addressLocality">Kelowna</span> (<span property="addressRegion">BC</span>)</span></span></div>`;
    const html = `<html lang="en"><head><title>cabinetmaker - Kelowna (BC) - Job Bank</title></head><body><main><h1>cabinetmaker</h1>${body}${SECTIONS.en}</main></body></html>`;
    const found = ad(html, 'https://www.jobbank.example/jobsearch/jobposting/4412');
    expect(found?.hiringOrganization?.name).toBe('Okanagan Ridge Millwork Ltd.');
    expect(found?.locations).toEqual([{ city: 'Kelowna', region: 'BC' }]);
  });
});
