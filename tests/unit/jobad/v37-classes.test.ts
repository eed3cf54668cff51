// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { isRegistrationLine } from '../../../core/company/registered-name';
import { organisationIn, withoutAddress } from '../../../core/company/org-names';
import { withoutEmployer } from '../../../core/jobad/agency-client';
import { GENERIC_TITLE } from '../../../core/jobad/generic-title';
import { locationsFromText } from '../../../core/jobad/location';
import { NAV_OR_STAMP } from '../../../core/jobad/seeker-line';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { opensWithPublicBody } from '../../../core/evidence/public-bodies';
import { ad, BOARD, ld, page } from './employer-pages';

/**
 * Classes the thirty-seventh held-out set showed, read on purpose after its one measurement: the client's row on a
 * recruiter's ad; a village written before the municipality it lies in; the job's heading in a header h2, fuller than the
 * data's title; the warehouse as the unit a title names; the employer's name cut short after the title; a plural place
 * label; a brand the footer calls another's trade name; Dutch legal forms; the venue's operator named a paragraph later;
 * a stamp line and "Positions Vacant" as titles; an advertiser row with its registration and trading name; a town no
 * register knows, seated by the ad's text. Names written for this test.
 */

const PAPER = 'https://www.lokalavisa.example/jobb/8815302';

// These pages read right without the row's label too (the name under the heading); the held-out page that showed the class,
// a recruiter's prose naming itself first (a-avisahemnes-fagerlidal-driftstekniker, now in tuning), fails without it.
describe("the client's row on a recruiter's ad names the employer", () => {
  test.each([
    ['nb', 'Oppdragsgiver', 'Glimsvik Kraft AS', 'Nordvik Rekruttering AS søker en driftstekniker. Selskapet eier fem kraftverk i dalen.'],
    ['sv', 'Uppdragsgivare', 'Glimsviks Kraft AB', 'Nordvik Rekrytering AB söker en drifttekniker. Bolaget äger fem kraftverk i dalen.'],
    ['en', 'Client', 'Glimsvik Power Ltd', 'Nordvik Recruitment Ltd is looking for an operations technician. The company owns five power stations in the valley.'],
  ] as const)('%s', (lang, label, employer, prose) => {
    const body = `<h1>Driftstekniker</h1><table><tr><th>${label}</th><td>${employer}</td></tr></table><p>${prose}</p>`;
    expect(ad(page(lang, { title: 'Driftstekniker | Lokalavisa', body }), PAPER)?.hiringOrganization?.name).toBe(employer);
  });
  test('a client kept confidential names nobody', () => {
    const body = '<h1>Controller</h1><table><tr><th>Client</th><td>Confidential</td></tr></table><p>Nordvik Recruitment Ltd is looking for a controller.</p>';
    expect(ad(page('en', { title: 'Controller | Jobs', body }), PAPER)?.hiringOrganization?.name).not.toBe('Confidential');
  });
});

describe('a village no register knows, before the municipality named for its area, is the place', () => {
  test.each([
    ['Glimsnes, Hemnes', 'Glimsnes'],
    ['Glimsta, Nordanstig', 'Glimsta'],
    // Guards: a town the register knows keeps its own name; a district of a listed town is that town; two municipalities are two places.
    ['Fagernes, Nord-Aurdal', 'Fagernes'],
    ['Vollan, Skien', 'Skien'],
    ['Hamar, Gjøvik', 'Hamar; Gjøvik'],
  ] as const)('%s', (row, place) => {
    expect(locationsFromText(row).map((l) => l.city).join('; ')).toBe(place);
  });
});

// Passes without the fix in this layout (the reader's view keeps the h2); the held-out page where it dropped it
// (a-vf-vojmsjo-skogsvardsledare, now in tuning) fails without the header's h2 being read.
describe("the ad's heading in an h2 above its facts, the data's title its first words: the heading", () => {
  test.each([
    ['sv', 'Skogsvårdsledare', 'Skogsvårdsledare till planeringsavdelningen', 'Ort', 'Dina arbetsuppgifter', 'Planera skogsvård'],
    ['nb', 'Skogbruksleder', 'Skogbruksleder til planavdelingen', 'Sted', 'Arbeidsoppgaver', 'Planlegge skogskjøtsel'],
    ['en', 'Forestry Supervisor', 'Forestry Supervisor for the planning team', 'Location', 'Your tasks', 'Plan forestry work'],
  ] as const)('%s', (lang, short, heading, label, section, duty) => {
    const head = ld({ title: short, hiringOrganization: { '@type': 'Organization', name: 'Glimsvik Skog AB' } });
    const html = `<html lang="${lang}"><head><title>${short} – Vilhelmina | Lokalavisa</title>${head}</head><body><header><nav><ul><li><a href="/">Start</a></li><li><a href="/jobb">Jobb</a></li></ul></nav></header><main><section class="annons"><h2 class="jobPostingHeader">${heading}</h2><dl><dt>${label}</dt><dd>Vilhelmina</dd></dl><div class="annons-text"><p>Glimsvik Skog AB plants and clears forest for private owners in the north, with 34 people in two offices.</p><h3>${section}</h3><ul><li>${duty}</li><li>${duty} 2</li></ul></div></section></main></body></html>`;
    expect(ad(html, PAPER)?.title).toBe(heading);
  });
});

describe('the warehouse and the kitchen are units a title names; the factory is the workplace', () => {
  test.each([
    ['Truckförare till lagret – säsong', 'Truckförare till lagret'],
    ['Truckfører til lageret', 'Truckfører til lageret'],
    ['Forklift Driver for the warehouse', 'Forklift Driver for the warehouse'],
    ['Kokk til kjøkkenet', 'Kokk til kjøkkenet'],
    // Guard: the site of the whole workplace still goes.
    ['Produktionsplanerare till fabriken', 'Produktionsplanerare'],
  ] as const)('%s', (title, job) => {
    expect(tidyTitle(title)).toBe(job);
  });
});

describe("the employer's name cut short after the title is no part of the job", () => {
  test.each([
    ['Produktionstekniker till bearbetningen – Hökensås Mek', 'Hökensås Mekaniska AB', 'Produktionstekniker till bearbetningen'],
    ['Produksjonstekniker – Glimsvik Mek', 'Glimsvik Mekaniske Verksted AS', 'Produksjonstekniker'],
    ['Production Engineer – Glimsvik Eng', 'Glimsvik Engineering Ltd', 'Production Engineer'],
    // Guards: another firm's words, and a single word, stay.
    ['Production Engineer – Nordvik Eng', 'Glimsvik Engineering Ltd', 'Production Engineer – Nordvik Eng'],
    ['Production Engineer – Glim', 'Glimsvik Engineering Ltd', 'Production Engineer – Glim'],
  ] as const)('%s', (title, employer, job) => {
    expect(withoutEmployer(title, employer)).toBe(job);
  });
});

test("a plural label for the job's places: each of them", () => {
  const body = '<h1>Solar Technicians</h1><dl><dt>Employer</dt><dd>Glimsvik Energy Ltd</dd><dt>Duty stations</dt><dd>Glimsnu; Glimsafu</dd></dl>';
  expect(ad(page('en', { title: 'Vacancies', body }), PAPER)?.locations.map((l) => l.city)).toEqual(['Glimsnu', 'Glimsafu']);
});

describe("a brand the footer calls another's trade name: the company that owns it employs", () => {
  test.each([
    ['en', 'GlimStaff is a trade name of Glimsvik Staffing B.V. · Chamber of Commerce no. 153377', 'Glimsvik Staffing B.V.'],
    ['nb', 'GlimStaff er et varemerke for Glimsvik Bemanning AS · Org.nr. 918 442 617', 'Glimsvik Bemanning AS'],
    ['sv', 'GlimStaff är ett varumärke för Glimsvik Bemanning AB · Org.nr 556721-0938', 'Glimsvik Bemanning AB'],
  ] as const)('%s', (lang, footer, legal) => {
    const head = ld({ title: 'Service Desk Consultant', hiringOrganization: { '@type': 'Organization', name: 'GlimStaff' } });
    const html = `<html lang="${lang}"><head><title>Service Desk Consultant | GlimStaff</title><meta property="og:site_name" content="GlimStaff">${head}</head><body><main><h1>Service Desk Consultant</h1><p>You will be employed by GlimStaff and placed at a bank.</p></main><footer><p>${footer}</p></footer></body></html>`;
    expect(ad(html, 'https://www.glimstaff.example/vacancies/ict/88')?.hiringOrganization).toMatchObject({ name: legal, alternateName: 'GlimStaff' });
  });
});

describe('Dutch legal forms, written with their dots', () => {
  test.each([
    ['Glimsvik Staffing B.V. · Chamber of Commerce no. 153377', 'Glimsvik Staffing B.V.'],
    ['The resort is operated by Glimsvik Hospitality N.V., registered with the Chamber of Commerce.', 'Glimsvik Hospitality N.V.'],
  ] as const)('%s', (text, name) => {
    expect(organisationIn(text)).toBe(name);
  });
});

describe('the venue the ad is for, named once, and its operator a paragraph later: the operator employs', () => {
  test.each([
    ['en', 'Glimsvik Beach Resort is a 212-room resort on the beach.', 'The resort is operated by Glimsvik Hospitality N.V., registered with the Chamber of Commerce.', 'Glimsvik Hospitality N.V.'],
    ['nb', 'Glimsvik Fjellhotell har 80 rom ved vannet.', 'Hotellet drives av Glimsvik Reiseliv AS.', 'Glimsvik Reiseliv AS'],
    ['sv', 'Glimsviks Camping ligger vid sjön.', 'Anläggningen drivs av Glimsviks Turism AB.', 'Glimsviks Turism AB'],
  ] as const)('%s', (lang, first, later, operator) => {
    const brand = first.split(/ (?:is|har|ligger)/u)[0]!;
    const head = ld({ title: 'Front Office Supervisor', hiringOrganization: { '@type': 'Organization', name: brand } });
    const html = page(lang, { title: `Front Office Supervisor at ${brand} | Board`, head, body: `<h1>Front Office Supervisor</h1><p>${first}</p>`, after: `<p>${later}</p>` });
    // The venue stays as the name it goes by, which its own site and the papers write.
    expect(ad(html, BOARD)?.hiringOrganization).toMatchObject({ name: operator, alternateName: brand });
  });
});

describe("a board's stamp line and its section's name are no job's title", () => {
  test.each(['Listed Thursday 3 December 2026', 'Posted 3 December 2026'])('%s', (line) => expect(NAV_OR_STAMP.test(line)).toBe(true));
  test.each(['Positions Vacant', 'Position vacant'])('%s', (line) => expect(GENERIC_TITLE.test(line)).toBe(true));
});

describe("an advertiser row's registration in brackets and what follows it are no part of the name", () => {
  test.each([
    ['Glimsvik Provisions Pty Ltd (ABN 71 604 118 392) trading as Glimsvik Store', 'Glimsvik Provisions Pty Ltd'],
    ['Glimsvik Proviant AS (org.nr. 918 442 617) som driver Glimsvik Handel', 'Glimsvik Proviant AS'],
    ['Glimsviks Proviant AB (org.nr 556721-0938) som driver Glimsviks Handel', 'Glimsviks Proviant AB'],
  ] as const)('%s', (row, name) => {
    expect(withoutAddress(row)).toBe(name);
  });
});

describe("a town no register knows, that the ad's text seats the job in", () => {
  test.each([
    ['en', 'Cold Storage Supervisor – Glimsuna', 'We run a freezer warehouse in Glimsuna.', 'Cold Storage Supervisor'],
    ['nb', 'Lagerleder – Glimsvåg', 'Vi driver et fryselager i Glimsvåg.', 'Lagerleder'],
    ['sv', 'Lagerchef – Glimsbyn', 'Vi driver ett fryslager i Glimsbyn.', 'Lagerchef'],
  ] as const)('%s: the heading\'s tail', (lang, heading, prose, title) => {
    const html = page(lang, { title: `${heading} | Classifieds`, body: `<h2>${heading}</h2><p>${prose}</p>` });
    const read = ad(html, PAPER);
    expect([read?.title, read?.locations.map((l) => l.city).join('; ')]).toEqual([title, heading.split(' – ')[1]]);
  });
  test.each([
    ['en', 'Glimsvik Bay Store · Glim Pine', 'The Glimsvik Bay Store in Taylors Road, Glim Pine is the oldest grocery on the island.'],
    ['nb', 'Glimsvik Landhandel · Glimsøra', 'Glimsvik Landhandel har ligget i Glimsøra siden 1954.'],
    ['sv', 'Glimsviks Lanthandel · Glimsbyn', 'Glimsviks Lanthandel har legat i Glimsbyn sedan 1954.'],
  ] as const)('%s: the line under the heading, a name and the town', (lang, line, prose) => {
    const html = page(lang, { title: 'Positions Vacant', body: `<div class="listing-heading">Store Manager</div><div class="sub">${line}</div><p>${prose}</p>` });
    expect(ad(html, PAPER)?.locations.map((l) => l.city)).toEqual([line.split(' · ')[1]]);
  });
});

test("Australia's, Singapore's and the Netherlands' registration numbers mark a registry line", () => {
  for (const line of ['Glimsvik Island Freight · ACN 612 440 219', 'Glimsvik Pty Ltd · ABN 71 604 118 392', 'Glimsvik B.V. · KvK 40281']) expect(isRegistrationLine(line), line).toBe(true);
  expect(isRegistrationLine('Glimsvik ACN team')).toBe(false);
});

test('a count opening the sentence is no place before a public body', () => {
  expect(opensWithPublicBody('Two county reports were submitted to the agency after the deadline.')).toBe(false);
  expect(opensWithPublicBody('Flere kommune-rapporter kom for sent.')).toBe(false);
  // Guard: a place's body still is one.
  expect(opensWithPublicBody('Gjøvik kommune skal bygge ny skole.')).toBe(true);
});
