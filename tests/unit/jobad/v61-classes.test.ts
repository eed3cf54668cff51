import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { guessCompany } from '../../../core/company/identity';
import { isOrganisationName } from '../../../core/company/org-names';
import { classifyHeading, isOtherAdsHeading } from '../../../core/jobad/headings';
import { tidyItems } from '../../../core/jobad/lists';
import { locationsFromText } from '../../../core/jobad/location';
import { withoutTermsParts } from '../../../core/jobad/place-tags';
import { withoutOwnPlace } from '../../../core/jobad/title-parts';
import { ld } from './employer-pages';

/**
 * Classes the sixty-first held-out set showed, read in the session after the one that measured it: a paper's tagline whose
 * hours come before the town ("Heltid · Dals-Ed · Sök senast …") and its "Fler platsannonser" list; an Irish town with its
 * county ("📍 Ennistymon, Co. Clare", "Co. Donegal" for the data's "Donegal"); "/ Tornio" closing the title; "Mataura, Gore
 * District, Southland"; the firm an ad on a paper's page says what it is of, or whose letterhead closes it, where the data
 * or the title names the paper or nobody; Iceland's "hf." and Ireland's "Teoranta"; "Southern Tussock Meats Limited" under
 * the data's "Tussock Meats"; a family firm's letterhead "… Pastoral Co · PO Box …" under its logo's "… Cattle". Read as a
 * tab is read (the capture path). Names written for this test.
 */

const read = (html: string, url: string) => captureAd(html, url).jobAd;
const doc = (lang: string, title: string, head: string, body: string): string => `<html lang="${lang}"><head><title>${title}</title>${head}</head><body>${body}</body></html>`;
const SV = '<h3>Arbetsuppgifter</h3><ul><li>Köra truck</li></ul><h3>Kvalifikationer</h3><ul><li>Truckkort A och B</li></ul>';
const EN = '<h3>Duties</h3><ul><li>Lead the team</li></ul><h3>Requirements</h3><ul><li>Two years of experience</li></ul>';

describe('places', () => {
  test.each([
    ['Heltid · Färgelanda · Sök senast 10 januari 2027', 'Färgelanda · Sök senast 10 januari 2027'],
    ['Fast stilling | Tolga | Søknadsfrist 15. januar 2027', 'Tolga · Søknadsfrist 15. januar 2027'],
    // Read so before: a line without the hours.
    ['Färgelanda · Sök senast 10 januari 2027', 'Färgelanda · Sök senast 10 januari 2027'],
  ])('%s', (line, want) => {
    expect(withoutTermsParts(line)).toBe(want);
  });
  test.each(['Fler platsannonser', 'Flere stillingsannonser', 'Andra jobbannonser'])('other ads: %s', (heading) => {
    expect(isOtherAdsHeading(heading)).toBe(true);
  });
  test('sv: the tagline\'s town after the hours, not the other ads\' towns under "Fler platsannonser"', () => {
    const html = doc(
      'sv',
      'Truckförare till sorteringen | Ulvslänningen',
      '<meta property="og:site_name" content="Ulvslänningen">',
      `<div class="ad"><h2>Truckförare till sorteringen</h2><p class="tagline">Heltid · Färgelanda · Sök senast 10 januari 2027</p>
      <p>Ulvskog Bemanning AB söker truckförare till vår kund. Du blir anställd av oss och arbetar som konsult hos kunden.</p>${SV}
      <div class="more"><h4>Fler platsannonser</h4><ul><li>Stugvärd – Baldersnäs</li><li>Lärare i svenska – Mellerud</li></ul></div></div>`,
    );
    expect(read(html, 'https://www.ulvslanningen.example/platsannonser/1')?.locations).toEqual([{ city: 'Färgelanda' }]);
  });
  test('en: "📍 Kilfenora, Co. Clare", a town no register knows with its county, and the title\'s tail that repeats it', () => {
    const html = doc(
      'en',
      'Clinical Nurse Manager 2 | Ulvcomroe Recruitment',
      '',
      `<main><div class="job-title">Clinical Nurse Manager 2 – Kilfenora, Co. Clare</div><div class="meta">📍 Kilfenora, Co. Clare</div><div class="meta">🕑 Permanent | Full-time</div>
      <p>Our client, a nursing home in North Clare, is looking for a Clinical Nurse Manager 2.</p>${EN}</main>
      <footer><p>© 2026 Ulvcomroe Healthcare Recruitment Ltd. Registered in Ireland No. 702113.</p></footer>`,
    );
    const ad = read(html, 'https://www.ulvcomroe.example/jobs/cnm2');
    expect(ad?.locations).toEqual([{ city: 'Kilfenora', region: 'Co. Clare' }]);
    expect(ad?.title).toBe('Clinical Nurse Manager 2');
  });
  test('en: "Donegal" in the data, "Location: Glenties, Co. Donegal" on the page: the county as the page writes it', () => {
    const html = doc(
      'en',
      'QA Technician - Ulv Seafoods - IrishUlvJobs',
      `<meta property="og:site_name" content="IrishUlvJobs">${ld({ title: 'QA Technician', hiringOrganization: { '@type': 'Organization', name: 'Ulv Seafoods' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Glenties', addressRegion: 'Donegal' } } })}`,
      `<main><h1>QA Technician</h1><ul><li>Location: Glenties, Co. Donegal</li><li>Hours: Full Time</li></ul><p>Ulv Seafoods processes crab and mussels.</p>${EN}</main>`,
    );
    expect(read(html, 'https://www.irishulvjobs.example/job/1')?.locations).toEqual([{ city: 'Glenties', region: 'Co. Donegal' }]);
  });
  test.each([
    ['Overhead Crane Operator to the Melt Shop / Kemi', [{ city: 'Kemi' }], 'Overhead Crane Operator to the Melt Shop'],
    ['Clinical Nurse Manager 2 – Kilfenora, Co. Clare', [{ city: 'Kilfenora', region: 'Co. Clare' }], 'Clinical Nurse Manager 2'],
    // Read so before: a dash before the town.
    ['Crane Operator – Kemi', [{ city: 'Kemi' }], 'Crane Operator'],
  ])('%s', (title, places, want) => {
    expect(withoutOwnPlace(title, places)).toBe(want);
  });
  test.each([
    ['Edendale, Southland District, Southland', [{ city: 'Edendale', region: 'Southland' }]],
    // Read so before: a municipality's word in Bokmål.
    ['Naustdal, Sunnfjord kommune', [{ city: 'Naustdal' }]],
  ])('%s: the district a village lies in is no second place', (line, want) => {
    expect(locationsFromText(line)).toEqual(want);
  });
});

describe('employers', () => {
  test('sv: the data names the paper; the firm the ad says what it is of, in its last line', () => {
    const html = doc(
      'sv',
      'CNC-operatör, tvåskift | Lediga jobb | Ulvle Dagblad',
      `<meta property="og:site_name" content="Ulvle Dagblad">${ld({ title: 'CNC-operatör, tvåskift', hiringOrganization: { '@type': 'Organization', name: 'Ulvle Dagblad' } })}`,
      `<main><div class="title">CNC-operatör, tvåskift</div><div class="tag">Heltid</div><div class="tag">Ockelbo</div><p>Hos oss bearbetas axlar och flänsar till skogsmaskiner.</p>${SV}
      <p>Vi tillsätter tjänsten löpande.</p><p>Ulvås Industriteknik AB är ett familjeägt verkstadsföretag grundat 1961.</p></main>
      <footer><p>Ulvle Dagblad · Ansvarig utgivare: Ulv Rehnberg · Gävle</p></footer>`,
    );
    expect(read(html, 'https://www.ulvledagblad.example/jobb/1')?.hiringOrganization?.name).toBe('Ulvås Industriteknik AB');
  });
  test('sv: the brand after the heading\'s dash, the legal name on the letterhead closing the ad on a paper\'s page (the page mirrors the one read)', () => {
    const html = doc(
      'sv',
      'Drifttekniker vattenkraft – Ulvforsens Kraftteknik | Jobb | ÖP',
      '<meta property="og:site_name" content="Östersunds-Posten"><meta property="og:title" content="Drifttekniker vattenkraft – Ulvforsens Kraftteknik">',
      `<div class="op-head"><img src="data:," alt="ÖP Östersunds-Posten" width="120" height="40"><nav><a href="/">Hem</a> <a href="/nyheter">Nyheter</a> <a href="/sport">Sport</a> <a href="/jobb">Jobb</a> <a href="/familj">Familj</a> <a href="/e-tidning">E-tidning</a> <a href="/logga-in">Mitt konto</a></nav></div><main><nav class="breadcrumbs"><a href="/">ÖP</a> / <a href="/jobb">Jobb</a> / Energi</nav><h1>Drifttekniker vattenkraft – Ulvforsens Kraftteknik</h1><div class="facts"><div><span class="label">Arbetsort:</span> Hammarstrand</div><div><span class="label">Län:</span> Jämtlands län</div><div><span class="label">Land:</span> Sverige</div><div><span class="label">Anställningsform:</span> Tillsvidare, heltid</div><div><span class="label">Sista dag att söka:</span> 31 januari 2027</div></div><section class="ad"><p>Vi sköter drift och underhåll av elva vattenkraftstationer längs Indalsälven åt flera kraftbolag, med basen i Hammarstrand. Vi är 27 anställda och växer i takt med att stationerna förnyas.</p><h2>Vad du kommer att göra</h2><ul><li>Tillsyn och förebyggande underhåll av turbiner, generatorer och dammluckor</li><li>Felavhjälpning i kontrollutrustning och hjälpkraftsystem</li><li>Ingå i beredskapen för stationerna i Ragunda och Bräcke</li><li>Delta i revisioner och ombyggnadsprojekt</li></ul><h2>Din profil</h2><ul><li>Gymnasieexamen från el- och energiprogrammet eller motsvarande</li><li>Erfarenhet av underhåll inom kraftindustri eller processindustri</li><li>B-körkort</li><li>God förmåga att uttrycka dig på svenska i tal och skrift</li></ul><p>Meriterande är behörighet för elarbete (auktorisation AL) och erfarenhet av dammsäkerhet.</p><h2>Vi erbjuder</h2><p>Friskvårdsbidrag, bilförmån i tjänsten och ett gott samarbetsklimat i en bygd med fiske och skidåkning runt hörnet.</p><p>Urvalet påbörjas i vecka 2. Sista dag att söka är söndag 31 januari 2027. Upplysningar lämnas av driftchef Ulv Grelsson, 0696-400 63.</p><p>Ulvforsens Kraftteknik AB · Kraftverksvägen 3, 840 70 Hammarstrand</p></section><aside><h3>Fler jobb i Jämtland</h3><ul><li>Stugvärd, Åre</li><li>Elektriker, Östersund</li><li>Busschaufför, Strömsund</li></ul></aside></main><footer class="op-foot"><p>Östersunds-Posten · Ansvarig utgivare: Ulv Brännström · Östersund</p><p>© Östersunds-Posten. Vi följer de pressetiska reglerna.</p></footer>`,
    );
    const ad = read(html, 'https://www.op.example/jobb/2');
    expect(ad?.hiringOrganization?.name).toBe('Ulvforsens Kraftteknik AB');
    expect(ad?.title).toBe('Drifttekniker vattenkraft');
  });
  test.each([
    ['Ulvárvík hf.', true],
    ['Inis Ulv Seafoods Teoranta', true],
    ['Ulvga Creek Pastoral Co', true],
    // Read so before.
    ['Ulvfur fiskvinnsla ehf.', true],
    ['Dungloe, Co. Donegal', false],
  ] as const)('%s: %s', (name, want) => {
    expect(isOrganisationName(name)).toBe(want);
  });
  test.each([
    ['Ulvárvík Seafood', '<p>Ulvárvík hf. runs a pelagic processing plant in East Iceland.</p>', '<p>Ulvárvík hf. · kt. 540289-1129 · Hafnarbyggð 12, 690 Vopnafjörður</p>', 'Ulvárvík hf.'],
    ['Inis Ulv Seafoods', '<p>Inis Ulv Seafoods processes brown crab and mussels.</p>', '<p>Inis Ulv Seafoods Teoranta, registered in Ireland No. 318842. Registered office: Dungloe, Co. Donegal.</p>', 'Inis Ulv Seafoods Teoranta'],
    ['Ulv Meats', '<p>Southern Ulv Meats Limited has processed lamb and mutton in Mataura since 1979.</p>', '', 'Southern Ulv Meats Limited'],
  ])('en: the data\'s "%s" in full as the ad writes it', (brand, opening, closing, want) => {
    const html = doc(
      'en',
      `Production Worker - ${brand} | Ulvboard`,
      `<meta property="og:site_name" content="Ulvboard">${ld({ title: 'Production Worker', hiringOrganization: { '@type': 'Organization', name: brand } })}`,
      `<main><h1>Production Worker</h1>${opening}${EN}${closing}</main>`,
    );
    expect(read(html, 'https://www.ulvboard.example/job/3')?.hiringOrganization?.name).toBe(want);
  });
  test('guard: "Join" before the name is no word of it', () => {
    const html = doc(
      'en',
      'Production Worker - Ulv Meats | Ulvboard',
      `<meta property="og:site_name" content="Ulvboard">${ld({ title: 'Production Worker', hiringOrganization: { '@type': 'Organization', name: 'Ulv Meats' } })}`,
      `<main><h1>Production Worker</h1><p>Ulv Meats Limited processes lamb in Mataura.</p><p>Join Ulv Meats Limited and work with a team of forty.</p>${EN}</main>`,
    );
    expect(read(html, 'https://www.ulvboard.example/job/4')?.hiringOrganization?.name).toBe('Ulv Meats Limited');
  });
  test('en: a family firm\'s letterhead "… Pastoral Co · PO Box …" under the logo\'s "… Cattle", on its own site', () => {
    const html = doc(
      'en',
      'Breeding Quality Brahmans Since 1962 | Our Story',
      '',
      `<header><img src="data:," alt="Ulvga Creek Cattle"><nav><a href="/">Home</a></nav></header><main><h1>Our Story</h1><p>The Hartigan family took up Ulvga Creek in 1962.</p></main>
      <footer><p>Ulvga Creek Pastoral Co · PO Box 214, Charleville QLD 4470 · 07 4654 1187</p><p>© 2026 Ulvga Creek · Website by Red Ulv Digital</p></footer>`,
    );
    const { page, url } = captureAd(html, 'https://www.ulvgacreekcattle.example/our-story/');
    expect(guessCompany(url, page.metadata, page.jsonLd, undefined, page.lines).name).toBe('Ulvga Creek Pastoral Co');
  });
});

describe('moving v61 in (the golden path)', () => {
  test('a copyright line whose sign a bullet\'s clean-up drops is still no item', () => {
    expect(tidyItems(['© Ulvs Krav. Ulvs Krav arbeider etter Vær Varsom-plakatens regler for god presseskikk.', 'Fagbrev i tømrerfaget'])).toEqual(['Fagbrev i tømrerfaget']);
  });
  test.each(['Highly regarded:', 'Highly valued', 'Highly desirable:'])('"%s" heads the wishes', (heading) => {
    expect(classifyHeading(heading)).toBe('nice');
  });
});
