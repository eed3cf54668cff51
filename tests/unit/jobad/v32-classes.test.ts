import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { BOARD, ld, SECTIONS, type Lang } from './employer-pages';

/**
 * Classes the thirty-second held-out set showed (read on purpose after its one measurement): a paper's list of other ads
 * under the ad ("Liknande jobb", "Siste stillinger") whose employers are theirs; a firm's kind said before its name
 * ("Bemanningsbolaget …"); a place row labelled "Placeringsort"; a client named as the agency's "oppdragsgiver". Names
 * written for this test.
 */

const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

/** A local paper's ad page as the extension stores it: masthead, the ad, the paper's list of other ads, its footer. */
const paperAd = (lang: Lang, p: { heading: string; lines: string; text: string; others: string; list: readonly string[]; head?: string }) => {
  const html =
    `<html lang="${lang}"><head><title>${p.heading} | Avisa</title><meta property="og:site_name" content="Avisa">${p.head ?? ''}</head><body>` +
    `<header><img src="${GIF}" alt="Avisa"><nav><a href="#">Nyheter</a> <a href="#">Jobb</a></nav></header>` +
    `<main><article><h1>${p.heading}</h1>${p.lines}<p>${p.text}</p>${SECTIONS[lang]}</article>` +
    `<aside><h3>${p.others}</h3><ul>${p.list.map((l) => `<li><a href="#">${l}</a></li>`).join('')}</ul></aside></main>` +
    `<footer><p>Avisa – utgitt av Avismedia</p></footer></body></html>`;
  return captureAd(html, BOARD).jobAd;
};

describe("the paper's list of other ads under the ad: their employers are not this ad's", () => {
  test.each([
    ['sv', 'Liknande jobb', 'Hos Ökna Släpvagnar AB i Vetlanda bygger 85 medarbetare släpvagnar. Vi söker nu en säljare.', 'Fritidsledare – Vetlanda kommun', 'Ökna Släpvagnar AB'],
    ['nb', 'Siste stillinger', 'Hos Hosenøy Havbruk AS på Brekstad jobber 40 personer med laks. Vi søker nå en røkter.', 'Brannkonstabel – Ørland kommune', 'Hosenøy Havbruk AS'],
    ['en', 'Latest jobs', 'At Kinross Trailers Ltd in Perth 85 people build trailers. We are now looking for a salesperson.', 'Care Assistant – Perth and Kinross Council', 'Kinross Trailers Ltd'],
  ] as const)('%s: %s', (lang, others, text, listed, employer) => {
    const got = paperAd(lang, { heading: 'Säljare', lines: '<div class="meta">Heltid</div>', text, others, list: ['Svetsare – Holsby Metall', listed] });
    expect(got?.hiringOrganization?.name).toBe(employer);
  });
});

describe("a firm's kind said before its name is no part of the name", () => {
  test.each([
    ['sv', 'Bemanningsbolaget Ljusne Personalpartner AB söker maskinoperatörer till en kund i Söderhamn.', 'Ljusne Personalpartner AB'],
    ['nb', 'Bemanningsselskapet Ørland Personell AS søker operatører til en kunde på Brekstad.', 'Ørland Personell AS'],
    ['en', 'Staffing firm Tayside People Ltd is looking for machine operators for a client in Dundee.', 'Tayside People Ltd'],
  ] as const)('%s', (lang, text, employer) => {
    const got = paperAd(lang, { heading: 'Maskinoperatör', lines: '', text, others: 'Annonser', list: [] });
    expect(got?.hiringOrganization?.name).toBe(employer);
  });
});

describe('a place row labelled as where the job is based: the place', () => {
  test.each([
    ['sv', 'Placeringsort: Strömstad', 'Vi söker en styrman till färjelinjen.', 'Strömstad'],
    ['nb', 'Stasjoneringssted: Bodø', 'Vi søker en styrmann til hurtigbåten.', 'Bodø'],
    ['en', 'Base location: Aberdeen', 'We are looking for a mate for the ferry route.', 'Aberdeen'],
  ] as const)('%s: %s', (lang, row, text, city) => {
    const got = paperAd(lang, { heading: 'Styrman', lines: '', text: `${text}</p><p>${row}`, others: 'Annonser', list: [] });
    expect(got?.locations.map((l) => l.city)).toEqual([city]);
  });
});

describe("a recruiter seeking on behalf of its 'oppdragsgiver' or 'uppdragsgivare', named: the client", () => {
  test.each([
    ['nb', 'Fosen Rekruttering søker på vegne av vår oppdragsgiver Stjørna Laks AS en røkter til lokaliteten utenfor Brekstad.', 'Stjørna Laks AS'],
    ['sv', 'Kosterrekrytering söker på uppdrag av vår uppdragsgivare Kosterö Fisk AB en skeppare till båten i Strömstad.', 'Kosterö Fisk AB'],
    ['en', 'Moray Recruitment is seeking on behalf of our client Findhorn Salmon Ltd a farm technician for the site near Forres.', 'Findhorn Salmon Ltd'],
  ] as const)('%s', (lang, text, client) => {
    // The recruiter's own data names the recruiter, as its JobPosting does on the paper's page.
    const head = ld({ title: 'Røkter', hiringOrganization: { '@type': 'Organization', name: text.split(/ (?:søker|söker|is seeking)/)[0] } });
    const got = paperAd(lang, { heading: 'Røkter', lines: '', text, others: 'Annonser', list: [], head });
    expect(got?.hiringOrganization?.name).toBe(client);
  });
});

describe('a post the prose says is for a fixed term: TEMPORARY', () => {
  test.each([
    ['nb', 'Stillingen er et vikariat i 12 måneder med mulighet for fast ansettelse.'],
    ['sv', 'Visstidsanställning i sex månader med start i februari.'],
    ['en', 'This is a fixed-term contract for 12 months, starting in February.'],
  ] as const)('%s', (lang, text) => {
    const got = paperAd(lang, { heading: 'Sveiser', lines: '', text, others: 'Annonser', list: [] });
    expect(got?.employmentType).toEqual(['TEMPORARY']);
  });

  test.each([
    ['nb', 'Vi har hatt vikariater før, men dette er en fast stilling.'],
    ['sv', 'Tjänsten är en tillsvidareanställning; vikarier tar vi in på sommaren.'],
    ['en', 'This is a permanent role; we hire temporary staff only in summer.'],
    ['nb', 'Engasjement og godt humør er viktig for oss, og stillingen er fast.'],
  ] as const)('%s: a permanent post that mentions temporary staff stays untyped as such', (lang, text) => {
    const got = paperAd(lang, { heading: 'Sveiser', lines: '', text, others: 'Annonser', list: [] });
    expect(got?.employmentType ?? []).not.toContain('TEMPORARY');
  });
});
