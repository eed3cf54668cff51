import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { GENERIC_TITLE } from '../../../core/jobad/generic-title';
import { isNiceItem } from '../../../core/jobad/lists';
import { locationsFromText } from '../../../core/jobad/location';
import { ld } from './employer-pages';
import { saveCapture } from '../../../core/capture/save-capture';
import { useTestDb } from '../notes/db';
import { page } from '../company/researched-news';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Classes the fifty-eighth held-out set showed, read in the session that measured it: a section heading's last place with
 * its own word of place ("Lediga jobb på Orust, Tjörn och i Stenungsund"); an ad's own "advertiser-footer" line with the
 * employer's name and address inside the article; two towns with a slash in the heading's tail; "Job listing" as a
 * section's heading; an Icelandic kennitala after the legal name, and a three-figure postcode before the town; the town as
 * the page spells it, its marks and all; a board's own name as the h1 over the job's h2, and the page's dash in the title;
 * an agency's head office in the data where the hire flies in from that town; a legal name "trading as" the brand; "X Ltd.
 * runs …" under the brand; "… but is not essential, as we train on the job". Read as a tab is read (the capture path).
 * Names written for this test.
 */

const read = (html: string, url: string) => captureAd(html, url).jobAd;
const doc = (lang: string, title: string, head: string, body: string): string => `<html lang="${lang}"><head><title>${title}</title>${head}</head><body>${body}</body></html>`;

describe('section headings', () => {
  test.each(['Lediga jobb på Orust, Tjörn och i Stenungsund', 'Ledige stillinger i Tingvoll, Sunndal og på Smøla', 'Jobs in Weipa, Mapoon and in Napranum', 'Job listing'])('generic: %s', (heading) => {
    expect(GENERIC_TITLE.test(heading)).toBe(true);
  });
  test('guard: a job with a place after "i"', () => {
    expect(GENERIC_TITLE.test('Lärare i matematik och i NO')).toBe(false);
  });
  test('sv: the data\'s title stands under a section\'s h1 that names three places', () => {
    const html = doc(
      'sv',
      'Lediga jobb – Ulvungsunds-Posten',
      `<meta property="og:site_name" content="Ulvungsunds-Posten">${ld({ title: 'Båtbyggare till lamineringen', hiringOrganization: { '@type': 'Organization', name: 'Ulvsund Varv' } })}`,
      `<main><h1>Lediga jobb på Orust, Tjörn och i Stenungsund</h1><img src="data:," alt="ULVSUND VARV"><h2>Båtbyggare till lamineringen, Henån (säsong mars–augusti)</h2>
      <p>Ulvsunds Båtvarv AB är ett familjeägt varv som bygger segelbåtar.</p><h3>Som båtbyggare hos oss kommer du att</h3><ul><li>laminera skrov och däck</li></ul>
      <h3>Vi söker dig som</h3><ul><li>har gått båtbyggarutbildning</li></ul><p>Besöksadress: Varvsvägen 3, Henån</p></main>`,
    );
    expect(read(html, 'https://www.ulvungsundsposten.example/jobb/551')?.title).toBe('Båtbyggare till lamineringen');
  });
});

describe("the ad's own letterhead", () => {
  test.each([
    ['nb', 'Ulvset Gardsmeieri SA · Ulvsetvegen 112, 6630 Tingvoll', 'Ulvset Gardsmeieri SA'],
    ['sv', 'Ulvsta Mejeri AB · Mejerivägen 4, 387 91 Borgholm', 'Ulvsta Mejeri AB'],
    ['en', 'Ulvbrook Dairy Ltd · 12 Harbour Road, Kirkwall KW15 1AB', 'Ulvbrook Dairy Ltd'],
  ] as const)('%s: "%s" in an "advertiser-footer" inside the article names the employer, not the paper', (lang, line, want) => {
    const html = doc(
      lang,
      'Ledige stillinger – Ulvens Krav',
      '<meta property="og:site_name" content="Ulvens Krav">',
      `<header><img src="data:," alt="Ulvens Krav"></header><main><h1>Ledige stillinger</h1><article><h2>Meieriarbeider (60 %)</h2><p>📍Tingvoll</p>
      <p>Vi lager brunost og yoghurt av melk fra sju gårder, og selger det meste i daglivarehandelen.</p><h3>Du vil få ansvar for:</h3><ul><li>Ysting og pressing av ost</li></ul>
      <h3>Vi ser etter deg som har:</h3><ul><li>Førerkort klasse B</li></ul><p>Søknadsfrist er fredag 15. januar 2027.</p></article>
      <p class="advertiser-footer">${line}</p></main><footer><p>Ulvens Krav · Kristiansund · Ansvarlig redaktør: Ulv Redaktør</p></footer>`,
    );
    expect(read(html, `https://www.ulvenskrav.example/stillinger/77-${lang}`)?.hiringOrganization?.name).toBe(want);
  });
});

describe('places', () => {
  test('sv: "… – Ulvkedal/Uddevalla" in the heading, two towns', () => {
    const html = doc(
      'sv',
      'Livsmedelstekniker till produktutvecklingen – Munkedal/Uddevalla | Ulvsläningen',
      '<meta property="og:site_name" content="Ulvsläningen">',
      `<main><h1>Livsmedelstekniker till produktutvecklingen – Munkedal/Uddevalla</h1><p>Vi gör sill och färdiga såser. Produktionen finns i Munkedal och utvecklingsköket i Uddevalla.</p>
      <h2>Dina arbetsuppgifter</h2><ul><li>Ta fram nya recept</li></ul><h2>Kvalifikationer</h2><ul><li>Utbildning inom livsmedelsteknik</li></ul><p>Ulvstrums Delikatesser AB · Munkedal</p></main>`,
    );
    expect(read(html, 'https://www.ulvslaningen.example/jobb/9')?.locations).toEqual([{ city: 'Munkedal' }, { city: 'Uddevalla' }]);
  });
  test.each([
    ['Sindragata 9, 400 Ísafjörður', [{ city: 'Ísafjörður' }]],
    ['Bryggjubakki 14, FO-100 Tórshavn', [{ city: 'Tórshavn' }]],
    ['Storgata 9, 9008 Tromsø', [{ city: 'Tromsø' }]],
  ] as const)('an address with a three- or four-figure postcode: %s', (text, want) => {
    expect(locationsFromText(text)).toEqual(want);
  });
  test('en: "Utqiagvik" in the data, "Utqiaġvik" on the page: the page\'s spelling', () => {
    const html = doc(
      'en',
      'Facilities Technician | Ulvslope Jobs',
      ld({ title: 'Facilities Technician', hiringOrganization: { '@type': 'Organization', name: 'Ulvtu Point Services LLC' }, jobLocation: [{ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Utqiagvik', addressRegion: 'AK', addressCountry: 'US' } }, { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Wainwright', addressRegion: 'AK', addressCountry: 'US' } }] }),
      `<main><h1>Facilities Technician</h1><div class="row"><div class="lbl">Locations</div><div>Utqiaġvik, AK · Wainwright, AK</div></div><p>Ulvtu Point Services LLC keeps housing warm in Utqiaġvik and Wainwright.</p>
      <h2>Duties</h2><ul><li>Maintain boilers</li></ul><h2>Requirements</h2><ul><li>Two years of facilities work</li></ul></main>`,
    );
    expect(read(html, 'https://www.ulvslopejobs.example/job/4')?.locations.map((l) => l.city)).toEqual(['Utqiaġvik', 'Wainwright']);
  });
  test('en: a labour-hire agency\'s Cairns head office in the data, the work site "Weipa QLD 4874", flights from Cairns: Weipa, no country', () => {
    const html = doc(
      'en',
      'Barge Loadout Operator | Ulvpe York Careers',
      `<meta property="og:site_name" content="Ulvpe York Careers">${ld({ title: 'Barge Loadout Operator', hiringOrganization: { '@type': 'Organization', name: 'Ulvfather Workforce' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', streetAddress: 'Level 2, 14 Lake Street', addressLocality: 'Cairns', addressRegion: 'QLD', postalCode: '4870', addressCountry: 'AU' } } })}`,
      `<main><h1>Barge Loadout Operator</h1><p>Ulvfather Workforce is looking for loadout operators for a 12-month assignment. You will be employed by Ulvfather Workforce and placed on site; the client provides camp accommodation and flights from Cairns.</p>
      <h2>Work site</h2><address>Evans Landing wharf precinct<br>Weipa QLD 4874</address><h2>Your duties</h2><ul><li>Operate the shiploader</li></ul><h2>Requirements</h2><ul><li>Two years on fixed plant</li></ul>
      <p>Ulvfather Workforce Solutions Pty Ltd (ABN 62 611 470 205) is a labour hire licensee. Head office: Level 2, 14 Lake Street, Cairns QLD 4870.</p></main>`,
    );
    expect(read(html, 'https://www.ulvpeyorkcareers.example/jobs/barge-loadout')?.locations).toEqual([{ city: 'Weipa', region: 'QLD' }]);
  });
});

describe('titles', () => {
  test('en: a board\'s own name as the h1, the h2 with the page\'s en dash where the data writes a hyphen', () => {
    const html = doc(
      'en',
      'Sawmill Millwright – Journeyperson – Watson Lake, YT | Ulvard Country Jobs',
      `<meta property="og:site_name" content="Ulvard Country Jobs">${ld({ title: 'Sawmill Millwright - Journeyperson', hiringOrganization: { '@type': 'Organization', name: 'Ulvbound Talent Partners' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Watson Lake', addressRegion: 'YT', addressCountry: 'CA' } } })}`,
      `<div class="site-head"><h1>Ulvard Country Jobs</h1></div><article><h2>Sawmill Millwright – Journeyperson</h2><p>📍 Watson Lake, YT</p><p>Ulvcheria Timber Products Ltd. runs a sawmill east of town.</p>
      <h3>Duties</h3><ul><li>Maintain the head rig</li></ul><h3>Requirements</h3><ul><li>Red Seal millwright</li></ul></article>`,
    );
    expect(read(html, 'https://www.ulvardjobs.example/job/88')?.title).toBe('Sawmill Millwright – Journeyperson');
  });
  test('en: "Job listing" over the h2 that says more than the data\'s title', () => {
    const html = doc(
      'en',
      'Quality Controller for the Whitefish Line | Ulvfjords Work',
      `<meta property="og:site_name" content="Ulvfjords Work">${ld({ title: 'Quality Controller', hiringOrganization: { '@type': 'Organization', name: 'Ulvkarl Seafood' } })}`,
      `<main><h1>Job listing</h1><h2>Quality Controller for the Whitefish Line</h2><dl><dt>Workplace</dt><dd>Sindragata 9, 400 Ísafjörður</dd><dt>Country</dt><dd>Iceland</dd></dl>
      <p>We process cod and haddock landed by our own trawlers.</p><h3>Main tasks</h3><ul><li>Take samples from the line</li></ul><h3>Qualifications</h3><ul><li>Experience from fish processing</li></ul>
      <p>Ulvkarl ehf. · kt. 540317-1190 · Sindragata 9, 400 Ísafjörður</p></main>`,
    );
    const ad = read(html, 'https://www.ulvfjordswork.example/jobs/qc');
    expect(ad?.title).toBe('Quality Controller for the Whitefish Line');
    expect(ad?.hiringOrganization?.name).toBe('Ulvkarl ehf.');
    expect(ad?.locations).toEqual([{ city: 'Ísafjörður', country: 'Iceland' }]);
  });
});

describe('legal names', () => {
  test('en: "Mullet Ulvsula Homecare CLG, trading as Ulvsula Homecare." under the brand', () => {
    const html = doc(
      'en',
      'Home Support Worker | Ulvris Jobs',
      `<meta property="og:site_name" content="Ulvris Jobs">${ld({ title: 'Home Support Worker', hiringOrganization: { '@type': 'Organization', name: 'Ulvsula Homecare' } })}`,
      `<main><h1>Home Support Worker</h1><p>Employer: Ulvsula Homecare</p><p>Ulvsula Homecare is a not-for-profit home support service for older people.</p>
      <h2>Duties</h2><ul><li>Support people at home</li></ul><h2>Requirements</h2><ul><li>QQI Level 5 in Healthcare Support</li></ul>
      <p>Mullet Ulvsula Homecare CLG, trading as Ulvsula Homecare. Registered in Ireland, company no. 624117.</p></main>`,
    );
    expect(read(html, 'https://www.ulvrisjobs.example/job/3')?.hiringOrganization?.name).toBe('Mullet Ulvsula Homecare CLG');
  });
  test('en: "Ulvorine Expeditions Ltd. runs small-group tundra tours" under the brand "Ulvorine Tours"', () => {
    const html = doc(
      'en',
      'Tundra Vehicle Driver-Guide | Churchill Community Jobs',
      '',
      `<main><h1>Tundra Vehicle Driver-Guide</h1><table><tr><td>Employer</td><td><img src="data:," alt="Ulvorine Tours"> Ulvorine Tours</td></tr><tr><td>Location</td><td>Churchill, MB</td></tr></table>
      <p>Ulvorine Expeditions Ltd. runs small-group tundra tours east of town from our launch site near the airport. We are hiring driver-guides for the 2027 season.</p>
      <h2>Duties</h2><ul><li>Drive a tundra vehicle</li></ul><h2>Requirements</h2><ul><li>Class 2 licence</li></ul></main>`,
    );
    expect(read(html, 'https://www.churchilljobs.example/posting/12')?.hiringOrganization?.name).toBe('Ulvorine Expeditions Ltd.');
  });
});

describe('wishes', () => {
  test.each([
    'Experience in aquaculture, farming or boating would be great but is not essential, as we train on the job.',
    'Erfaring fra havbruk er en fordel, men er ikke et krav, da vi gir opplæring.',
    // Read so before in Swedish ("inget krav" closing the wish).
    'Erfarenhet av båtar är meriterande men inget krav eftersom vi lär upp dig.',
  ])('%s', (item) => {
    expect(isNiceItem(item)).toBe(true);
  });
  test('guard: a must stays a must', () => {
    expect(isNiceItem('A driver licence is essential.')).toBe(false);
  });
});

describe("a kind of place opening a researched brand names no place's news", () => {
  const db = useTestDb();
  const fixture = (dir: string) => {
    const path = join(import.meta.dirname, '../../fixtures', dir);
    const { url } = JSON.parse(readFileSync(join(path, 'expected.json'), 'utf8')) as { url: string };
    return page(readFileSync(join(path, 'page.html'), 'utf8'), url);
  };
  test('en: "workers from the Burin Peninsula" is no news of the researched "Mullet Peninsula Homecare CLG" (trading as "Peninsula Homecare"; v58 moved in)', async () => {
    const wrong = await saveCapture(db(), fixture('jobads/b-belmullet-errisjobs-peninsula-homecare-support-worker'), 1);
    expect(wrong.company.name).toBe('Mullet Peninsula Homecare CLG');
    const saved = await saveCapture(db(), fixture('news/b-burin-beacon-langlade-automation'), 2);
    expect(saved.company.id).not.toBe(wrong.company.id);
  });
});
