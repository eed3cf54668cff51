// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { isPictureWord } from '../../../core/company/page-words';
import { ad, SECTIONS, type Lang } from './employer-pages';

/**
 * Classes v16 showed, in English, Norwegian and Swedish: a search firm "engaged by" its client names the client; a
 * picture's alt that says what it is ("Kommunevåpen", "Company logo") names nobody; a fact row's value the page said
 * before stays with its label; a brand written as the last part of the legal name's compound ("Sjövall Rekrytering" for
 * "Sjövall Teknikrekrytering AB"); the body the prose says runs the employer, holding its name ("Stiftelsen …"); a
 * copyright line that writes "Copyright ©" before the owner.
 */

const page = (lang: Lang, title: string, body: string, head = ''): string =>
  `<html lang="${lang}"><head><title>${title} | Jobbsida</title><meta property="og:site_name" content="Jobbsida">${head}</head><body><main><h1>${title}</h1>${body}${SECTIONS[lang]}</main></body></html>`;
const BOARD = 'https://www.jobbsida.example/stilling/1881';
const postingFor = (org: string): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Økonomisjef', hiringOrganization: { '@type': 'Organization', name: org }, datePosted: '2026-12-01' })}</script>`;

describe('a search firm engaged by its client', () => {
  test.each([
    ['nb', 'Økonomisjef til Ravnå Eiendom', '<p>Fjeldstad &amp; Moe Executive er engasjert av Ravnå Eiendom AS for å finne deres nye økonomisjef.</p>', 'Ravnå Eiendom AS', 'Økonomisjef'],
    ['sv', 'Ekonomichef', '<p>Vi på Sökbyrån Norr har anlitats av Lunda Fastigheter AB för att hitta deras nya ekonomichef.</p>', 'Lunda Fastigheter AB', 'Ekonomichef'],
    ['en', 'Finance Director', '<p>Hartley Search has been retained by Calder Mills Ltd to find their next finance director.</p>', 'Calder Mills Ltd', 'Finance Director'],
  ] as const)('%s: the client is the employer, and the title drops its name', (lang, title, body, employer, job) => {
    const found = ad(page(lang, title, body, postingFor('Fjeldstad & Moe Executive')), BOARD);
    expect(found?.hiringOrganization?.name).toBe(employer);
    expect(found?.title).toBe(job);
  });
});

describe('a picture word names nobody', () => {
  test.each(['Kommunevåpen', 'Kommunvapen', 'Byvåpen', 'Bedriftslogo', 'Logotyp', 'Lundevik kommunes våpen', 'Company logo', 'Coat of arms', 'Logga'])('%s', (alt) => {
    expect(isPictureWord(alt)).toBe(true);
  });
  test.each(['Lundevik kommune', 'Logos Media AS', 'Vapenhuset AB', 'Emblem Design Ltd'])('%s is a name', (alt) => {
    expect(isPictureWord(alt)).toBe(false);
  });

  test.each([
    ['nb', 'Kommunalsjef', 'Kommunevåpen', 'Lundevik kommune', 'har ledig stilling'],
    ['sv', 'Socialsekreterare', 'Kommunvapen', 'Bjurnäs kommun', 'söker en socialsekreterare'],
    ['en', 'Planning Officer', 'Council crest', 'Eden Vale District Council', 'is recruiting a planning officer'],
  ] as const)('%s: the employer box\'s name, not its picture', (lang, title, alt, employer, says) => {
    const box = `<aside><div class="employer-box"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${alt}"><strong>${employer}</strong></div></aside>`;
    const found = ad(page(lang, title, `<p>${employer} ${says}.</p>${box}`), BOARD);
    expect(found?.hiringOrganization?.name).toBe(employer);
  });
});

describe('a fact row keeps its value though the page said it before', () => {
  test.each([
    ['sv', 'Arbetsgivare', 'Arbetsplatsens adress', 'Vallgrund Marin Ab', 'Vasklotvägen 14, 65170 Vasa'],
    ['nb', 'Arbeidsgiver', 'Arbeidsstedets adresse', 'Fjordlys Marine AS', 'Kaiveien 3, 6004 Ålesund'],
    ['en', 'Employer', 'Workplace address', 'Tarbet Marine Ltd', '4 Pier Road, Tarbet'],
  ] as const)('%s: the employer row, not the next term', (lang, label, next, employer, address) => {
    const facts = `<div class="employer">${employer}</div><aside><dl><dt>${label}</dt><dd>${employer}</dd><dt>${next}</dt><dd>${address}</dd></dl></aside>`;
    const found = ad(page(lang, 'Servicetekniker', facts), BOARD);
    expect(found?.hiringOrganization?.name).toBe(employer);
  });
});

describe('the legal name in the ad\'s own lines', () => {
  test.each([
    ['sv', 'Sjövall Rekrytering', '<p>Sjövall Teknikrekrytering AB, org.nr 559212-4471, Storgatan 22, 582 23 Linköping.</p>', 'Sjövall Teknikrekrytering AB'],
    ['nb', 'Hamre Bemanning', '<p>Hamre Helsebemanning AS, org.nr. 912 345 678, Storgata 4, 9008 Tromsø.</p>', 'Hamre Helsebemanning AS'],
  ] as const)('%s: a brand that writes the compound by its last part', (lang, brand, imprint, legal) => {
    const found = ad(page(lang, 'Systemingenjör', imprint, postingFor(brand)), BOARD);
    expect(found?.hiringOrganization?.name).toBe(legal);
  });

  test.each([
    ['sv', 'Ekdala folkhögskola', '<p>Ekdala folkhögskola drivs av Stiftelsen Ekdala folkhögskola med stöd av Region Jönköpings län.</p>', 'Stiftelsen Ekdala folkhögskola'],
    ['nb', 'Brekkeli folkehøgskole', '<p>Brekkeli folkehøgskole eies av Stiftelsen Brekkeli folkehøgskole og har 90 elever.</p>', 'Stiftelsen Brekkeli folkehøgskole'],
    ['en', 'Harbour View Care Home', '<p>Harbour View Care Home is run by the Harbour View Care Home Trust, a registered charity.</p>', 'Harbour View Care Home'],
    ['sv', 'Ekdala folkhögskola', '<p>Ekdala folkhögskola drivs av Region Jönköpings län.</p>', 'Ekdala folkhögskola'],
  ] as const)('%s: the body that runs it, when it holds the name', (lang, name, prose, employer) => {
    const found = ad(page(lang, 'Lärare', `<p>Arbetsgivare: ${name}</p>${prose}`), BOARD);
    expect(found?.hiringOrganization?.name).toBe(employer);
  });
});
