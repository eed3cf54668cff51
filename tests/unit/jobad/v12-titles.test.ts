// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { extractJobAd } from '../../../core/jobad';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { pageInput } from './page-input';

/**
 * Title classes the twelfth held-out set showed, each in English, Norwegian and Swedish (the settled convention: the
 * role as the heading writes it, with its unit or field; without a gender tag, the number of posts, the place or
 * the terms of a temporary post).
 */

describe('what a heading hangs on the role', () => {
  test.each([
    ['en', 'Backend Developer – Payments (m/f/d)', 'Backend Developer – Payments'],
    ['en', 'Research Assistant (f/m/x)', 'Research Assistant'],
    ['nb', 'Utvikler (m/k)', 'Utvikler'],
    ['nb', 'Lagermedarbeider (M/K/D)', 'Lagermedarbeider'],
    ['sv', 'Systemutvecklare (m/w/d)', 'Systemutvecklare'],
    ['sv', 'Lagerarbetare (alla kön)', 'Lagerarbetare'],
  ])('%s: a gender tag: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test('letters in brackets that are no gender tag stay', () => {
    expect(tidyTitle('Sveiser (TIG/MIG)')).toBe('Sveiser (TIG/MIG)');
    expect(tidyTitle('Elektriker (EX/HV)')).toBe('Elektriker (EX/HV)');
  });

  test.each([
    ['en', 'Care Assistant – Truro – 3 posts', 'Care Assistant'],
    ['nb', 'Platearbeider – Stord – 2 stillinger', 'Platearbeider'],
    ['sv', 'Lagerarbetare – Borås – 3 tjänster', 'Lagerarbetare'],
  ])('%s: the number of posts after a dash, and the place before it: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test.each([
    ['en', 'Museum Educator – Schools (fixed-term 2027)', 'Museum Educator – Schools'],
    ['nb', 'Lektor i historie – midlertidig stilling 2027', 'Lektor i historie'],
    ['nb', 'Arkivar – mellombels stilling', 'Arkivar'],
    ['sv', 'Museipedagog med inriktning förskola – tidsbegränsad anställning 2027', 'Museipedagog med inriktning förskola'],
    ['sv', 'Handläggare – visstidsanställning', 'Handläggare'],
  ])('%s: the terms of a temporary post: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });
});

const withJsonLd = (lang: string, structured: string, heading: string, employer: string): string => `<!doctype html><html lang="${lang}"><head><title>${heading}</title>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: structured, hiringOrganization: { '@type': 'Organization', name: employer }, datePosted: '2026-11-20' })}</script></head>
<body><main><h1>${heading}</h1><p>We are a small company with a long history in the trade and we need one more person.</p></main></body></html>`;

describe('a heading that names the unit after a dash beats a shorter JSON-LD title', () => {
  test.each([
    ['en', 'Line Cook', 'Line Cook – Raw Bar', 'Harbour Oyster Bar LLC'],
    ['nb', 'Tekniker', 'Tekniker – Drift og Vedlikehold', 'Nordvik Kraft AS'],
    ['sv', 'Tekniker', 'Tekniker – Drift & Underhåll', 'Västkraft AB'],
  ])('%s: "%s" under "%s"', (lang, structured, heading, employer) => {
    const ad = extractJobAd(pageInput(withJsonLd(lang, structured, heading, employer), 'https://jobs.example/1').input);
    expect(ad?.title).toBe(heading);
  });

  test.each([
    ['en', 'Data Engineer', 'Data Engineer – Kestrel Analytics', 'Kestrel Analytics Ltd'],
    ['nb', 'Utvikler', 'Utvikler – Nordlys', 'Fjordvik Helse AS'],
    ['sv', 'Receptionist', 'Receptionist – vintersäsong och helår', 'Fjällhotellet AB'],
  ])('%s: the employer, one name or the terms after the dash are not the unit: "%s"', (lang, structured, heading, employer) => {
    const ad = extractJobAd(pageInput(withJsonLd(lang, structured, heading, employer), 'https://jobs.example/1').input);
    expect(ad?.title).toBe(structured);
  });
});

const feedPost = (lang: string, opening: string, lines: string[], card: string): string => `<!doctype html><html lang="${lang}"><head><title>Nabo Garage – ${opening} | Feed</title></head><body>
<header><a href="/">Feed</a></header><main><article><header><a href="/page/1">Nabo Garage</a><span>3 dec 2026</span></header>
<div>${[opening, ...lines].map((l) => `<p>${l}</p>`).join('')}</div></article>
<aside><h2>${card}</h2><p>Nabo Garage</p></aside></main></body></html>`;

describe("a post's opening line names the job, though a card beside it has a heading", () => {
  test.each([
    ['en', "We're hiring a mechanic! 🔧", ['Full time, permanent.', 'What you will do:', '✔ Servicing cars<br>✔ Tyre changes', 'What we need from you:', '✔ A trade qualification<br>✔ A driving licence', 'Apply by 17 January 2027.'], 'About this page', 'Mechanic'],
    ['nb', 'Vi søker en bilmekaniker! 🔧', ['Heltid, fast stilling.', 'Dette blir jobben din:', '✔ Service på personbiler<br>✔ Dekkskift', 'Vi ser etter deg som har:', '✔ Fagbrev<br>✔ Førerkort B', 'Søknadsfrist 17. januar 2027.'], 'Om siden', 'Bilmekaniker'],
    ['sv', 'Vi söker en bilmekaniker! 🔧', ['Heltid, tillsvidare.', 'Det här kommer du att göra:', '✔ Service på personbilar<br>✔ Däckskiften', 'Vi tror att du har:', '✔ Fordonsutbildning<br>✔ B-körkort', 'Ansök senast 17 januari 2027.'], 'Om sidan', 'Bilmekaniker'],
  ])('%s', (lang, opening, lines, card, title) => {
    const ad = extractJobAd(pageInput(feedPost(lang, opening, lines, card), 'https://feed.example/post/1', '2026-12-03').input);
    expect(ad?.title).toBe(title);
    // "✔ A<br>✔ B" in one paragraph: each line an item.
    expect(ad?.requirements.must).toHaveLength(2);
    expect(ad?.responsibilities).toHaveLength(2);
    // "Heltid, tillsvidare.": a sentence that opens with the hours.
    expect(ad?.employmentType).toContain('FULL_TIME');
  });
});
