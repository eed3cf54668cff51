// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { extractJobAd, type JobAd } from '../../../core/jobad';
import { normalizeEmploymentTypes } from '../../../core/jobad/employment';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { pageInput } from './page-input';

/**
 * Title classes the tenth held-out set showed, each in English, Norwegian and Swedish: a working arrangement or a
 * perk after the role ("(Hybrid)", "- Live-in Available"), a season's temp post with its year, a place hung after the
 * terms, a sentence heading's generic "til anlegget"; and a visible heading that says more than a stale structured title.
 */

describe('how and where the work is done is not the role', () => {
  test.each([
    ['en', 'Senior Data Engineer (Hybrid)', 'Senior Data Engineer'],
    ['en', 'Sous Chef - Live-in Available - Lake District', 'Sous Chef'],
    ['en', 'Support Engineer – Fully Remote', 'Support Engineer'],
    ['nb', 'Systemutvikler (hybrid)', 'Systemutvikler'],
    ['nb', 'Kokk – bolig inkludert', 'Kokk'],
    ['nb', 'Rådgiver – delvis hjemmekontor', 'Rådgiver'],
    ['sv', 'Backendutvecklare (distans)', 'Backendutvecklare'],
    ['sv', 'Kock – boende ordnas', 'Kock'],
  ])('%s: "%s" is "%s"', (_lang, raw, want) => {
    expect(tidyTitle(raw)).toBe(want);
  });

  test.each([
    ['en', 'Remote Sensing Analyst'],
    ['en', 'Live-in Carer'],
    ['en', 'Data Engineer - Remote Sensing'],
    ['nb', 'Hybridtekniker'],
    ['sv', 'Distansutbildare'],
  ])('%s: "%s" keeps its words (a trade, not an arrangement)', (_lang, raw) => {
    expect(tidyTitle(raw)).toBe(raw);
  });
});

describe('a season and its year, and a place after the terms, are not the role', () => {
  test.each([
    ['nb', 'Renovatør – sommervikariat 2027', 'Renovatør'],
    ['nb', 'Bussjåfør – 60 % fast, Fagernes', 'Bussjåfør'],
    ['nb', 'Sykepleier til korttidsavdelingen – 75 % fast', 'Sykepleier til korttidsavdelingen'],
    ['sv', 'Parkarbetare – sommarvikariat 2027', 'Parkarbetare'],
    ['sv', 'Undersköterska – deltid 80 %, Sollefteå', 'Undersköterska'],
    ['en', 'Lifeguard - Seasonal 2027 - Cornwall', 'Lifeguard'],
    ['en', 'Care Assistant – Part time, Harrogate', 'Care Assistant'],
  ])('%s: "%s" is "%s"', (_lang, raw, want) => {
    expect(tidyTitle(raw)).toBe(want);
  });

  test.each([
    ['nb', 'Sykepleier – natt, Avdeling for rus og psykiatri', 'Sykepleier – natt, Avdeling for rus og psykiatri'],
    ['en', 'Graduate Engineer – 2027 intake', 'Graduate Engineer – 2027 intake'],
    ['sv', 'Lärare i svenska och engelska', 'Lärare i svenska och engelska'],
  ])('%s: "%s" keeps a unit or a word that is no term', (_lang, raw, want) => {
    expect(tidyTitle(raw)).toBe(want);
  });
});

describe('a sentence heading names the role, not the site it is wanted for', () => {
  test.each([
    ['nn', 'Vi treng ein røktar til anlegget på Smøla!', 'Røktar'],
    ['sv', 'Vi söker en djurskötare till våra kor!', 'Djurskötare'],
    ['en', 'We are hiring a chef for our kitchen!', 'Chef'],
    ['nb', 'Vi søker en elektriker til Bergen!', 'Elektriker'],
  ])('%s: "%s" is "%s"', (_lang, raw, want) => {
    expect(tidyTitle(raw)).toBe(want);
  });

  test.each([
    ['nb', 'Vi søker sykepleier til korttidsavdelingen!', 'Sykepleier til korttidsavdelingen'],
    ['sv', 'Vi söker en sjuksköterska till akutmottagningen!', 'Sjuksköterska till akutmottagningen'],
    ['en', 'We are hiring a nurse for the surgical ward!', 'Nurse for the surgical ward'],
  ])('%s: "%s" keeps the unit it joins', (_lang, raw, want) => {
    expect(tidyTitle(raw)).toBe(want);
  });
});

describe('the hours written in Nynorsk', () => {
  test('"Heiltid, 7-7-turnus" is full time, "Deltid" part time', () => {
    expect(normalizeEmploymentTypes(['Heiltid, 7-7-turnus'])).toEqual(['FULL_TIME']);
    expect(normalizeEmploymentTypes(['Deltid'])).toEqual(['PART_TIME']);
  });
});

const ad = (html: string): JobAd | null => extractJobAd(pageInput(html, 'https://jobs.example.org/posting/7', '2026-12-01').input);
const posting = (title: string, h1: string, lang: string, body: string): string => `<!doctype html><html lang="${lang}"><head>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title, datePosted: '2026-11-20', hiringOrganization: { '@type': 'Organization', name: 'Fjordvik Helse AS' } })}</script>
</head><body><main><h1>${h1}</h1>${body}</main></body></html>`;

describe('a visible heading that says more than the structured title is the title', () => {
  test.each([
    ['en', 'Backend Engineer', 'Founding Backend Engineer', '<h2>What you will do</h2><ul><li>Build the API</li><li>Run the database</li></ul><h2>Requirements</h2><ul><li>Five years of Go</li></ul>'],
    ['nb', 'Sykepleier', 'Sykepleier til korttidsavdelingen – 75 % fast', '<h2>Arbeidsoppgaver</h2><ul><li>Pasientbehandling</li><li>Dokumentasjon</li></ul><h2>Kvalifikasjoner</h2><ul><li>Autorisasjon som sykepleier</li></ul>'],
    ['sv', 'Sjuksköterska', 'Sjuksköterska till dialysmottagningen', '<h2>Arbetsuppgifter</h2><ul><li>Dialysbehandling</li><li>Journalföring</li></ul><h2>Vi söker dig som</h2><ul><li>Är legitimerad sjuksköterska</li></ul>'],
  ])('%s: the heading stands', (lang, structured, heading, body) => {
    expect(ad(posting(structured, heading, lang, body))?.title).toBe(tidyTitle(heading));
  });

  test.each([
    ['nb', 'Resepsjonist', 'Resepsjonist – vintersesong og helårs', '<h2>Arbeidsoppgaver</h2><ul><li>Innsjekk</li><li>Booking</li></ul><h2>Kvalifikasjoner</h2><ul><li>Service</li></ul>'],
    ['sv', 'Däcksman', 'Däcksman / Kansimies', '<h2>Arbetsuppgifter</h2><ul><li>Förtöjning</li><li>Lastning</li></ul><h2>Vi söker dig som</h2><ul><li>Har behörighet</li></ul>'],
    ['en', 'Data Engineer', 'Data Engineer – Pinebrook', '<h2>What you will do</h2><ul><li>Pipelines</li><li>Models</li></ul><h2>Requirements</h2><ul><li>SQL</li></ul>'],
  ])('%s: a tail after a dash or slash leaves the structured title', (lang, structured, heading, body) => {
    expect(ad(posting(structured, heading, lang, body))?.title).toBe(structured);
  });
});
