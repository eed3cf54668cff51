// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { findDeadline } from '../../../core/jobad/deadline';
import { locationsFromText } from '../../../core/jobad/location';
import { withoutOrganisationTail, withoutOwnPlace } from '../../../core/jobad/title-parts';
import { ad, BOARD, SECTIONS, type Lang } from './employer-pages';
import type { TextBlock } from '../../../core/model';

/**
 * Fact classes the twenty-second held-out set showed, in English, Norwegian and Swedish: a state's code of three letters
 * and the regions of further countries after the town; a building or its floor in a work address; a pin drawn before the
 * place; the country of the header's address for the title's town; 'Deadline to apply' over its date; a page title's part
 * that the heading opens before a bracket; the boards' own class for the title element; the ad's places listed after a
 * dash in its title; an organisation named at the title's end. Sentences and names written for this test.
 */

const p = (text: string): TextBlock => ({ tag: 'p', text });
const page = (lang: Lang, title: string, head: string, body = '') =>
  `<html lang="${lang}"><head><title>${title}</title></head><body><main>${head}<p>Vi har en ledig stilling.</p>${body}${SECTIONS[lang]}</main></body></html>`;

describe("a state's code or a region of a further country after the town", () => {
  test.each([
    ['Footscray, VIC', { city: 'Footscray', region: 'VIC' }],
    ['Sapporo, Hokkaido', { city: 'Sapporo', region: 'Hokkaido' }],
    ['Gisborne, Tairāwhiti, New Zealand', { city: 'Gisborne', region: 'Tairāwhiti', country: 'New Zealand' }],
    ['Faisalabad, Punjab', { city: 'Faisalabad', region: 'Punjab' }],
    ['Umhlanga, KwaZulu-Natal', { city: 'Umhlanga', region: 'KwaZulu-Natal' }],
    ['Kraków, Małopolskie', { city: 'Kraków', region: 'Małopolskie' }],
    ['Košice, Košický kraj', { city: 'Košice', region: 'Košický kraj' }],
  ])('%s', (text, place) => {
    expect(locationsFromText(text)).toEqual([place]);
  });

  test.each([
    ['en', 'Where: Footscray, VIC'],
    ['nb', 'Arbeidssted: Footscray, VIC'],
    ['sv', 'Arbetsort: Footscray, VIC'],
  ] as const)('%s: a row of its own', (lang, row) => {
    expect(ad(page(lang, 'Rådgiver | Jobb', '<h1>Rådgiver</h1>', `<ul><li>${row}</li></ul>`), BOARD)?.locations).toEqual([{ city: 'Footscray', region: 'VIC' }]);
  });
});

describe('a building or its floor in a work address is no town', () => {
  test.each([
    ['Floor 12, Saigon Riverside Tower, 2A Ton Duc Thang, District 1, Ho Chi Minh City', 'Ho Chi Minh City'],
    ['3. etasje, Bryggen Plaza, Bergen', 'Bergen'],
    ['Våning 4, Kista Science Tower, Stockholm', 'Stockholm'],
  ])('%s', (text, city) => {
    expect(locationsFromText(text)).toEqual([{ city }]);
  });
});

describe('a pin drawn before the place', () => {
  test.each([
    ['nb', 'Produksjonsplanlegger', '📍 Sykkylven', 'Sykkylven', 'Vi har salgskontor i Oslo og lager i Ålesund.'],
    ['sv', 'Produktionsplanerare', '📍 Skellefteå', 'Skellefteå', 'Vi har säljkontor i Stockholm och lager i Umeå.'],
    ['en', 'Production Planner', '📍 Harrogate', 'Harrogate', 'We have a sales office in Leeds and a warehouse in York.'],
  ] as const)('%s: %s', (lang, job, pin, city, offices) => {
    const head = `<h1>Ledige stillinger</h1><h2 class="job-title">${job}</h2><ul class="meta"><li class="pin">${pin}</li></ul>`;
    expect(ad(page(lang, `${job} | Avis`, head, `<p>${offices}</p>`), BOARD)?.locations).toEqual([{ city }]);
  });
});

describe("the header's address gives the title's town its country", () => {
  test.each([
    ['nb', 'Driftstekniker – Rørvik', 'Smoltveien 9, 7900 Rørvik, Norge', { city: 'Rørvik', country: 'Norge' }],
    ['sv', 'Lagerarbetare – Helsingborg', 'Hamnvägen 2, 252 25 Helsingborg, Sverige', { city: 'Helsingborg', country: 'Sverige' }],
    ['en', 'Warehouse Operative – Whitby', '12 Quay Street, Whitby YO21 1DH, United Kingdom', { city: 'Whitby', country: 'United Kingdom' }],
  ] as const)('%s: %s', (lang, job, address, place) => {
    const head = `<h1>${job}</h1><div><i class="icon-map"></i>${address}</div>`;
    expect(ad(page(lang, `${job} | Jobb`, head), BOARD)?.locations).toEqual([place]);
  });
});

describe("'Deadline to apply' over its date", () => {
  test.each([
    [[p('Deadline to apply'), p('31/12/2026')], '2026-12-31'],
    [[p('Deadline for applications'), p('15 January 2027')], '2027-01-15'],
    [[p('Søknadsfrist'), p('31.12.2026')], '2026-12-31'],
    [[p('Sista ansökningsdag'), p('2027-01-15')], '2027-01-15'],
  ] as const)('%j', (blocks, date) => {
    expect(findDeadline(blocks, '2026-12-01').date).toBe(date);
  });
});

describe("a page title's part that the heading opens before a bracket", () => {
  test.each([
    ['sv', 'Lärarnas jobb – Lärare i matematik och NO till högstadiet', 'Lärare i matematik och NO till högstadiet (åk 7–9), 80–100 %', 'Lärare i matematik och NO till högstadiet'],
    ['nb', 'Utdanningsjobb – Lektor i norsk og historie', 'Lektor i norsk og historie (vg1–vg3), 100 %', 'Lektor i norsk og historie'],
    ['en', 'Teaching Jobs – Teacher of Mathematics', 'Teacher of Mathematics (KS3–KS5), full time', 'Teacher of Mathematics'],
  ] as const)('%s: %s', (lang, title, heading, job) => {
    expect(ad(page(lang, title, `<div class="head"><p class="kicker">Skolen</p><h2>${heading}</h2></div>`), BOARD)?.title).toBe(job);
  });
});

describe("the boards' own class for the title element", () => {
  test.each([
    ['nb', 'stilling-tittel', 'Ergoterapeut til døgnavdelingen – 80 % fast stilling', 'Ergoterapeut', 'Ergoterapeut til døgnavdelingen'],
    ['sv', 'annons-titel', 'Arbetsterapeut till rehabenheten – 80 %', 'Arbetsterapeut', 'Arbetsterapeut till rehabenheten'],
    ['en', 'job-title', 'Occupational Therapist for the Stroke Unit – 0.8 FTE', 'Occupational Therapist', 'Occupational Therapist for the Stroke Unit'],
  ] as const)('%s: %s', (lang, cls, heading, short, job) => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: short, datePosted: '2026-11-20' })}</script>`;
    const html = `<html lang="${lang}"><head><title>Stillinger | Fagbladet</title>${ld}</head><body><main><div class="${cls}">${heading}</div><p>Vi har en ledig stilling.</p>${SECTIONS[lang]}</main></body></html>`;
    expect(ad(html, BOARD)?.title).toBe(job);
  });
});

describe("the ad's places listed after a dash in its title", () => {
  test.each([
    ['Front Office Manager - Dubai & Abu Dhabi', [{ city: 'Dubai' }, { city: 'Abu Dhabi' }], 'Front Office Manager'],
    ['Lagermedarbeider – Hamar og Gjøvik', [{ city: 'Hamar' }, { city: 'Gjøvik' }], 'Lagermedarbeider'],
    ['Butikssäljare – Malmö, Lund och Ystad', [{ city: 'Malmö' }, { city: 'Lund' }, { city: 'Ystad' }], 'Butikssäljare'],
    // A place the ad does not give stays.
    ['Säljare – Malmö och Kiruna', [{ city: 'Malmö' }, { city: 'Lund' }], 'Säljare – Malmö och Kiruna'],
  ])('%s', (title, places, job) => {
    expect(withoutOwnPlace(title, places)).toBe(job);
  });
});

describe("an organisation named at the title's end", () => {
  test.each([
    ['Socionomkonsult till barn- och ungdomsenheten, Gävle kommun', 'Socionomkonsult till barn- och ungdomsenheten'],
    ['Vernepleier til bofellesskapet - Bergen kommune', 'Vernepleier til bofellesskapet'],
    ['Senior Advisor, Drinking Water - Wai Ora Tairāwhiti Limited', 'Senior Advisor, Drinking Water'],
    // A team or a field after the comma is part of the job.
    ['Product Manager, Payments', 'Product Manager, Payments'],
    ['Rådgiver, plan og bygg', 'Rådgiver, plan og bygg'],
  ])('%s', (title, job) => {
    expect(withoutOrganisationTail(title)).toBe(job);
  });
});
