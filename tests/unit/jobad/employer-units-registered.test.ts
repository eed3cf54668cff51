// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { extractJobAd, type JobAd } from '../../../core/jobad';
import { pageInput } from './page-input';

/**
 * Classes v15 showed, in English, Norwegian and Swedish: a group's career site whose data names the group, while the ad
 * says which company the post is in ("Stillingen er i X AS, en del av …") — that company employs; and a brand in the
 * ad's data against the registered name its footer writes with the organisation number, opening with the brand's own
 * word ("Björnskär Marine Station" → "Stiftelsen Björnskärs Havsstation") — the registered name.
 */

const ad = (html: string, url: string): JobAd | null => extractJobAd(pageInput(html, url).input);
const SECTIONS: Record<string, string> = {
  sv: '<h2>Arbetsuppgifter</h2><ul><li>Planera</li></ul><h2>Kvalifikationer</h2><ul><li>Körkort</li></ul><p>Sista ansökningsdag: 2027-01-31</p>',
  nb: '<h2>Arbeidsoppgaver</h2><ul><li>Planlegge</li></ul><h2>Kvalifikasjoner</h2><ul><li>Fagbrev</li></ul><p>Søknadsfrist: 31. januar 2027</p>',
  en: '<h2>What you will do</h2><ul><li>Plan the work</li></ul><h2>What we need</h2><ul><li>A licence</li></ul><p>Closing date: 31 January 2027</p>',
};
const ld = (name: string): string => `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Operatør', hiringOrganization: { '@type': 'Organization', name }, datePosted: '2026-12-01', description: 'Operatør' })}</script>`;
const page = (lang: string, stated: string, body: string, footer = ''): string =>
  `<html lang="${lang}"><head><title>Operatør</title>${ld(stated)}</head><body><h1>Operatør</h1>${body}${SECTIONS[lang]}<footer>${footer}</footer></body></html>`;

describe('the company a group\'s ad says the post is in', () => {
  test.each([
    ['nb', 'Havfôr Gruppen AS', '<p>Stillingen er i Vega Fôrfabrikk AS, en del av Havfôr-konsernet.</p>', 'Vega Fôrfabrikk AS'],
    ['sv', 'Skogsgruppen AB', '<p>Tjänsten är placerad hos Roma Sågverk AB, ett dotterbolag i koncernen.</p>', 'Roma Sågverk AB'],
    ['en', 'Harbour Foods Group plc', '<p>The position is with Tarbet Feeds Ltd, part of the Harbour Foods group.</p>', 'Tarbet Feeds Ltd'],
  ])('%s: the unit, not the group', (lang, stated, body, employer) => {
    expect(ad(page(lang, stated, body), 'https://jobb.group.example/job/1')?.hiringOrganization?.name).toBe(employer);
  });

  test.each([
    ['nb', 'Havfôr Gruppen AS', '<p>Stillingen er i Brønnøysund, ved fabrikken på kaia.</p>'],
    ['sv', 'Skogsgruppen AB', '<p>Tjänsten är placerad i Roma kommun, nära sågen.</p>'],
    ['en', 'Harbour Foods Group plc', '<p>The role is based in Dumbarton at our feed mill.</p>'],
  ])('%s: a place after the same words leaves the stated employer', (lang, stated, body) => {
    expect(ad(page(lang, stated, body), 'https://jobb.group.example/job/2')?.hiringOrganization?.name).toBe(stated);
  });
});

describe('the registered name the brand stands for', () => {
  test.each([
    ['en', 'Björnskär Marine Station', 'Stiftelsen Björnskärs Havsstation, org. no. 802004-3318', 'Stiftelsen Björnskärs Havsstation'],
    ['sv', 'Lövskär Fältstation', 'Stiftelsen Lövskärs Forskningsstation · Org.nr 802004-1111', 'Stiftelsen Lövskärs Forskningsstation'],
    ['nb', 'Fjellvang Feltstasjon', 'Stiftelsen Fjellvang Forskningsstasjon · Org.nr. 912 345 678', 'Stiftelsen Fjellvang Forskningsstasjon'],
  ])('%s: "%s" → the footer\'s registered name', (lang, stated, footer, employer) => {
    expect(ad(page(lang, stated, '<p>We run a field station.</p>', `<p>${footer}</p>`), 'https://station.varbi.example/what:job/jobID:1/')?.hiringOrganization?.name).toBe(employer);
  });

  test.each([
    ['en', 'Björnskär Marine Station', 'Varbi Recruitment AB, org. no. 556000-1111'],
    ['sv', 'Lövskär Fältstation', 'Rekryteringsplattformen AB · Org.nr 556000-2222'],
    ['nb', 'Fjellvang Feltstasjon', 'Jobbportalen AS · Org.nr. 998 877 665'],
  ])('%s: the board\'s operator in the footer is someone else', (lang, stated, footer) => {
    expect(ad(page(lang, stated, '<p>We run a field station.</p>', `<p>${footer}</p>`), 'https://station.varbi.example/what:job/jobID:2/')?.hiringOrganization?.name).toBe(stated);
  });
});
