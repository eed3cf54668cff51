import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { ad, ld, type Lang } from './employer-pages';
import { classifyHeading } from '../../../core/jobad/headings';
import { compoundEnds } from '../../../core/jobad/brand-forms';
import { GENERIC_TITLE } from '../../../core/jobad/generic-title';

/**
 * Classes the thirty-third held-out set (part A) showed, read on purpose after its one measurement: a local paper's job
 * page whose h1 is the section ("Lediga jobb"), the job in a styled div, the page's title the section with its towns, and
 * the requirements headed "Vi söker dig som"; a logo's brand whose last word is the head of the legal name's compound
 * ("Brekkvåg Design" for "Brekkvåg Skipsdesign AS"); a fact table whose country row falls at the end of the lines read
 * beside the heading. Names written for this test.
 */

const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const PAPER = 'https://www.lokalavisa.example/jobb/8815302';

const WORDS = {
  en: { section: 'Jobs', towns: 'Jobs in Leeds and Bradford', seek: "We're looking for you", duties: 'What you will do', employer: 'Employer', apply: 'Apply by 24 January 2027.' },
  nb: { section: 'Ledige stillinger', towns: 'Ledige stillinger i Sortland og Hadsel', seek: 'Vi søker deg som', duties: 'Dine oppgaver', employer: 'Arbeidsgiver', apply: 'Søknadsfrist: 24. januar 2027.' },
  sv: { section: 'Lediga jobb', towns: 'Lediga jobb i Karlskoga och Degerfors', seek: 'Vi söker dig som', duties: 'Som processoperatör kommer du att', employer: 'Arbetsgivare', apply: 'Ansök senast 24 januari 2027.' },
} as const;

/** A local paper's job page: masthead, the section's h1, the job in a div, labelled rows, the text, the paper's footer. */
function paperAd(lang: Lang, job: string, firm: string): string {
  const w = WORDS[lang];
  return (
    `<html lang="${lang}"><head><title>${w.towns} – Lokalavisa</title></head><body>` +
    `<header><img src="${GIF}" alt="Lokalavisa"><div class="menu"><a href="#">Nyheter</a><a href="#">Sport</a><a href="#">${w.section}</a></div></header>` +
    `<main><h1>${w.section}</h1><div class="job-title">${job}</div>` +
    `<p>${w.employer}: ${firm}</p>` +
    `<p>${firm} AB hardens and machines steel parts for the defence and mining industries, with 95 people at the works by the lake.</p>` +
    `<h2>${w.duties}</h2><ul><li>Run the furnaces by the process card</li><li>Test hardness and record the results</li></ul>` +
    `<h2>${w.seek}</h2><ul><li>Upper secondary school</li><li>A year in process industry</li></ul><p>${w.apply}</p></main>` +
    `<footer><p>Lokalavisa · Ansvarig utgivare: Katarina Ödlund · © 2026</p></footer></body></html>`
  );
}

describe("a paper's section h1, the job in a div under it: the job, never the section's towns or the requirements' heading", () => {
  test.each([
    ['en', 'Process Operator, Heat Treatment'],
    ['nb', 'Prosessoperatør til herderiet'],
    ['sv', 'Processoperatör till härderiet'],
  ] as const)('%s: %s', (lang, job) => {
    const html = paperAd(lang, job, 'Möckelns Precision');
    expect(captureAd(html, PAPER).jobAd?.title).toBe(job);
    expect(ad(html, PAPER)?.title).toBe(job);
  });
});

describe('a logo whose last word heads the compound of the legal name the ad opens with: the legal name', () => {
  test.each([
    ['nb', 'BREKKVÅG DESIGN', 'Brekkvåg Skipsdesign AS', 'Brekkvåg Skipsdesign AS tegner offshorefartøy og brønnbåter for verft i Norge og Tyrkia, og har 48 ansatte i Ulsteinvik.'],
    ['sv', 'VÄTTERVIK TEKNIK', 'Vättervik Fordonsteknik AB', 'Vättervik Fordonsteknik AB konstruerar elsystem till terrängfordon och har 60 anställda i Motala.'],
  ] as const)('%s: %s', (lang, logo, legal, opening) => {
    const html =
      `<html lang="${lang}"><head><title>${WORDS[lang].section} – Lokalavisa</title></head><body>` +
      `<main><h1>${WORDS[lang].section}</h1><div class="ad-head"><img class="logo" src="${GIF}" alt="${logo}"><h2>Skipsingeniør elektro</h2></div>` +
      `<p>${opening}</p><h3>${WORDS[lang].duties}</h3><ul><li>Utarbeide enlinjeskjema</li></ul><h3>${WORDS[lang].seek}</h3><ul><li>Master i elektrofag</li></ul>` +
      `<p>${WORDS[lang].apply}</p></main></body></html>`;
    expect(captureAd(html, PAPER).jobAd?.hiringOrganization?.name).toBe(legal);
  });
});

describe("a fact table's country row at the end of the lines read beside the heading: the country as the row writes it", () => {
  test.each([
    ['nb', 'Land', 'Norge', 'NO', 'Sortland'],
    ['sv', 'Land', 'Sverige', 'SE', 'Karlskoga'],
    ['en', 'Country', 'Norway', 'NO', 'Sortland'],
  ] as const)('%s: %s %s', (lang, label, country, code, city) => {
    const head = ld({
      title: 'Kvalitetskoordinator',
      validThrough: '2026-12-31',
      hiringOrganization: { '@type': 'Organization', name: 'Strandskjær Sjømat AS' },
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: city, addressCountry: code } },
    });
    // The heading, 26 lines of the ad, then the table: its country label is the thirtieth line, its value the next.
    const lines = Array.from({ length: 25 }, (_, i) => `<p>Oppgave ${i + 1}: følge opp prøver og avvik</p>`).join('');
    const html =
      `<html lang="${lang}"><head><title>Kvalitetskoordinator – Lokalavisa</title>${head}</head><body>` +
      `<main><h1>Kvalitetskoordinator</h1>${lines}<p>Søknadsfrist 31. desember 2026.</p></main>` +
      `<aside><table><tr><th>Arbeidssted</th><td>${city}</td></tr><tr><th>${label}</th><td>${country}</td></tr><tr><th>Søknadsfrist</th><td>31.12.2026</td></tr></table></aside>` +
      `</body></html>`;
    expect(captureAd(html, PAPER).jobAd?.locations[0]?.country).toBe(country);
  });
});

describe("review mends: what this stop's identity classes must not take", () => {
  test('the recruitment process heading is still a section: "Process and next steps"', () => {
    expect(classifyHeading('Process and next steps')).toBe('other');
    expect(classifyHeading('Process Operator')).toBeUndefined();
  });
  test('another firm whose compound ends in the brand\'s last word, named in passing, is not the employer', () => {
    expect(compoundEnds('Bergen Veibygg AS', 'Bergen Bygg')).toBe(true);
    const html =
      `<html lang="nb"><head><title>Tømrer – Bergen Bygg</title></head><body><main><h1>Tømrer</h1><p>Arbeidsgiver: Bergen Bygg</p>` +
      `<p>Vi bygger boliger i hele Hordaland, ofte sammen med Bergen Veibygg AS og andre lokale entreprenører.</p>` +
      `<h2>Arbeidsoppgaver</h2><ul><li>Forskaling</li></ul><h2>Kvalifikasjoner</h2><ul><li>Fagbrev</li></ul><p>Søknadsfrist: 10. januar 2027.</p></main></body></html>`;
    expect(captureAd(html, PAPER).jobAd?.hiringOrganization?.name).not.toBe('Bergen Veibygg AS');
  });
  test.each([
    ['en', 'Jobs in Leeds and Bradford', 'Careers in nursing, midwifery and health visiting'],
    ['nb', 'Ledige stillinger i Sortland og Hadsel', 'Ledig stilling i regnskap og lønn'],
    ['sv', 'Lediga jobb i Karlskoga och Degerfors', 'Ledigt jobb i lager och logistik'],
  ] as const)('%s: a section with its towns names no job, a section with its trade keeps the line ("%s" / "%s")', (_lang, towns, trade) => {
    expect(GENERIC_TITLE.test(towns)).toBe(true);
    expect(GENERIC_TITLE.test(trade)).toBe(false);
  });
  test.each([
    ['en', 'Back to all jobs', 'Published 2 December 2026', 'Process Operator, Heat Treatment', 'Requirements'],
    ['nb', 'Tilbake til alle stillinger', 'Publisert 2. desember 2026', 'Prosessoperatør til herderiet', 'Kvalifikasjoner'],
    ['sv', 'Tillbaka till alla jobb', 'Publicerad 2 december 2026', 'Processoperatör till härderiet', 'Kvalifikationer'],
  ] as const)('%s: a back link over the section\'s h1 and a stamp under the job are no title ("%s", "%s")', (lang, back, stamp, job, needs) => {
    const w = WORDS[lang];
    const html = paperAd(lang, job, 'Möckelns Precision')
      .replace(`<main><h1>`, `<main><div class="back"><a href="/jobb">${back}</a></div><h1>`)
      .replace(`${job}</div>`, `${job}</div><div class="meta">${stamp}</div>`)
      .replace(`<h2>${w.seek}</h2>`, `<h2>${needs}</h2>`);
    expect(captureAd(html, PAPER).jobAd?.title).toBe(job);
    expect(ad(html, PAPER)?.title).toBe(job);
  });
});

