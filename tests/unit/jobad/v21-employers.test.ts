// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { imprintLine } from '../../../core/company/publication';
import { ad, BOARD, SECTIONS, type Lang } from './employer-pages';

/**
 * Classes the twenty-first held-out set showed (then moved into tuning), in English, Norwegian and Swedish: a magazine's
 * imprint line in the footer makes its title a paper, never the employer; a recruitment firm that runs the recruitment
 * for a client it only describes; a paper whose imprint line in the ad names the firm that publishes it; the name whose
 * opening sentence seeks the very role the heading names; a brand whose last word opens the registered name's; the ad's
 * letterhead line with an address under the brand's first word; a labelled name that holds the brand's words with one
 * more between. Sentences and names written for this test.
 */

interface Parts { title?: string; h1?: string; body: string; footer?: string; ld?: string }
const page = (lang: Lang, p: Parts) =>
  `<html lang="${lang}"><head><title>${p.title ?? 'Job'}</title>${p.ld ?? ''}</head><body><header><div class="logo">Fagpressen</div></header><main><article><h1>${p.h1 ?? 'Rådgiver'}</h1>${p.body}${SECTIONS[lang]}</article></main><footer>${p.footer ?? ''}</footer></body></html>`;
const jsonLd = (employer: string, title = 'Rådgiver') =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title, hiringOrganization: { '@type': 'Organization', name: employer }, datePosted: '2026-11-20' })}</script>`;
const read = (lang: Lang, p: Parts) => ad(page(lang, p), BOARD);
const employer = (lang: Lang, p: Parts): string | undefined => read(lang, p)?.hiringOrganization?.name;

describe("a magazine's imprint line: its title is a paper, never the employer", () => {
  test.each([
    ['nb', 'Rådgiver – Sykepleiebladet', 'Sykepleiebladet utgis av Norsk Pleieforbund.', 'Lyngtun Omsorg AS · org.nr 921 554 870'],
    ['sv', 'Rådgiver - Ekonomitidningen', 'Ekonomitidningen ges ut av Akademikerförbundet.', 'Brantvik Revision AB · org.nr 556677-8899'],
    ['en', 'Rådgiver | Care Weekly', 'Care Weekly is published by Hollins Trade Media Ltd.', 'Ashdown Care Ltd · Company No. 08123456'],
  ] as const)('%s: %s', (lang, title, footer, registry) => {
    const name = registry.split(' · ')[0];
    expect(employer(lang, { title, footer, body: `<p>Vi har en ledig stilling.</p><p class="small">${registry}</p>` })).toBe(name);
  });

  test('the line names the title and its publisher, in all three languages', () => {
    expect(imprintLine('Sykepleiebladet utgis av Norsk Pleieforbund.')).toEqual({ title: 'Sykepleiebladet', publisher: 'Norsk Pleieforbund' });
    expect(imprintLine('Ekonomitidningen ges ut av Akademikerförbundet')).toEqual({ title: 'Ekonomitidningen', publisher: 'Akademikerförbundet' });
    expect(imprintLine('The Care Weekly is published by Hollins Trade Media Ltd.')).toEqual({ title: 'Care Weekly', publisher: 'Hollins Trade Media Ltd' });
    // A sentence about what a firm publishes is no imprint line.
    expect(imprintLine('Vi ger ut tre tidningar i Dalarna och söker nu en reporter.')).toBeUndefined();
  });
});

describe('a recruitment firm that runs the recruitment for a client it only describes', () => {
  test.each([
    ['sv', 'Vår kund, ett växande handelsföretag i Uppsala, söker en controller. Rekryteringen sköts av Lindberg Ekonomirekrytering.', 'Lindberg Ekonomirekrytering'],
    ['nb', 'Vår oppdragsgiver er et voksende handelsselskap i Drammen. Rekrutteringen gjennomføres av Haugen Rekruttering.', 'Haugen Rekruttering'],
    ['en', 'Our client, a growing retailer in Leeds, needs a controller. This recruitment is handled by Ashdown Search.', 'Ashdown Search'],
  ] as const)('%s: "%s"', (lang, sentence, name) => {
    expect(employer(lang, { body: `<p>${sentence}</p>` })).toBe(name);
  });

  test('a client the ad names is still the employer', () => {
    const sentence = 'Vi söker för vår kund Fyrislund Handel AB en controller. Rekryteringen sköts av Lindberg Ekonomirekrytering.';
    expect(employer('sv', { body: `<p>${sentence}</p>` })).toBe('Fyrislund Handel AB');
  });
});

describe("a paper whose imprint line in the ad names the firm that publishes it", () => {
  test.each([
    ['sv', 'Reporter till Storvikposten', 'Storvikposten är en lokaltidning i Sundsvall.', 'Storvikposten ges ut av Storvik Tidnings AB.', 'Storvik Tidnings AB'],
    ['nb', 'Journalist til Fjordbladet', 'Fjordbladet er lokalavisa for Sunnfjord.', 'Fjordbladet utgis av Vestkant Medier AS.', 'Vestkant Medier AS'],
    ['en', 'Reporter', 'Kestle Gazette is the weekly paper of the Tamar valley.', 'Kestle Gazette is published by Kestle Media Ltd.', 'Kestle Media Ltd'],
  ] as const)('%s: %s', (lang, h1, opening, imprint, name) => {
    const got = read(lang, { h1, body: `<p>${opening}</p><p class="small">${imprint}</p>` });
    expect(got?.hiringOrganization?.name).toBe(name);
    // The paper the publisher puts out is the employer's name, no part of the job.
    expect(got?.title).toBe(h1.split(/\s+/)[0]);
  });
});

describe('the name whose opening sentence seeks the role the heading names', () => {
  test.each([
    ['sv', 'Distriktsveterinär till Kalmar', 'Djurhälsan Smedby söker en distriktsveterinär.', 'Djurhälsan Smedby'],
    ['nb', 'Veterinær', 'Fjordvet Dyreklinikk søker veterinær til smådyrpraksis.', 'Fjordvet Dyreklinikk'],
    ['en', 'Operations Manager', 'Harbourlight Freight is looking for an operations manager.', 'Harbourlight Freight'],
  ] as const)('%s: "%s"', (lang, h1, sentence, name) => {
    expect(employer(lang, { h1, body: `<p>${sentence}</p>` })).toBe(name);
  });

  test.each([
    ['sv', 'Distriktsveterinär', 'Vi söker en distriktsveterinär.', 'Vi'],
    ['sv', 'Distriktsveterinär', 'Djurhälsan Smedby söker en ekonom till kontoret.', 'Djurhälsan Smedby'],
    ['en', 'Operations Manager', 'Harbourlight Freight is looking for new customers in Leeds.', 'Harbourlight Freight'],
  ] as const)('%s: "%s" names no employer for the heading "%s"', (lang, h1, sentence, name) => {
    expect(employer(lang, { h1, body: `<p>${sentence}</p>` })).not.toBe(name);
  });
});

describe("the brand's fuller registered name", () => {
  test.each([
    ['sv', 'Brattvik Stål', 'Brattvik Stålindustri AB tillverkar ventilationskanaler.', 'Brattvik Stålindustri AB'],
    ['nb', 'Tverrli Trelast', 'Tverrli Trelastindustri AS produserer limtre.', 'Tverrli Trelastindustri AS'],
    ['en', 'Kelso Print', 'Kelso Printworks Ltd makes labels for food producers.', 'Kelso Printworks Ltd'],
  ] as const)('%s: the last word opens the name\'s: %s', (lang, brand, sentence, name) => {
    expect(employer(lang, { ld: jsonLd(brand), body: `<p>${sentence}</p>` })).toBe(name);
  });

  test.each([
    ['nb', 'Solvik Hotel Tromsø', 'Solvik Hotell AS, Storgata 12, 9008 Tromsø.', 'Solvik Hotell AS'],
    ['sv', 'Lindö Hotell Visby', 'Lindö Hotelldrift AB, Strandgatan 4, 621 56 Visby.', 'Lindö Hotelldrift AB'],
    ['en', 'Havenby Hotel Leeds', 'Havenby Hotels Ltd, 4 Park Row, Leeds LS1 5HD.', 'Havenby Hotels Ltd'],
  ] as const)('%s: the letterhead line with its address: %s', (lang, brand, line, name) => {
    expect(employer(lang, { ld: jsonLd(brand), body: `<p>Vi har en ledig stilling.</p><p>${line}</p>` })).toBe(name);
  });

  test.each([
    ['sv', 'Brattvik Stål', 'Norrvik Stålindustri AB levererar plåt till oss.'],
    ['nb', 'Solvik Hotel Tromsø', 'Solvik Eiendom AS, Storgata 12, 9008 Tromsø.'],
  ] as const)('%s: another firm is not the brand\'s name: "%s"', (lang, brand, line) => {
    expect(employer(lang, { ld: jsonLd(brand), body: `<p>Vi har en ledig stilling.</p><p>${line}</p>` })).toBe(brand);
  });

  test.each([
    ['en', 'Employer', 'Sundell Health', 'Sundell Regional Health'],
    ['nb', 'Arbeidsgiver', 'Fjellheim Omsorg', 'Fjellheim Private Omsorg'],
    ['sv', 'Arbetsgivare', 'Vretby Vård', 'Vretby Nära Vård'],
  ] as const)('%s: the labelled name holds the brand\'s words with one between: %s', (lang, label, brand, name) => {
    expect(employer(lang, { ld: jsonLd(brand), body: `<ul class="facts"><li>${label}: ${name}</li></ul><p>Vi har en ledig stilling.</p>` })).toBe(name);
  });
});
