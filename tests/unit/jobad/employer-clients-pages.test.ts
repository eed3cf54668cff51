// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { extractJobAd, type JobAd } from '../../../core/jobad';
import { pageInput } from './page-input';

/**
 * Classes v15 showed, in English, Norwegian and Swedish: a recruitment or training firm's ad that says the person is
 * employed by its client — named after a pronoun ("anställs du direkt av X AB"), or only in the box about the client
 * ("… direkt av vår kund", "Om kunden" over "X AB är …") — names the client, while an agency that employs the consultant
 * stays the employer; an employer's card that opens with an abbreviated form ("ek. för."); and a page's title segment
 * of the page's own words ("Opportunity Detail") is no employer.
 */

const ad = (html: string, url: string): JobAd | null => extractJobAd(pageInput(html, url).input);
const SECTIONS: Record<string, string> = {
  sv: '<h2>Arbetsuppgifter</h2><ul><li>Planera</li></ul><h2>Kvalifikationer</h2><ul><li>Körkort</li></ul><p>Sista ansökningsdag: 2027-01-31</p>',
  nb: '<h2>Arbeidsoppgaver</h2><ul><li>Planlegge</li></ul><h2>Kvalifikasjoner</h2><ul><li>Fagbrev</li></ul><p>Søknadsfrist: 31. januar 2027</p>',
  en: '<h2>What you will do</h2><ul><li>Plan the work</li></ul><h2>What we need</h2><ul><li>A licence</li></ul><p>Closing date: 31 January 2027</p>',
};
const page = (lang: string, title: string, body: string): string =>
  `<html lang="${lang}"><head><title>${title} | Byrån</title><meta property="og:site_name" content="Byrån"></head><body><h1>${title}</h1>${body}${SECTIONS[lang]}</body></html>`;

describe('the client the ad says employs the person', () => {
  test.each([
    ['sv', 'CNC-operatör', '<p>Efter utbildningen anställs du direkt av Glasbruket i Arvika AB och börjar i slipavdelningen.</p>', 'Glasbruket i Arvika AB'],
    ['nb', 'Sveiser', '<p>Etter kurset blir du ansatt hos Vestfjord Sveis AS på Leknes.</p>', 'Vestfjord Sveis AS'],
    ['en', 'Machine Operator', '<p>After the course you are employed directly by Tarbet Plastics Ltd in Dumbarton.</p>', 'Tarbet Plastics Ltd'],
  ])('%s: named after a pronoun', (lang, title, body, employer) => {
    expect(ad(page(lang, title, body), 'https://www.byran.example/jobb/1')?.hiringOrganization?.name).toBe(employer);
  });

  test.each([
    ['sv', 'Laboratorieassistent till kund i Eskilstuna', '<p>Det här är en direktrekrytering, vilket innebär att du anställs direkt av vår kund.</p><h2>Om kunden</h2><p>Mälarens Vattenlab AB är ett ackrediterat laboratorium i Eskilstuna.</p>', 'Mälarens Vattenlab AB'],
    ['nb', 'Regnskapsmedarbeider', '<p>Dette er en direkterekruttering, og du blir ansatt direkte hos vår kunde.</p><h2>Om kunden</h2><p>Fjordtall Regnskap AS er et regnskapsbyrå med 20 ansatte i Molde.</p>', 'Fjordtall Regnskap AS'],
    ['en', 'Lab Technician', '<p>This is a direct hire: you will be employed directly by our client.</p><h2>About the client</h2><p>Severn Water Testing Ltd is an accredited lab in Gloucester.</p>', 'Severn Water Testing Ltd'],
  ])('%s: named only in the box about the client', (lang, title, body, employer) => {
    expect(ad(page(lang, title, body), 'https://www.byran.example/jobb/2')?.hiringOrganization?.name).toBe(employer);
  });

  test.each([
    ['sv', '<p>Arbetsgivare: Byrån Bemanning AB</p><p>Du blir anställd av oss och arbetar som konsult hos vår kund.</p><h2>Om kunden</h2><p>Mälarens Vattenlab AB är ett laboratorium.</p>', 'Byrån Bemanning AB'],
    ['nb', '<p>Arbeidsgiver: Byrået Bemanning AS</p><p>Du blir ansatt i Byrået og leid ut til vår kunde.</p><h2>Om kunden</h2><p>Fjordtall Regnskap AS er et regnskapsbyrå.</p>', 'Byrået Bemanning AS'],
    ['en', '<p>Employer: Agency Staffing Ltd</p><p>You will be employed by us and placed with our client.</p><h2>About the client</h2><p>Severn Water Testing Ltd is a lab.</p>', 'Agency Staffing Ltd'],
  ])('%s: an agency that employs the consultant stays the employer', (lang, body, employer) => {
    expect(ad(page(lang, 'Konsult', body), 'https://www.byran.example/jobb/3')?.hiringOrganization?.name).toBe(employer);
  });
});

describe('an employer\'s card that opens with an abbreviated legal form', () => {
  test.each([
    ['sv', '<h2>Om arbetsgivaren</h2><p>Gutes Lammgårdar ek. för. ägs av 200 fårbönder på Gotland.</p>', /^Gutes Lammgårdar ek\. för/u],
    ['sv', '<h2>Om arbetsgivaren</h2><p>Roma Slakteri AB ägs av bönderna.</p>', /^Roma Slakteri AB$/u],
  ])('%s: the card\'s name', (lang, body, employer) => {
    expect(ad(page(lang, 'Slaktare', body), 'https://www.bondebladet.example/jobb/4')?.hiringOrganization?.name).toMatch(employer);
  });
});

describe('a title segment of the page\'s own words', () => {
  test.each([
    ['en', 'Opportunity Detail - Maintenance Planner - Day Shift', 'Maintenance Planner - Day Shift'],
    ['nb', 'Stillingsdetaljer - Sveiser - Dagskift', 'Sveiser - Dagskift'],
    ['sv', 'Annonsdetaljer - Svetsare - Dagskift', 'Svetsare - Dagskift'],
  ])('%s: "%s" names no employer', (lang, title, heading) => {
    const html = `<html lang="${lang}"><head><title>${title}</title></head><body><h2>${heading}</h2>${SECTIONS[lang]}</body></html>`;
    const found = ad(html, 'https://jobs.platform.example/ABC1/JobBoard/1/OpportunityDetail?id=2');
    expect(found?.hiringOrganization?.name ?? '').not.toMatch(/detail|detaljer/iu);
  });
});
