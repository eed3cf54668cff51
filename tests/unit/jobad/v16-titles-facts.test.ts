import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { textLines } from '../../../content/element-text';
import { readJobAd } from '../../../core/capture/analyse';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { ad, SECTIONS, type Lang } from './employer-pages';

/**
 * Classes v15 and v16 showed, in English, Norwegian and Swedish: what a title says beside the job (a contract length
 * in words, a gender tag before the unit, hours a week, the firm that seeks, an invitation, an assignment's places, the
 * school it is at); a list of other ads under "Lignende stillinger" gives this ad no deadline; a posting without a
 * deadline leaves the page's fact box to give it; a bold label glued to its value is a label.
 */

describe('what a title says beside the job', () => {
  test.each([
    ['en', 'Research Engineer – Sensor Lab (two-year position)', 'Research Engineer – Sensor Lab'],
    ['nb', 'Lektor i kjemi (2-årig engasjement)', 'Lektor i kjemi'],
    ['sv', 'Snickare (tvåårig visstidsanställning)', 'Snickare'],
    ['en', 'Embedded Software Engineer (m/f/d) – Motor Control', 'Embedded Software Engineer – Motor Control'],
    ['en', 'Cargo Bike Rider (m/w/d) – 20–30 Std./Woche', 'Cargo Bike Rider'],
    ['nb', 'Renholder – 20 timer/uke', 'Renholder'],
    ['sv', 'Ljusdals Timmertransport söker trafikledare', 'Trafikledare'],
    ['nb', 'Fjordlys Energi søker driftsingeniør', 'Driftsingeniør'],
    ['en', 'Harbour Foods is hiring a baker', 'Baker'],
    ['sv', 'Bli CNC-operatör', 'CNC-operatör'],
    ['en', 'Become a Bus Driver', 'Bus Driver'],
    ['nb', 'Bli med i teamet vårt', 'Bli med i teamet vårt'],
    ['nb', 'Sykepleier til legevakt – oppdrag i Hammerfest og Alta', 'Sykepleier til legevakt'],
    ['sv', 'Undersköterska – uppdrag i Kiruna', 'Undersköterska'],
    ['en', 'Locum Nurse – assignments in Inverness', 'Locum Nurse'],
    ['nb', 'Lærar i naturbruk ved Liafjøra vidaregåande skule', 'Lærar i naturbruk'],
    ['sv', 'Lärare i matematik vid Ekdala skola', 'Lärare i matematik'],
    ['en', 'Teaching Assistant at Harbour View School', 'Teaching Assistant'],
    ['nb', 'Sykepleier til avdeling for hjerte', 'Sykepleier til avdeling for hjerte'],
  ])('%s: "%s"', (_lang, title, job) => {
    expect(tidyTitle(title)).toBe(job);
  });
});

const BOARD = 'https://www.jobbsida.example/stilling/5511';
const page = (lang: Lang, body: string, head = ''): string =>
  `<html lang="${lang}"><head><title>Ingeniør | Jobbsida</title>${head}</head><body><main><h1>Ingeniør</h1>${SECTIONS[lang].replace(/<p>[^<]*(?:2027)[^<]*<\/p>/u, '')}${body}</main></body></html>`;

describe('a list of other ads is not this ad\'s facts', () => {
  test.each([
    ['nb', 'Lignende stillinger', 'Bodø · Frist 03.01.2027', 'Søknadsfrist', '15. januar 2027', '2027-01-15'],
    ['sv', 'Liknande jobb', 'Umeå · Sista ansökningsdag 2027-01-03', 'Sista ansökningsdag', '2027-01-20', '2027-01-20'],
    ['en', 'Similar jobs', 'Leeds · Closing date 3 January 2027', 'Closing date', '20 January 2027', '2027-01-20'],
  ] as const)('%s: the fact box\'s deadline, not the related ad\'s', (lang, heading, other, label, date, iso) => {
    const body = `<section><h2>${heading}</h2><ul><li><a href="/jobb/1">Elkraftingeniør</a> <span>${other}</span></li></ul></section><aside><dl><dt>${label}</dt><dd>${date}</dd></dl></aside>`;
    expect(ad(page(lang, body), BOARD)?.validThrough).toBe(iso);
  });
});

describe('a partial posting keeps the page\'s fact box', () => {
  const posting = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Ingeniør', hiringOrganization: { '@type': 'Organization', name: 'Nordvik Kraftnett AS' }, datePosted: '2026-11-30', jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Tromsø' } } })}</script>`;
  test.each([
    ['nb', 'Søknadsfrist', '15. januar 2027', '2027-01-15'],
    ['sv', 'Sista ansökningsdag', '15 januari 2027', '2027-01-15'],
    ['en', 'Closing date', '15 January 2027', '2027-01-15'],
  ] as const)('%s: the deadline beside a posting that gives none', (lang, label, date, iso) => {
    const html = page(lang, `<aside><dl><dt>${label}</dt><dd>${date}</dd></dl></aside>`, posting);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const captured = capturePage(doc, BOARD, {}, Date.UTC(2026, 11, 1));
    expect(readJobAd(captured, BOARD)?.validThrough).toBe(iso);
  });
});

describe('a bold label glued to its value', () => {
  const el = (html: string): Element => new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild!.firstElementChild!;
  test.each([
    ['<p><strong>Län</strong>Jönköpings län</p>', 'Län: Jönköpings län'],
    ['<p><b>Fylke</b>Finnmark</p>', 'Fylke: Finnmark'],
    ['<p><strong>County</strong>Cumbria</p>', 'County: Cumbria'],
    ['<div class="row"><span class="key">Fylke</span><span class="value">Finnmark</span></div>', 'Fylke: Finnmark'],
    ['<p><strong>Søknadsfrist:</strong> 15. januar 2027</p>', 'Søknadsfrist: 15. januar 2027'],
    ['<p><strong>Obs!</strong> Vi intervjuer fortløpende.</p>', 'Obs! Vi intervjuer fortløpende.'],
    ['<p><b>S</b>tavanger er en by.</p>', 'Stavanger er en by.'],
  ])('%s', (html, text) => {
    expect(textLines(el(html))).toEqual([text]);
  });
});
