import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { guessCompany } from '../../../core/company/identity';
import { asksEmployersForAds, isJobBoardName } from '../../../core/company/job-boards';
import { classifyHeading } from '../../../core/jobad/headings';
import { normalizeEmploymentTypes } from '../../../core/jobad/employment';
import { isNiceItem } from '../../../core/jobad/lists';
import { ld } from './employer-pages';
import { pageInput } from './page-input';
import { writtenInFull } from '../../../core/jobad/employer-fuller';

/**
 * Classes the fifty-seventh held-out set showed, read in the session that measured it: a board named "… Jobs Hub" or
 * "… Jobs Noticeboard" and its "List a Job" link; a Baltic or Faroese form before a name that runs something ("UAB Ulvmantas
 * Logistika runs …"); a recruiter "delighted to be assisting" its client "in the search for …", the recruiter's office in
 * the data a place the page never names; a logo's tagline after a dash, and a legal name that runs the brand's site
 * ("… AB driver skidanläggningen Ulvfjäll"); a one-word brand's genitive opening the legal name ("Ulvgårdens Vård och Omsorg
 * AB är …"); the data's title with its place after a dash under a heading with the unit; an Irish operator's line ("… is
 * operated by … DAC, registered in Ireland no. …"); company pages whose logo is "BRAND · Isle of …" or initials over a footer
 * line with the name; "(3-month contract)" a fixed term; "Reporting to …, the CNM2 will:" over the duties; "… will help your
 * application" a wish. Read as a tab is read (the capture path). Names written for this test.
 */

const read = (html: string, url: string) => captureAd(html, url).jobAd;
const doc = (lang: string, title: string, head: string, body: string): string => `<html lang="${lang}"><head><title>${title}</title>${head}</head><body>${body}</body></html>`;
const company = (html: string, url: string): string => {
  const { page, url: clip, jobAd } = captureAd(html, url);
  return guessCompany(clip, page.metadata, page.jsonLd, jobAd, page.lines).name;
};

describe('boards by their names', () => {
  test.each(['South Ulvago Jobs Hub', 'Ulvemara Jobs Noticeboard', 'Ulvwest Job Notice Board'])('%s is a board', (name) => {
    expect(isJobBoardName(name)).toBe(true);
  });
  test('guards: a firm with "Hub" in its name, a recruiter', () => {
    expect(isJobBoardName('Ulvport Logistics Hub')).toBe(false);
    expect(isJobBoardName('Ulvback Rural Recruitment Pty Ltd')).toBe(false);
  });
  test('"List a Job" asks employers for ads', () => {
    expect(asksEmployersForAds([{ text: 'List a Job' }])).toBe(true);
  });
  test('en: the hub is no employer; the legal name trading as the logo\'s brand is', () => {
    const html = doc(
      'en',
      'Boning Room Supervisor – Night Shift | South Ulvago Jobs Hub',
      '',
      `<header><img src="data:," alt="South Ulvago Jobs Hub"><nav><a href="/">Home</a><a href="/jobs">Vacancies</a><a href="/list">List a Job</a></nav></header>
      <main><img src="data:," alt="Ulverua Meats"><h1>Boning Room Supervisor – Night Shift</h1><dl><dt>Town</dt><dd>Balclutha</dd><dt>Applications close</dt><dd>Sunday 17 January 2027</dd></dl>
      <p>Ulverua Processing Limited (trading as Ulverua Meats) processes lamb and mutton at its plant south of Balclutha.</p>
      <h2>What you'll be doing</h2><ul><li>Lead the night boning team</li></ul><h2>What we need from you</h2><ul><li>Three years in a boning room</li></ul>
      <p>Ulverua Processing Limited · NZBN 9429041876502 · Ulverua Valley Road, Balclutha 9272</p></main>
      <footer><p>South Ulvago Jobs Hub is run by the South Ulvago Employment Trust.</p></footer>`,
    );
    expect(read(html, 'https://www.southulvagojobs.example/vacancies/boning-room-supervisor')?.hiringOrganization?.name).toBe('Ulverua Processing Limited');
  });
});

describe('a form before the name, the sentence saying what it runs', () => {
  test.each([
    ['UAB Ulvmantas Logistika runs two cross-dock warehouses in Telšiai and Plungė.', 'Ulvmantas Logistika', 'UAB Ulvmantas Logistika'],
    ['SIA Ulvkalns Koks operates a sawmill and a planing line near Liepāja.', 'Ulvkalns Koks', 'SIA Ulvkalns Koks'],
  ] as const)('en: %s', (opening, brand, want) => {
    const html = doc(
      'en',
      `Shift Leader – ${brand} | UlvDarbs`,
      `<meta property="og:site_name" content="UlvDarbs">${ld({ title: 'Shift Leader', validThrough: '2027-01-20', hiringOrganization: { '@type': 'Organization', name: brand }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Telšiai', addressCountry: 'LT' } } })}`,
      `<main><h1>Shift Leader</h1><p>${brand}</p><p>${opening}</p><h2>Responsibilities</h2><ul><li>Lead a shift of twelve</li></ul><h2>Requirements</h2><ul><li>Two years as a team leader</li></ul></main>`,
    );
    expect(read(html, 'https://www.ulvdarbs.example/job/5511')?.hiringOrganization?.name).toBe(want);
  });
});

describe('a recruiter assisting its named client', () => {
  test.each([
    ['en', 'Ulvback Rural Recruitment is delighted to be assisting Ulvcoo Downs Pastoral Company Pty Ltd in the search for a Head Stockman.', 'Ulvcoo Downs Pastoral Company Pty Ltd'],
    ['nb', 'Ulvnes Rekruttering har gleden av å bistå Ulvdal Gårdsdrift AS i søket etter en driftsleder.', 'Ulvdal Gårdsdrift AS'],
    ['sv', 'Ulvnäs Rekrytering har glädjen att hjälpa Ulvdals Lantbruk AB i sökandet efter en driftsledare.', 'Ulvdals Lantbruk AB'],
  ] as const)('%s: the client employs; the recruiter\'s office in the data, never named on the page, takes its country away', (lang, opening, client) => {
    const recruiter = opening.split(/ (?:is|har) /u)[0]!;
    const html = doc(
      lang,
      'Head Stockman | Ulvwest Jobs Board',
      `<meta property="og:site_name" content="Ulvwest Jobs Board">${ld({ title: 'Head Stockman', hiringOrganization: { '@type': 'Organization', name: `${recruiter} Pty Ltd` }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Toowoomba', addressRegion: 'QLD', addressCountry: 'AU' } } })}`,
      `<main><div class="job-title">Head Stockman</div><dl><dt>Location</dt><dd>Longreach QLD 4730</dd></dl><p>${opening}</p>
      <h2>Responsibilities</h2><ul><li>Lead the stock camp</li></ul><h2>Requirements</h2><ul><li>Five years with breeding cattle</li></ul></main>`,
    );
    const ad = read(html, `https://www.ulvwestjobs.example/job/7730-${lang}`);
    expect(ad?.hiringOrganization?.name).toBe(client);
    expect(ad?.locations).toEqual([{ city: 'Longreach', region: 'QLD' }]);
  });
});

describe("a brand's legal name", () => {
  test.each([
    ['sv', 'Ulvfjäll – Skidåkning i Tärnafjällen', 'Ulvfjäll', 'Ulvfjällsbolaget i Tärna AB driver skidanläggningen Ulvfjäll med 14 liftar i Hemavan.', 'Ulvfjällsbolaget i Tärna AB'],
    ['nb', 'Ulvfjell – Skiglede i Tokke', 'Ulvfjell', 'Ulvfjellselskapet i Tokke AS driver skisenteret Ulvfjell med ni heiser i Dalen.', 'Ulvfjellselskapet i Tokke AS'],
  ] as const)('%s: a logo\'s tagline after a dash is no fuller name; the company that runs the brand\'s site is', (lang, logo, brand, opening, want) => {
    const html = doc(
      lang,
      'Liftvärd – Ulvkuriren Jobb',
      `<meta property="og:site_name" content="Ulvkuriren">${ld({ title: 'Liftvärd', hiringOrganization: { '@type': 'Organization', name: brand }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Storuman', addressCountry: 'SE' } } })}`,
      `<main><img src="data:," alt="${logo}"><h1>Liftvärd</h1><p>${opening}</p><h2>Det här kommer du att göra</h2><ul><li>Hjälpa gäster i liften</li></ul><h2>Vem är du?</h2><ul><li>Du är minst 18 år</li></ul></main>`,
    );
    expect(read(html, `https://www.ulvkuriren.example/jobb/3301-${lang}`)?.hiringOrganization?.name).toBe(want);
  });
  test.each([
    ['sv', 'Ulvgården', 'Ulvgårdens Vård och Omsorg AB är ett privat omsorgsföretag som driver två boenden i norra Värmland, Ulvgården i Ulvmark och Lingonbacken i Torsby.', 'Ulvgårdens Vård och Omsorg AB'],
    ['nb', 'Ulvtunet', 'Ulvtunets Omsorg og Helse AS er et privat omsorgsselskap som driver to bofellesskap i Tokke, Ulvtunet i Dalen og Lia i Åmot.', 'Ulvtunets Omsorg og Helse AS'],
  ] as const)('%s: a one-word brand in the genitive opens the legal name (the logo\'s name written in full)', (lang, brand, opening, want) => {
    const html = doc(lang, 'Undersköterska, natt | Lediga jobb | Ulvbladet', '', `<main><img src="data:," alt="${brand}"><h1>Undersköterska, natt</h1><p>${opening}</p><h2>Arbetsuppgifter</h2><ul><li>Omvårdnad under natten</li></ul></main>`);
    expect(writtenInFull(brand, pageInput(html, `https://www.ulvbladet.example/jobb/88-${lang}`).input)).toBe(want);
  });
  test('guard: a short brand\'s genitive opening another sentence is no name of it', () => {
    const html = doc('sv', 'Lärare | Ulvbladet', '', '<main><h1>Lärare</h1><p>Ulvs kommun söker en lärare.</p></main>');
    expect(writtenInFull('Ulv', pageInput(html, 'https://www.ulvbladet.example/jobb/89').input)).toBeUndefined();
  });
  test('en: "… Nursing Home is operated by … DAC, registered in Ireland no. …": the operator employs, and the home is no part of the title', () => {
    const html = doc(
      'en',
      'Clinical Nurse Manager 2 – Ulv na Mara Nursing Home, Clifden | Ulvemara Jobs Noticeboard',
      '<meta property="og:site_name" content="Ulvemara Jobs Noticeboard">',
      `<main><h1>Clinical Nurse Manager 2 – Ulv na Mara Nursing Home, Clifden</h1><p>Location: Clifden, Co. Galway</p>
      <p>Ulv na Mara is a 52-bed nursing home overlooking the bay.</p><p>Reporting to the Person in Charge, the CNM2 will:</p><ul><li>Manage the nursing floor</li><li>Lead clinical audit</li></ul>
      <h2>Essential requirements</h2><ul><li>Registered General Nurse</li></ul>
      <p>Ulv na Mara Nursing Home is operated by Ulvthán Care Services DAC, registered in Ireland no. 641187, Sky Road, Clifden, Co. Galway, H71 X2P6.</p></main>
      <footer><p>Ulvemara Jobs Noticeboard is operated by Ulvras Beag Community Enterprise CLG.</p><p>© 2026 Ulvras Beag Community Enterprise CLG</p></footer>`,
    );
    const ad = read(html, 'https://www.ulvemarajobs.example/jobs/cnm2-1226');
    expect(ad?.hiringOrganization?.name).toBe('Ulvthán Care Services DAC');
    expect(ad?.title).toBe('Clinical Nurse Manager 2');
    expect(ad?.responsibilities).toEqual(['Manage the nursing floor', 'Lead clinical audit']);
  });
});

describe('titles', () => {
  test('en: the data\'s "… (A&P) - Ulvzebue" under the heading "… for Line Maintenance": the heading, its place no word of the job', () => {
    const html = doc(
      'en',
      'Aircraft Maintenance Technician for Line Maintenance - Ulvzebue, AK - Ulvarctic Job Board',
      ld({ title: 'Aircraft Maintenance Technician (A&P) - Ulvzebue', hiringOrganization: { '@type': 'Organization', name: 'Ulvatak Air' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Ulvzebue', addressRegion: 'AK', addressCountry: 'US' } } }),
      `<main><h1>Aircraft Maintenance Technician for Line Maintenance</h1><p>📍 Ulvzebue, AK 99752</p><p>Ulvatak Air flies passengers and freight to eleven villages.</p>
      <h2>Job Duties</h2><ul><li>Perform scheduled inspections</li></ul><h2>Minimum Qualifications</h2><ul><li>FAA A&amp;P certificate</li></ul></main>`,
    );
    expect(read(html, 'https://www.ulvarcticjobs.example/posting/5521')?.title).toBe('Aircraft Maintenance Technician for Line Maintenance');
  });
});

describe('company pages', () => {
  test('en: the logo "ULVS BAY · Isle of Mull" and the footer\'s "Ulvs Bay Distillers · The Old Pier Store · …": the footer\'s name', () => {
    const html = doc(
      'en',
      'Whisky from the Sound of Mull | Our Story',
      '',
      `<header><img src="data:," alt="ULVS BAY · Isle of Mull"></header><main><h1>Made slowly, by the harbour</h1><p>The distillery was founded in 2016 in a former pier store.</p></main>
      <footer><p>Ulvs Bay Distillers · The Old Pier Store · Main Street · Tobermory · Isle of Mull · PA75 6NR</p></footer>`,
    );
    expect(company(html, 'https://www.ulvsbay.example/our-story')).toBe('Ulvs Bay Distillers');
  });
  test('en: initials as the logo, "Ulvsbotn Linjan · … · V-tal 612.345" in the footer (a Faroese VAT number)', () => {
    const html = doc(
      'en',
      'Contact us – weekly sailings Faroe Islands · Scotland',
      '',
      `<header><img src="data:," alt="UL"></header><main><h1>Get in touch</h1><p>Our booking office on the harbour is open Monday to Friday.</p></main>
      <footer><p>Ulvsbotn Linjan · Bryggjubakki 14 · FO-100 Tórshavn · Faroe Islands · V-tal 612.345</p></footer>`,
    );
    expect(company(html, 'https://www.ulvsbotn.example/en/contact')).toBe('Ulvsbotn Linjan');
  });
});

describe('terms and lists', () => {
  test.each([
    ['3-month contract', ['TEMPORARY']],
    ['12 month contract', ['TEMPORARY']],
    ['Contract', ['CONTRACTOR']],
    ['Contractor', ['CONTRACTOR']],
  ] as const)('%s', (text, want) => {
    expect(normalizeEmploymentTypes([text])).toEqual(want);
  });
  test.each([
    ['Reporting to the Person in Charge, the CNM2 will:'],
    ['Du rapporterer til driftssjefen og skal:'],
    ['Du rapporterar till platschefen och ska:'],
  ])('the duties under "%s"', (heading) => {
    expect(classifyHeading(heading)).toBe('responsibilities');
  });
  test.each(['A forklift or telehandler ticket will help your application.', 'Truckførerbevis vil styrke søknaden din.', 'Truckkort stärker din ansökan.'])('a wish: %s', (item) => {
    expect(isNiceItem(item)).toBe(true);
  });
});
