// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { withoutAddress } from '../../../core/company/org-names';
import { locationsFromText } from '../../../core/jobad/location';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { ad, ld, page } from './employer-pages';

/**
 * Classes the thirty-eighth held-out set showed, read on purpose after its one measurement: a town no register knows
 * after the heading's dash and before its terms in brackets; a place named "X of the Y"; an employer row's legal name
 * before the address in commas; an assignment's length after the title; an agency that says by name it employs; a
 * registry line naming the brand's owner with its trade word in another form. Names written for this test.
 */

const PAPER = 'https://www.islandnews.example/vacancies/2291';

describe("the heading's town before its terms in brackets, seated by the ad's text", () => {
  test.each([
    ['en', 'Freight Coordinator – Glimstown (part-time, 60 %)', 'Deliver every crate to the customer\'s door in Glimstown.', 'Freight Coordinator', 'Glimstown'],
    ['nb', 'Lagerkoordinator – Glimsøra (deltid, 60 %)', 'Vi leverer varene til kundene i Glimsøra.', 'Lagerkoordinator', 'Glimsøra'],
    ['sv', 'Lagersamordnare – Glimsbyn (deltid, 60 %)', 'Vi levererar varorna till kunderna i Glimsbyn.', 'Lagersamordnare', 'Glimsbyn'],
  ] as const)('%s', (lang, heading, prose, title, town) => {
    const read = ad(page(lang, { title: 'Vacancies', body: `<h1>${heading}</h1><p>${prose}</p>` }), PAPER);
    expect([read?.title, read?.locations.map((l) => l.city).join('; ')]).toEqual([title, town]);
  });
});

describe('a place named "X of the Y" is one place', () => {
  test.each([
    ['Edinburgh of the Seven Seas', 'Edinburgh of the Seven Seas'],
    ['Glimsby of the Isles', 'Glimsby of the Isles'],
    // Guard: a phrase that only names a known town in passing still gives that town.
    ['Based in our Bristol office', 'Bristol'],
  ] as const)('%s', (row, place) => {
    expect(locationsFromText(row).map((l) => l.city).join('; ')).toBe(place);
  });
});

describe("an employer row's legal name before the address in commas", () => {
  test.each([
    ['Glimsvik Fisheries Ltd, Edinburgh of the Seven Seas, Tristan da Cunha, South Atlantic Ocean.', 'Glimsvik Fisheries Ltd'],
    ['Glimsvik Fiske AS, Glimsøya, Nordland', 'Glimsvik Fiske AS'],
    ['Glimsviks Fiske AB, Glimsö, Västerbotten', 'Glimsviks Fiske AB'],
    // Guard: a name without a legal form keeps its row.
    ['Glimsvik Fisheries, Glimsby, South Atlantic', 'Glimsvik Fisheries, Glimsby, South Atlantic'],
  ] as const)('%s', (row, name) => {
    expect(withoutAddress(row)).toBe(name);
  });
});

describe("an assignment's length after the title is no part of it", () => {
  test.each([
    ['Payroll Clerk (6-month assignment)', 'Payroll Clerk'],
    ['Lønnsmedarbeider (6 måneder)', 'Lønnsmedarbeider'],
    ['Löneadministratör (6 månader)', 'Löneadministratör'],
    ['Site Engineer (two-year secondment)', 'Site Engineer'],
  ] as const)('%s', (title, job) => {
    expect(tidyTitle(title)).toBe(job);
  });
});

describe('an agency that says by name that it employs the hire is the employer, whatever the data names', () => {
  test.each([
    ['en', 'Glimsvik Staffing LLC is hiring a Payroll Clerk for an assignment with our client. You will be employed and paid weekly by Glimsvik Staffing.', 'Glimsvik Staffing LLC'],
    ['nb', 'Glimsvik Bemanning AS søker en lønnsmedarbeider til et oppdrag hos vår kunde. Du blir ansatt og får lønn av Glimsvik Bemanning.', 'Glimsvik Bemanning AS'],
    ['sv', 'Glimsviks Bemanning AB söker en löneadministratör för ett uppdrag hos vår kund. Du blir anställd och får lön av Glimsviks Bemanning.', 'Glimsviks Bemanning AB'],
  ] as const)('%s', (lang, prose, employer) => {
    const head = ld({ title: 'Payroll Clerk', hiringOrganization: { '@type': 'Organization', name: 'Sugar Bay Medical Group' } });
    const html = page(lang, { title: 'Payroll Clerk | Island Jobs', head, body: `<h1>Payroll Clerk</h1><p>${prose}</p>` });
    expect(ad(html, PAPER)?.hiringOrganization?.name).toBe(employer);
  });
});

describe("a registry line naming the brand's owner, its trade word in another form", () => {
  test.each([
    ['en', 'Glimsvik Bay Divers', 'Glimsvik Bay Dive Centre B.V. · registered with the Chamber of Commerce for Bonaire, Sint Eustatius and Saba under no. 100277 · Windwardside, Saba'],
    ['nb', 'Glimsvik Bay Dykkere', 'Glimsvik Bay Dykkesenter AS · org.nr. 918 442 617 · Glimsøra'],
    ['sv', 'Glimsvik Bay Dykare', 'Glimsvik Bay Dykcenter AB · org.nr 556721-0938 · Glimsö'],
  ] as const)('%s', (lang, brand, line) => {
    const head = ld({ title: 'Dive Instructor', hiringOrganization: { '@type': 'Organization', name: brand } });
    const html = page(lang, { title: 'Dive Instructor | Island Jobs', head, body: `<h1>Dive Instructor</h1><p>${brand} runs two boats.</p>`, after: `<p>${line}</p>` });
    expect(ad(html, PAPER)?.hiringOrganization?.name).toBe(line.split(' · ')[0]);
  });
  test('a brand whose words differ from the registered name is left alone', () => {
    const head = ld({ title: 'Driver', hiringOrganization: { '@type': 'Organization', name: 'Glimsvik Carriers' } });
    const html = page('en', { title: 'Driver | Island Jobs', head, body: '<h1>Driver</h1><p>Glimsvik Carriers runs the harbour tractors.</p>', after: '<p>Creux Harbour Haulage Limited, registered in Guernsey, company no. 61734.</p>' });
    expect(ad(html, PAPER)?.hiringOrganization?.name).toBe('Glimsvik Carriers');
  });
});
