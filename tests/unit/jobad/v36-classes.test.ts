import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { isJobBoardName } from '../../../core/company/job-boards';
import { organisationIn, withoutAddress } from '../../../core/company/org-names';
import { GENERIC_TITLE } from '../../../core/jobad/generic-title';
import { isOtherAdsHeading } from '../../../core/jobad/headings';
import { beforeTermsPart } from '../../../core/jobad/place-rows';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { ad, BOARD, ld, page } from './employer-pages';

/**
 * Classes the thirty-sixth held-out set showed, read on purpose after its one measurement: a chamber of commerce's job
 * board; "Posted by: X · member since …"; "Latest on the Job Board"; the breadcrumb trail as a title; an advertiser row
 * with its town; an agency's assignment at a named client; the employer's brand and place after the title; a place row
 * running on into the hours; a company, with its registration number, that runs the brand. Names written for this test.
 */

const PAPER = 'https://www.lokalavisa.example/jobb/8815302';

test("a chamber of commerce's site carries its members' ads: its name is no employer", () => {
  for (const name of ['Kiribati Chamber of Commerce and Industry', 'St Helena Chamber of Commerce', 'Västsvenska Handelskammaren', 'Handelskammeret i Bergen']) expect(isJobBoardName(name), name).toBe(true);
  expect(isJobBoardName('Chambers Logistics')).toBe(false);
});

describe("who posted the ad on a members' board, its membership after a dot: the employer", () => {
  test.each([
    ['en', 'Posted by: Glimsvik Seaweed Exports Ltd · member since 2019', 'Glimsvik Seaweed Exports Ltd'],
    ['nb', 'Lagt ut av: Glimsvik Tang AS · medlem siden 2019', 'Glimsvik Tang AS'],
    ['sv', 'Publicerad av: Glimsvik Tång AB · medlem sedan 2019', 'Glimsvik Tång AB'],
  ] as const)('%s', (lang, row, employer) => {
    const html = page(lang, { title: 'Job Board | Glimsvik Chamber of Commerce', body: '<div class="title">Operations Coordinator</div>', after: `<p>${row}</p>` });
    expect(captureAd(html, 'https://glimsvikchamber.example/job-board/485').jobAd?.hiringOrganization?.name).toBe(employer);
  });
});

test('the heading over the board\'s newest ads', () => {
  expect(isOtherAdsHeading('Latest on the Job Board')).toBe(true);
  expect(isOtherAdsHeading('More from the jobs board')).toBe(true);
});

describe('the breadcrumb trail names no job', () => {
  test.each(['Home > Job Board > Operations Coordinator', 'Hem / Jobb / Livsmedel', 'Hjem › Stillinger › Kokk', 'Forside » Ledige stillinger » Kokk'])('%s', (line) => {
    expect(GENERIC_TITLE.test(line)).toBe(true);
  });
  test('a title with a slash is still one', () => {
    expect(GENERIC_TITLE.test('Lager / logistikkmedarbeider')).toBe(false);
  });
});

describe("an advertiser row's town or membership after the name is no part of it", () => {
  test.each([
    ['Grøndalen Fjellstue AS, Dombås', 'Grøndalen Fjellstue AS'],
    ['Vättersvik Upplevelser AB, Jönköping', 'Vättersvik Upplevelser AB'],
    ['Marbo Cove Hotels Ltd, Keswick', 'Marbo Cove Hotels Ltd'],
    ['Glimsvik Tång AB · medlem sedan 2019', 'Glimsvik Tång AB'],
  ] as const)('%s', (row, name) => {
    expect(withoutAddress(row)).toBe(name);
  });
});

describe("an agency's assignment at a named client is not the job", () => {
  test.each([
    ['Produktionsmedarbetare till filéavdelningen – uppdrag hos Skärhamns Fiskförädling', 'Produktionsmedarbetare till filéavdelningen'],
    ['Produksjonsmedarbeider til filetavdelingen – oppdrag hos Glimsvik Fisk', 'Produksjonsmedarbeider til filetavdelingen'],
    ['Production Operative, Fillet Line – assignment at Glimsvik Foods', 'Production Operative, Fillet Line'],
  ] as const)('%s', (title, job) => {
    expect(tidyTitle(title)).toBe(job);
  });
});

describe("the employer's brand and the place after the title both go", () => {
  test.each([
    ['sv', 'Sågverksoperatör till justerverket – Glimsås Sågverk, Sunne', 'Glimsås Sågverk AB', 'Sågverksoperatör till justerverket'],
    ['nb', 'Sagbruksoperatør til justeringsverket – Glimsås Sagbruk, Voss', 'Glimsås Sagbruk AS', 'Sagbruksoperatør til justeringsverket'],
    ['en', 'Sawmill Operator, Grading Line – Glimsås Sawmill, Keswick', 'Glimsås Sawmill Ltd', 'Sawmill Operator, Grading Line'],
  ] as const)('%s', (lang, title, employer, job) => {
    const head = ld({ title, hiringOrganization: { '@type': 'Organization', name: employer } });
    expect(ad(page(lang, { title: `${title} | Board`, head, body: `<h1>${title}</h1>` }), BOARD)?.title).toBe(job);
  });
});

describe('a place row running on into the hours after a bar ends before them', () => {
  test.each([
    ['Sunne | Heltid, tillsvidare | Publicerad 2 december 2026', 'Sunne'],
    ['Voss | Fast stilling | Publisert 2. desember 2026', 'Voss'],
    ['Keswick | Full-time, permanent | Posted 2 December 2026', 'Keswick'],
    ['Oslo | Bergen', 'Oslo | Bergen'],
  ] as const)('%s', (row, place) => {
    expect(beforeTermsPart(row)).toBe(place);
  });
});

describe('a company, with its registration number, that runs the brand the data names: the employer', () => {
  test.each([
    ['sv', 'Vättersvik Upplevelser AB, org.nr 559218-4476, driver Glimsö Vattenland på uppdrag av fastighetsägaren.', 'Vättersvik Upplevelser AB'],
    ['nb', 'Vättersvik Opplevelser AS, org.nr. 918 442 617, driver Glimsö Vannland på vegne av kommunen.', 'Vättersvik Opplevelser AS'],
    ['en', 'Vattersvik Leisure Ltd, company no. 08123456, runs Glimso Waterpark for the council.', 'Vattersvik Leisure Ltd'],
  ] as const)('%s', (lang, sentence, legal) => {
    const brand = /driver ([^p]+?) på|runs (.+?) for/u.exec(sentence)!.slice(1).find(Boolean)!;
    const head = ld({ title: 'Badvärd', hiringOrganization: { '@type': 'Organization', name: brand } });
    expect(ad(page(lang, { title: 'Badvärd | Lokalavisa', head, body: '<h1>Badvärd</h1>', after: `<p>${sentence}</p>` }), PAPER)?.hiringOrganization?.name).toBe(legal);
  });
});

describe("an abbreviation's full stop is the name's where no sentence ends at it (English forms: Nordic AS and AB take none)", () => {
  test.each([
    ['en', 'Glimsvik Atoll Freight, Inc. (GAF), a shipping company, is seeking an Accounts Officer.', 'Glimsvik Atoll Freight, Inc.'],
    ['en', 'Glimsvik Provisions Ltd. is the largest wholesale supplier on the islands.', 'Glimsvik Provisions Ltd.'],
    // Guards: a sentence that ends at the form, and a form written without its dot.
    ['en', 'We work with Glimsvik Provisions Ltd. The firm supplies resorts.', 'Glimsvik Provisions Ltd'],
    ['nb', 'Glimsvik Proviant AS. Selskapet leverer til hotellene.', 'Glimsvik Proviant AS'],
  ] as const)('%s: %s', (_lang, sentence, name) => {
    expect(organisationIn(sentence)).toBe(name);
  });
});
