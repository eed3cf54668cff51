import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { isOrganisationName, nameFromLegalLine } from '../../../core/company/org-names';
import { compoundGrows, initialsWithTown } from '../../../core/jobad/brand-forms';
import { isOtherAdsHeading } from '../../../core/jobad/headings';
import { withoutOwnPlace } from '../../../core/jobad/title-parts';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { ad, ld } from './employer-pages';

/**
 * Classes the sixtieth held-out set showed, read in the session that measured it: a village before its municipality after
 * a pin ("📍 Oppeid, Hamarøy"); a logo right beside the heading in the page's main box; "– turnus 14/14" and a route's dash
 * ("Forvik–Tjøtta"); a brand whose first word the legal name writes in its definite genitive ("Sandsjöns Glashytta AB");
 * initials and a town as the brand ("KPB Munkfors"); a registry line under the company box's heading; Icelandic and Baltic
 * place labels and "similar jobs" headings; "offices in Vilnius and Visaginas"; "… Aboriginal Corporation · ICN 9271";
 * "… Trust Board" with its charity line; "– Mid Argyll", "– Haast Pass"; "ehf." and "Pty. Ltd." keeping their dots. Read as
 * a tab is read (the capture path). Names written for this test.
 */

const read = (html: string, url: string) => captureAd(html, url).jobAd;
const doc = (lang: string, title: string, head: string, body: string): string => `<html lang="${lang}"><head><title>${title}</title>${head}</head><body>${body}</body></html>`;
const SECTIONS = '<h2>Arbeidsoppgaver</h2><ul><li>Planlegge arbeidet</li></ul><h2>Kvalifikasjoner</h2><ul><li>Fagbrev</li></ul>';

describe('places', () => {
  test.each([
    ['nb', '📍 Ulvvik, Hamarøy', 'Litteraturhuset på Ulvvik lager lesefestivaler for hele Salten.', 'Ulvvik'],
    ['sv', '📍 Ulvby, Munkfors', 'Verkstaden i Ulvby har tolv anställda.', 'Ulvby'],
  ] as const)('%s: "%s": the village the text seats the work in, before its municipality', (lang, line, prose, want) => {
    const html = doc(lang, 'Ledige stillinger – Avisa Ulv', '<meta property="og:site_name" content="Avisa Ulv">', `<main><h1>Ledige stillinger</h1><div class="card"><div class="title">Formidler for barn og unge</div><div>${line}</div><p>${prose}</p>${SECTIONS}</div></main>`);
    expect(read(html, `https://www.avisaulv.example/${lang}/jobb/1`)?.locations).toEqual([{ city: want }]);
  });
  test('en: "Staðsetning" (an Icelandic board\'s place row) and the board\'s "Svipuð störf" over other ads\' towns', () => {
    const html = doc(
      'en',
      'Production Worker - Ulvfur - Ulfreð',
      '<meta property="og:site_name" content="Ulfreð">',
      `<main><div class="job-header-title">Production Worker for the Filleting Line</div><div class="job-meta"><div><span class="label">Staðsetning</span><span class="value">Hafnargata 44, 710 Seyðisfjörður</span></div></div>
      <p>Ulvfur is a family-run fish factory by the harbour.</p><h2>Main tasks</h2><ul><li>Trim fillets</li></ul><h2>Qualifications</h2><ul><li>Basic English</li></ul>
      <aside class="company-box"><h2>Ulvfur fiskvinnsla ehf.</h2><p>Kt. 560415-0780 · Hafnargata 44, 710 Seyðisfirði</p></aside>
      <section><h2>Svipuð störf</h2><ul><li>Kitchen assistant – Hótel Ulv – Neskaupstaður</li></ul></section></main>`,
    );
    const ad = read(html, 'https://www.ulfred.example/starf/1');
    expect(ad?.locations).toEqual([{ city: 'Seyðisfjörður' }]);
    expect(ad?.hiringOrganization?.name).toBe('Ulvfur fiskvinnsla ehf.');
  });
  test.each(['Panašūs darbo skelbimai', 'Līdzīgi darba sludinājumi', 'Sarnased töökuulutused', 'Samankaltaiset työpaikat', 'Svipuð störf'])('other ads: %s', (heading) => {
    expect(isOtherAdsHeading(heading)).toBe(true);
  });
  test('en: the data\'s Vilnius is the company\'s other office ("offices in Vilnius and Ulvginas"); the page shows Ulvginas', () => {
    const html = doc(
      'en',
      'Radiation Protection Engineer, UAB Ulvijos inžinerija, Ulvginas | CVulv.lt',
      `<meta property="og:site_name" content="CVulv.lt">${ld({ title: 'Radiation Protection Engineer', hiringOrganization: { '@type': 'Organization', name: 'Ulvija Engineering' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Vilnius', addressCountry: 'LT' } } })}`,
      `<main><h1>Radiation Protection Engineer</h1><div class="company">UAB Ulvijos inžinerija</div><div class="city">Visaginas</div>
      <p>Ulvija Engineering is an engineering company of 140 people with offices in Vilnius and Visaginas.</p><h2>Responsibilities</h2><ul><li>Prepare dose estimates</li></ul><h2>Requirements</h2><ul><li>A degree in physics</li></ul>
      <section><h2>Panašūs darbo skelbimai</h2><ul><li>Nuclear Safety Specialist · Baltic Ulv Consult · Vilnius</li></ul></section></main>`,
    );
    expect(read(html, 'https://www.cvulv.example/darbas/1')?.locations).toEqual([{ city: 'Visaginas' }]);
  });
});

describe('titles', () => {
  test.each([
    ['Matros til sambandet Ulvvik–Tjøtta – turnus 14/14', 'Matros til sambandet Ulvvik–Tjøtta'],
    ['Maskinist (turnus 14/14)', 'Maskinist'],
    // Read so before with the rota before its word.
    ['Matros – 14/14-turnus', 'Matros'],
  ])('%s', (title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });
  test('nb: the h2 with a route and a rota over the data\'s bare "Matros"', () => {
    const html = doc(
      'nb',
      'Matros til sambandet Ulvvik–Tjøtta | Ulvlendingen Jobb',
      `<meta property="og:site_name" content="Ulvlendingen">${ld({ title: 'Matros', hiringOrganization: { '@type': 'Organization', name: 'Ulvøy Ferjedrift AS' } })}`,
      `<main><h2>Matros til sambandet Ulvvik–Tjøtta – turnus 14/14</h2><dl><dt>Arbeidssted</dt><dd>Forvik</dd></dl><p>Ulvøy Ferjedrift AS driver tre ferjesamband på Helgelandskysten.</p>${SECTIONS}</main>`,
    );
    expect(read(html, 'https://www.ulvlendingen.example/jobb/3')?.title).toBe('Matros til sambandet Ulvvik–Tjøtta');
  });
  test.each([
    ['Forest Works Supervisor - Mid Argyll', [{ city: 'Lochgilphead', region: 'Argyll and Bute' }], 'Forest Works Supervisor'],
    ['Traffic Management Supervisor - Haast Pass', [{ city: 'Haast', region: 'West Coast' }], 'Traffic Management Supervisor'],
    ['Ranger - North Ulvland', [{ city: 'Lochgilphead', region: 'Argyll and Bute' }], 'Ranger - North Ulvland'],
  ])('%s', (title, places, want) => {
    expect(withoutOwnPlace(title, places)).toBe(want);
  });
});

describe('employers', () => {
  test('sv: a logo right beside the heading in the page\'s main box names the employer, not a bystander the prose names', () => {
    const html = doc(
      'sv',
      'Produktionstekniker till tapperiet, 75 % – Ulvslagsbladet Jobb',
      '<meta property="og:site_name" content="Ulvslagsbladet">',
      `<div class="mast"><img src="data:," alt="Ulvslagsbladet"><ul><li>Nyheter</li><li>Ljusnarsberg</li><li>Jobb</li></ul></div><div class="crumbs">Ulvslagsbladet / Jobb / Livsmedel</div>
      <main><img src="data:," alt="Ulvsmans"><h1>Produktionstekniker till tapperiet, 75 %</h1><dl class="fakta"><dt>Arbetsort</dt><dd>Kopparberg och Ställdalen</dd><dt>Land</dt><dd>Sverige</dd><dt>Omfattning</dt><dd>Deltid 75 %</dd><dt>Ansök senast</dt><dd>2027-01-08</dd></dl>
      <p>Vi pressar äpplen från Bergslagens trädgårdar och brygger cider och must i gamla gruvbyggnader. Tapperiet ligger i Kopparberg och lagret i Ställdalen.</p>
      <h2>Du kommer att</h2><ul><li>Köra tapplinjerna för flaska och burk</li><li>Rengöra tankar och ledningar</li></ul><h2>Vi söker dig som har</h2><ul><li>Erfarenhet från livsmedelsproduktion</li><li>B-körkort</li></ul>
      <p>Erfarenhet av bryggeri eller dryckestillverkning är meriterande.</p><p>Ljusnarsbergs kommun och Bergslagens gruvmuseiförening ordnar varje sommar en skördemarknad där vi serverar årets must.</p>
      <p>Välkommen med din ansökan till produktionsledare Ida Ulvgren, ida@ulvsmans.example.</p><p>Ulvsmans Cider och Must AB, Gruvgatan 5, 714 31 Kopparberg</p></main>
      <footer><p>Ulvslagsbladet · Kopparberg · Ansvarig utgivare: Ulv Sundin</p><p>© Ulvslagsbladet. Allt material är skyddat enligt upphovsrättslagen.</p></footer>`,
    );
    expect(read(html, 'https://www.ulvslagsbladet.example/jobb/7')?.hiringOrganization?.name).toBe('Ulvsmans Cider och Must AB');
  });
  test.each([
    ['Ulvsjöns Glashytta AB', 'Ulvsjö Glas', true],
    // Read so before in the plain genitive.
    ['Ulvmåns Skogstjänst AB', 'Ulvmån Skog', true],
    ['Ulvsjöns Bygg AB', 'Ulvsjö Glas', false],
  ] as const)('%s for the brand %s: %s', (full, brand, want) => {
    expect(compoundGrows(full, brand)).toBe(want);
  });
  test.each([
    ['Klarulvens Precisionsband AB', 'KPB Munkfors', true],
    ['Klarulvens Precisionsband AB', 'KPB', false],
    ['Klarulvens Stål AB', 'KPB Munkfors', false],
  ] as const)('%s for "%s": %s', (full, brand, want) => {
    expect(initialsWithTown(full, brand)).toBe(want);
  });
  test('sv: the data\'s "KPB Munkfors" under "Klarulvens Precisionsband AB · org.nr …"', () => {
    const html = doc(
      'sv',
      'Underhållstekniker el till valsverket | VF Jobb',
      `<meta property="og:site_name" content="Värmlands Ulvblad">${ld({ title: 'Underhållstekniker el till valsverket', hiringOrganization: { '@type': 'Organization', name: 'KPB Munkfors' } })}`,
      `<main><h1>Underhållstekniker el till valsverket</h1><p>Vi valsar och härdar kallvalsat bandstål.</p><h2>Arbetsuppgifter</h2><ul><li>Felsöka</li></ul><h2>Kvalifikationer</h2><ul><li>Elteknisk utbildning</li></ul>
      <p>Klarulvens Precisionsband AB · org.nr 556918-3327 · Bruksgatan 2, 684 28 Munkfors</p></main>`,
    );
    expect(read(html, 'https://www.ulvblad.example/jobb/4')?.hiringOrganization?.name).toBe('Klarulvens Precisionsband AB');
  });
  test('en: "… Aboriginal Corporation · ICN 9271 · …" under the brand "Ulvville Bay Rangers"', () => {
    expect(isOrganisationName('Ulvville Bay Land and Sea Aboriginal Corporation')).toBe(true);
    const html = doc(
      'en',
      'Senior Ranger – Marine Team - Ulvville Bay Rangers | Ethical Ulv',
      '',
      `<main><img src="data:," alt="Ulvville Bay Rangers"><h2>Senior Ranger – Marine Team</h2><p>The Ulvville Bay Rangers look after sea country on behalf of the Traditional Owners.</p>
      <h3>Duties</h3><ul><li>Lead boat patrols</li></ul><h3>Selection criteria</h3><ul><li>Coxswain ticket</li></ul><p>Ulvville Bay Land and Sea Aboriginal Corporation · ICN 9271 · PO Box 1417, Nhulunbuy NT 0881</p></main>`,
    );
    expect(read(html, 'https://www.ethicalulv.example/job/2')?.hiringOrganization?.name).toBe('Ulvville Bay Land and Sea Aboriginal Corporation');
  });
  test.each([
    ['Te Ulv Mārama Hauora Trust Board · Registered charity CC41873 · 41 Commerce Street, Kaitaia 0410', 'Te Ulv Mārama Hauora Trust Board'],
    ['Ulvfur fiskvinnsla ehf. · Kt. 560415-0780 · Hafnargata 44, 710 Seyðisfirði', 'Ulvfur fiskvinnsla ehf.'],
    ['© 2026 Ulvgebup Saleyards Pty. Ltd.', 'Ulvgebup Saleyards Pty. Ltd'],
    // Read so before: a copyright line closed by its full stop.
    ['© 2026 Ulvlund Biologics. All rights reserved.', 'Ulvlund Biologics'],
  ])('%s', (line, want) => {
    expect(nameFromLegalLine(line)).toBe(want);
  });
  test('en: "Te Ulv Mārama Hauora" in the data and its row, the trust board in the charity line', () => {
    const html = doc(
      'en',
      'Community Health Nurse | Kiwi Ulv Jobs',
      ld({ title: 'Community Health Nurse – Whānau Ora Team', hiringOrganization: { '@type': 'Organization', name: 'Te Ulv Mārama Hauora' } }),
      `<main><h2>Community Health Nurse – Whānau Ora Team</h2><p>Te Ulv Mārama Hauora is a kaupapa Māori health provider in the Far North.</p><h3>About the role</h3><ul><li>Run clinics</li></ul>
      <h3>About you</h3><ul><li>Registered nurse</li></ul><p>Te Ulv Mārama Hauora Trust Board · Registered charity CC41873 · 41 Commerce Street, Kaitaia 0410</p></main>`,
    );
    expect(read(html, 'https://www.kiwiulvjobs.example/job/5')?.hiringOrganization?.name).toBe('Te Ulv Mārama Hauora Trust Board');
  });
});

describe('moving v60 in (the golden path: the page as a reader\'s view gives it)', () => {
  test('en: a council the opening says the rangers "work with" is a partner; "… Aboriginal Corporation · ICN 9271 · …" names the employer', () => {
    const html = doc(
      'en',
      'Senior Ranger | Ethical Ulv',
      '',
      `<main><h2>Senior Ranger – Marine Team</h2><p>The Ulvville Bay Rangers patrol the coast and work with the Northern Land Council on fire and weeds.</p>
      <h3>Duties</h3><ul><li>Lead boat patrols</li></ul><h3>Selection criteria</h3><ul><li>Coxswain ticket</li></ul><p>Ulvville Bay Land and Sea Aboriginal Corporation · ICN 9271 · PO Box 1417, Nhulunbuy NT 0881</p></main>`,
    );
    expect(ad(html, 'https://www.ethicalulv.example/job/3')?.hiringOrganization?.name).toBe('Ulvville Bay Land and Sea Aboriginal Corporation');
  });
});
