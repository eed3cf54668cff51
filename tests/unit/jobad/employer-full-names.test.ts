// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { isJobBoardName } from '../../../core/company/job-boards';
import { isTheJob } from '../../../core/jobad/title-parts';
import { ad, BOARD, SECTIONS, type Lang } from './employer-pages';

/**
 * Classes the tenth held-out set showed (then moved into tuning), in English, Norwegian and Swedish, as a reader
 * trusts them on any page: a part of the ad's heading (the job, a perk, the area) is never the employer; the
 * advertiser line names the employer; a name the ad's opening writes in full (its legal form, a charity's
 * "Trust") beats a brand or a partial name in the structured data; a short form in brackets stands for the name
 * written before it; a board whose brand ends in "jobs" is still a board.
 */

const page = (lang: Lang, title: string, body: string, extra = '') =>
  `<html lang="${lang}"><head><title>${title}</title>${extra}</head><body><main>${body}${SECTIONS[lang]}</main></body></html>`;
const jsonLd = (title: string, employer: string) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title, hiringOrganization: { '@type': 'Organization', name: employer }, datePosted: '2026-11-20' })}</script>`;

describe("a part of the ad's own heading (the job, a perk, the area) is never the employer", () => {
  test.each([
    ['en', 'Sous Chef - Live-in Available - Lake District job in Keswick', 'Sous Chef - Live-in Available - Lake District', 'Advertiser: Grey Heron Hotel (Keswick) Ltd', 'Grey Heron Hotel (Keswick) Ltd'],
    ['nb', 'Kokk – Bolig tilbys – Lofoten', 'Kokk – Bolig tilbys – Lofoten', 'Annonsør: Henningsvær Rorbuer AS', 'Henningsvær Rorbuer AS'],
    ['sv', 'Kock – Boende ingår – Jämtland', 'Kock – Boende ingår – Jämtland', 'Annonsör: Åre Fjällhotell AB', 'Åre Fjällhotell AB'],
  ] as const)('%s: "%s"', (lang, title, h1, advertiser, employer) => {
    const html = page(lang, title, `<h1>${h1}</h1><p>${advertiser}</p>`);
    const name = ad(html, BOARD)?.hiringOrganization?.name;
    expect(name).toBe(employer);
  });

  test.each([
    ['en', 'Brightwater Supply Co. - Warehouse Associate - 1st Shift', 'Warehouse Associate - 1st Shift', 'Brightwater Supply Co.'],
    ['nb', 'Valdres Bilruter AS – Bussjåfør – Nattskift', 'Bussjåfør – Nattskift', 'Valdres Bilruter AS'],
    ['sv', 'Lagerarbetare – Kvällsskift – Norrlager AB', 'Lagerarbetare – Kvällsskift', 'Norrlager AB'],
  ] as const)('%s: the job title in <title> is not its employer: "%s"', (lang, title, h1, employer) => {
    const html = page(lang, title, `<h1>${h1}</h1>`);
    expect(ad(html, 'https://careers.example.org/jobs/1')?.hiringOrganization?.name).toBe(employer);
  });

  test('a real employer whose name looks like a perk stands apart from the heading', () => {
    const html = page('en', 'Care Assistant - Live-in Care Ltd', '<h1>Care Assistant</h1>');
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe('Live-in Care Ltd');
  });
});

describe('a name the ad writes in full beats a brand or a partial name', () => {
  test.each([
    ['en', 'Tidewell', '<h2>Tidewell Labs</h2><h1>Backend Engineer</h1><p>We are three people. Tidewell Labs, Inc. is incorporated in Delaware.</p>', 'Tidewell Labs, Inc.'],
    ['nb', 'Havlys', '<h1>Utvikler</h1><p>Havlys Teknologi AS lager sensorer for oppdrettsnæringen.</p>', 'Havlys Teknologi AS'],
    ['sv', 'Kvarnsten', '<h1>Utvecklare</h1><p>Kvarnsten Data AB bygger system för kvarnar.</p>', 'Kvarnsten Data AB'],
    ['en', 'Hearth and Harbour', '<h1>Volunteer Coordinator</h1><p>Hearth &amp; Harbour Trust</p><p>We run a night shelter.</p>', 'Hearth & Harbour Trust'],
    ['nb', 'Fjellhjelpa', '<h1>Miljøarbeider</h1><p>Fjellhjelpa Stiftelse</p><p>Vi driver et natthjem.</p>', 'Fjellhjelpa Stiftelse'],
    ['sv', 'Skärgårdshjälpen', '<h1>Samordnare</h1><p>Skärgårdshjälpen Förening</p><p>Vi driver ett härbärge.</p>', 'Skärgårdshjälpen Förening'],
  ] as const)('%s: "%s" → the fuller name', (lang, brand, body, employer) => {
    const html = page(lang, 'Job', body, jsonLd('Job', brand));
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(employer);
  });

  test.each([
    // Another company with the same first word, further down the page (similar jobs, a rival): not the employer's fuller name.
    ['en', 'Tidewell', '<h1>Backend Engineer</h1><p>We build freight visibility.</p><p>Remote.</p><p>Weekly demos.</p><p>Similar: Tidewell Energy Ltd is hiring.</p>', 'Tidewell'],
    // A name that is already written with its legal form does not grow by a town.
    ['sv', 'Holmgaard Logistik ApS', '<h1>Data Engineer</h1><p>Holmgaard Logistik ApS Kolding</p>', 'Holmgaard Logistik ApS'],
    // A link's words after the name ("Home Page") are not part of it.
    ['en', 'Brightwater Labs', '<h1>Product Designer</h1><p>Brightwater Labs Home Page</p>', 'Brightwater Labs'],
    // The board's own legal line in the opening does not start with the employer's name.
    ['nb', 'Havlys', '<h1>Utvikler</h1><p>Jobbsiden drives av Regionjobb Media AS.</p>', 'Havlys'],
  ] as const)('%s: "%s" stays as stated when nothing writes it in full', (lang, brand, body, employer) => {
    const html = page(lang, 'Job', body, jsonLd('Job', brand));
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(employer);
  });
});

describe('a short form in brackets stands for the name written before it', () => {
  const own = (lang: Lang, title: string, logo: string, footer: string) =>
    `<html lang="${lang}"><head><title>${title}</title></head><body><header><img src="data:," alt="${logo}"></header><main><h1>Driftstekniker</h1>${SECTIONS[lang]}</main><footer><p>${footer}</p></footer></body></html>`;

  test.each([
    ['nb', 'Ledig stilling: Driftstekniker – SiMjøs', 'SiMjøs', 'Studentsamskipnaden Mjøs (SiMjøs) er studentenes velferdsorganisasjon.', 'https://www.simjos.no/jobb/1', 'Studentsamskipnaden Mjøs'],
    ['en', 'Vacancy: Technician – NWRA', 'NWRA', 'North Wessex Rivers Authority (NWRA) looks after three rivers.', 'https://www.nwra.org.uk/jobs/1', 'North Wessex Rivers Authority'],
    ['sv', 'Ledigt jobb: Drifttekniker – KFF', 'KFF', 'Kalmar Fastighetsförvaltning (KFF) förvaltar 3 000 lägenheter.', 'https://www.kff.se/jobb/1', 'Kalmar Fastighetsförvaltning'],
  ] as const)('%s: "%s"', (lang, title, logo, footer, url, employer) => {
    expect(ad(own(lang, title, logo, footer), url)?.hiringOrganization?.name).toBe(employer);
  });

  test('another short form in brackets is not the employer', () => {
    const html = own('nb', 'Ledig stilling: Driftstekniker – SiMjøs', 'SiMjøs', 'Vi samarbeider med Høgskolen i Innlandet (HINN).');
    expect(ad(html, 'https://www.simjos.no/jobb/1')?.hiringOrganization?.name).not.toBe('Høgskolen i Innlandet');
  });
});

describe('a board whose brand ends in "jobs" is still a board, and its operator never the employer', () => {
  test('names', () => {
    expect(isJobBoardName('Netjobs')).toBe(true);
    expect(isJobBoardName('Totaljobs')).toBe(true);
    expect(isJobBoardName('Brightwater Jobs')).toBe(false);
    expect(isJobBoardName('Valdres Bussdrift')).toBe(false);
  });

  test.each([
    ['nb', 'Bussjåfør – 60 % fast, Fagernes | Netjobs', 'Bussjåfør – 60 % fast, Fagernes', 'Valdres Bussdrift AS · Lagt ut 30. november 2026', 'Netjobs drives av Netjobs Group AS, Oslo.', 'Valdres Bussdrift AS'],
    ['en', 'Warehouse Operative - Leeds | Totaljobs', 'Warehouse Operative - Leeds', 'Haverford Cold Store Ltd · Posted 30 November 2026', 'Totaljobs is operated by Totaljobs Group Ltd.', 'Haverford Cold Store Ltd'],
    ['sv', 'Lagerarbetare – Jönköping | Netjobs', 'Lagerarbetare – Jönköping', 'Norrlager AB · Publicerad 30 november 2026', 'Netjobs drivs av Netjobs Group AS.', 'Norrlager AB'],
  ] as const)('%s: "%s"', (lang, title, h1, line, footer, employer) => {
    const html = `<html lang="${lang}"><head><title>${title}</title></head><body><header><img src="data:," alt="Netjobs"></header><main><h1>${h1}</h1><p>${line}</p>${SECTIONS[lang]}</main><footer><p>${footer}</p></footer></body></html>`;
    expect(ad(html, 'https://www.netjobs.com/stilling/4471820')?.hiringOrganization?.name).toBe(employer);
  });
});

describe("on the employer's own site, the job in <title> is no employer and the footer's legal name the address spells is", () => {
  const intro = '<p>Vi söker en utvecklare till teamet.</p><p>Du arbetar nära kunderna.</p><p>Vi har kontor centralt.</p><p>Läs mer nedan.</p>';
  const own = (lang: Lang, title: string, h1: string, footer: string) =>
    `<html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${h1}</h1>${intro}${SECTIONS[lang]}</main><footer><p>${footer}</p></footer></body></html>`;

  test.each([
    ['sv', 'Systemutvecklare .NET, Malmö – Karriär', 'Systemutvecklare inom .NET – Malmö', 'Kodverket Syd AB · Org.nr 559233-1904 · Davidshallsgatan 16, 211 45 Malmö', 'https://kodverket.se/karriar/1', 'Kodverket Syd AB'],
    ['nb', 'Utvikler Java, Bergen – Karriere', 'Utvikler innen Java – Bergen', 'Kodehuset Vest AS · Org.nr. 912 345 678 · Strandkaien 4, 5013 Bergen', 'https://www.kodehuset.no/karriere/1', 'Kodehuset Vest AS'],
    ['en', 'Data Analyst, Leeds – Careers', 'Data Analyst – Leeds', '© 2026 Ledgerline Analytics Ltd · Company no 01234567', 'https://www.ledgerline.co.uk/careers/1', 'Ledgerline Analytics Ltd'],
  ] as const)('%s: "%s"', (lang, title, h1, footer, url, employer) => {
    expect(ad(own(lang, title, h1, footer), url)?.hiringOrganization?.name).toBe(employer);
  });

  test("another owner's legal name, or an association the firm belongs to, is not the employer", () => {
    const agency = ad(own('sv', 'Systemutvecklare .NET, Malmö – Karriär', 'Systemutvecklare inom .NET – Malmö', 'Webbyrån Pixel AB · Vi är medlemmar i Almega IT&Telekomföretagen.'), 'https://kodverket.se/karriar/1');
    expect(agency?.hiringOrganization?.name ?? '').not.toMatch(/Pixel|Almega|Systemutvecklare/);
  });

  test('a segment is the job when every word of it is in the heading', () => {
    expect(isTheJob('Systemutvecklare .NET, Malmö', 'Systemutvecklare inom .NET – Malmö')).toBe(true);
    expect(isTheJob('Data Analyst', 'Data Analyst – Leeds')).toBe(true);
    expect(isTheJob('Kodverket', 'Systemutvecklare inom .NET – Malmö')).toBe(false);
    expect(isTheJob('Bergen Kodehus', 'Utvikler – Bergen')).toBe(false);
  });
});
