import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { guessCompany } from '../../../core/company/identity';
import { ld } from './employer-pages';
import { locationFacts } from '../../../core/jobad/page-facts';
import { normalizeEmploymentTypes } from '../../../core/jobad/employment';

/**
 * Classes the sixty-sixth held-out set showed, read in the session after the one that measured it: a title's tail of the
 * employer and a season in brackets ("– Ulvvidda Fjellstue (sesong feb.–okt.)"), a roster ("- Rotating Roster"); the data's
 * short title under a styled div that keeps the unit, a classification's name in lower case under the employer's h1, a
 * council's "Current Vacancies" over the vacancy's h2, a careers page's slogan as its h1, an Icelandic board's brand-first
 * page title beside the logo; places: the paper's menu of towns, a street's words ("boulevard de York Est"), the next
 * vacancy's site ("Longreach Library"), the data's town without its marks ("Ukmerge") keeping its country; employers: a
 * registered name in another language under an English brand (Finnish "Linnaveden …", Lithuanian "Šventosios …"), Québec's
 * "Les … inc." in the footer; found on the move, Ireland's "Specified Purpose" contract. Read as a tab is read (the capture path). Names written for this test.
 */

const capture = (html: string, url: string) => captureAd(html, url);
const read = (html: string, url: string) => capture(html, url).jobAd;
const company = (html: string, url: string): string => {
  const { page, jobAd } = capture(html, url);
  return guessCompany(url, page.metadata, page.jsonLd, jobAd ?? undefined, page.lines).name;
};
const doc = (lang: string, title: string, head: string, body: string): string => `<html lang="${lang}"><head><title>${title}</title>${head}</head><body>${body}</body></html>`;
const EN = '<h3>Main tasks</h3><ul><li>Plan daily production and staffing</li><li>Keep the records up to date</li></ul><h3>Qualifications</h3><ul><li>Trade certificate or degree</li></ul>';
const NB = '<h3>Arbeidsoppgaver</h3><ul><li>Planlegge produksjonen</li><li>Føre logg</li></ul><h3>Kvalifikasjoner</h3><ul><li>Fagbrev</li></ul>';
const SV = '<p><strong>I rollen kommer du att</strong></p><ul><li>Utföra service på maskiner</li><li>Felsöka hydraulik</li></ul><p><strong>Vi tror att du har</strong></p><ul><li>Utbildning inom fordon</li></ul>';

describe('titles', () => {
  test('nb: "Kjøkkensjef – Ulvvidda Fjellstue (sesong feb.–okt.)": the employer and the season in brackets go', () => {
    const html = doc('nb', 'Kjøkkensjef – Ulvvidda Fjellstue (sesong feb.–okt.) | Stillinger | Ulvposten', '<meta property="og:site_name" content="Ulvposten">', `<main><div class="annonse"><img src="data:," alt="Ulvvidda Fjellstue logo"><h1>Kjøkkensjef – Ulvvidda Fjellstue (sesong feb.–okt.)</h1>
      <table><tr><td>Sted:</td><td>Engerdal</td></tr><tr><td>Ansettelse:</td><td>Midlertidig (sesong)</td></tr><tr><td>Søknadsfrist:</td><td>Snarest</td></tr></table>
      <p>Fjellstua ligger ved Femunden og har 28 rom, kafé og båtutleie. Vi har gjester fra hele Europa som kommer for fiske, padling og hundekjøring, og vi serverer mat laget av råvarer fra dalen.</p>${NB}
      <p class="org">Ulvvidda Fjellstue AS · Org.nr. 923 117 406 MVA</p></div></main>`);
    expect(read(html, 'https://www.ulvposten.no/stillinger/4411')?.title).toBe('Kjøkkensjef');
  });
  test('en: the data\'s "Maintenance Electrician - Rotating Roster": the roster is when, not what', () => {
    const html = doc('en-NZ', 'Maintenance Electrician - Rotating Roster | Balclutha | UlvJobs', ld({ title: 'Maintenance Electrician - Rotating Roster', hiringOrganization: { '@type': 'Organization', name: 'Ulvkiri Dairy Limited' } }),
      `<main><h1>Maintenance Electrician - Rotating Roster</h1><p>Ulvkiri Dairy Limited dries milk into powder at its plant near Balclutha.</p>${EN}</main>`);
    expect(read(html, 'https://www.ulvjobs.co.nz/job/1')?.title).toBe('Maintenance Electrician');
  });
  test('nb: the data\'s "Prosessoperatør" under the section\'s h1, the job\'s div keeping "i ovnshallen"', () => {
    const html = doc('nb', 'Ledige stillinger – Ulvdalens Blad', `<meta property="og:title" content="Prosessoperatør i ovnshallen – vikariat 12 måneder">${ld({ title: 'Prosessoperatør', hiringOrganization: { '@type': 'Organization', name: 'Ulvgen Silisium' } })}`,
      `<main><h1>Ledige stillinger</h1><div class="job"><div class="job-heading">Prosessoperatør i ovnshallen – vikariat 12 måneder</div><div class="facts"><span>Arbeidssted</span><span>Meråker</span></div>
      <p>Ulvgen Silisium AS produserer silisium ved verket i Meråker og har 210 ansatte.</p>${NB}</div></main>`);
    expect(read(html, 'https://www.ulvdalensblad.no/jobb/9')?.title).toBe('Prosessoperatør i ovnshallen');
  });
  test('en: Job Bank\'s lower-case "heavy-duty equipment mechanic" in the data, the employer\'s own title in the h1', () => {
    const html = doc('en', 'Heavy Duty Mechanic – Underground Maintenance - Kirkland Lake (ON) - Job posting - Job Bank', ld({ title: 'heavy-duty equipment mechanic', hiringOrganization: { '@type': 'Organization', name: 'Ulvridge Gold Mines Inc.' } }),
      `<main><h1><span>Heavy Duty Mechanic – Underground Maintenance</span></h1><p>Ulvridge Gold Mines Inc. runs an underground gold mine east of Kirkland Lake.</p>${EN}</main>`);
    expect(read(html, 'https://www.jobbank.gc.ca/jobsearch/jobposting/1')?.title).toBe('Heavy Duty Mechanic – Underground Maintenance');
  });
  test('en: a council\'s "Current Vacancies" over the vacancy\'s h2', () => {
    const html = doc('en-AU', 'Current Vacancies - Ulvbah Plains Regional Council', '', `<main><h1>Current Vacancies</h1><p>Council is one of the largest employers in the region.</p><div class="vacancy"><h2>Works Overseer – Roads Construction</h2>
      <dl><dt>Location</dt><dd>Longreach Works Depot, Longreach QLD</dd><dt>Applications close</dt><dd>5.00pm Monday 18 January 2027</dd></dl>${EN}</div></main>`);
    expect(read(html, 'https://www.ulvbah.qld.gov.au/council/careers')?.title).toBe('Works Overseer – Roads Construction');
  });
  test('en: a careers page\'s slogan h1 "Build the blades that power the wind" over the job\'s div', () => {
    const html = doc('en', 'Careers – Ulvillon Composites', '', `<section class="hero"><h1>Build the blades that power the wind</h1><p>Join 240 colleagues at the tip of the peninsula.</p></section>
      <main><p>Careers / Openings / QC-2612</p><div class="poste-titre">Quality Control Technician – Blade Finishing</div><div><span>Permanent</span><span>Full-time</span></div>
      <h2>Your role</h2><p>In the blade finishing hall, each blade is sanded, coated and inspected before it leaves for the port.</p>${EN}</main>`);
    expect(read(html, 'https://www.ulvilloncomposites.ca/en/careers/qc-2612/')?.title).toBe('Quality Control Technician – Blade Finishing');
  });
  test('en: an Icelandic board\'s "Ulvfurá Data – Data Centre Technician | Ulvvefur" beside the logo "Ulvfurá Data merki"', () => {
    const html = doc('en', 'Ulvfurá Data – Data Centre Technician | Ulvvefur', '', `<header><img src="data:," alt="Ulvvefur"></header><main><section class="company-head"><img src="data:," alt="Ulvfurá Data merki"><h1>Ulvfurá Data</h1><p>Gagnaver · Data centres · 38 employees</p></section>
      <h2 class="job-title">Data Centre Technician</h2><div class="facts"><div><span>Staðsetning / Location</span><span>Blönduós</span></div></div>
      <p>Ulvfurá Data runs a 24 MW data centre on the edge of Blönduós.</p>${EN}<p>Ulvfurá Gagnaver ehf. · kt. 000000-0000 · Efstabraut 0, 540 Blönduós</p></main><footer><p>Ulvvefur ehf. · Reykjavík · Skilmálar</p></footer>`);
    const url = 'https://www.ulvvefur.is/storf/1';
    expect(read(html, url)?.title).toBe('Data Centre Technician');
    expect(company(html, url)).toBe('Ulvfurá Gagnaver ehf.');
  });
});

describe('places', () => {
  test('sv: the paper\'s menu "Skellefteå | Norsjö | Malå | Sport | Jobb" names no place of the job', () => {
    const html = doc('sv', 'Underhållsmekaniker till gruvverkstaden – Ulvran Jobb', `<meta property="og:site_name" content="Ulvran"><meta property="og:title" content="Ulvjaur Berg söker underhållsmekaniker">${ld({ title: 'Underhållsmekaniker till gruvverkstaden', employmentType: 'Heltid', description: 'Vi söker en underhållsmekaniker till gruvverkstaden i Norsjö.' })}`,
      `<div class="kaka">Ulvran använder cookies för att ge dig en bättre upplevelse. <a href="#">Läs mer om cookies</a> <button>Okej</button></div>
      <div class="bar"><img src="data:," alt="Ulvran"> <a href="#">Skellefteå</a> | <a href="#">Norsjö</a> | <a href="#">Malå</a> | <a href="#">Sport</a> | <a href="#">Jobb</a></div>
      <div class="bc"><a href="#">Ulvran</a> › <a href="#">Jobb</a> › <a href="#">Gruva och bergteknik</a></div>
      <div class="annons"><h1>Ulvjaur Berg</h1><h2>Underhållsmekaniker till gruvverkstaden</h2><div class="etiketter"><span>Heltid</span><span>Tillsvidare</span></div>
      <p>Vi bryter koppar- och zinkmalm i en underjordsgruva norr om Norsjö och anrikar malmen i eget verk. Produktionen har ökat sedan 2024, och verkstaden behöver förstärkning.</p>${SV}
      <div class="adress"><p>Besöksadress: Gruvvägen 2, 935 91 Norsjö</p></div><a href="#" class="knapp">Ansök nu</a><p class="small">Ulvjaur Berg AB · Organisationsnummer 556990-1127</p></div>
      <footer><p>Ulvran · Box 58, 931 21 Skellefteå · Ansvarig utgivare: Lars Grank</p></footer>`);
    // Read "Norsjö; Malå" before: the menu's last two towns as the lines before the heading.
    expect(read(html, 'https://www.ulvran.se/jobb/1')?.locations).toEqual([{ city: 'Norsjö' }]);
  });
  test('en: "Workplace: Gaspé plant, 95 boulevard de York Est, Gaspé, QC G4X 2L1": a street\'s words name no town', () => {
    const html = doc('en', 'Careers – Ulvillon Composites', '', `<main><h1>Quality Control Technician</h1><p class="place"><strong>Workplace:</strong> Gaspé plant, 95 boulevard de York Est, Gaspé, QC G4X 2L1</p>${EN}</main>`);
    expect(read(html, 'https://www.ulvilloncomposites.ca/en/careers/1/')?.locations).toEqual([{ city: 'Gaspé', region: 'QC' }]);
  });
  test('en: the next vacancy\'s "Location: Longreach Library" is no second place beside "Longreach QLD"', () => {
    // The page's rows as the capture gives them: the first vacancy's, then the next one's on the council's list.
    const blocks = [
      { tag: 'h2', text: 'Works Overseer – Roads Construction' },
      { tag: 'dt', text: 'Location' },
      { tag: 'dd', text: 'Longreach Works Depot, Longreach QLD' },
      { tag: 'h2', text: 'Library Officer (Part Time)' },
      { tag: 'dt', text: 'Location' },
      { tag: 'dd', text: 'Longreach Library' },
    ];
    expect(locationFacts(blocks).locations).toEqual([{ city: 'Longreach', region: 'QLD' }]);
  });
  test('en: the data\'s "Ukmerge, LT" and the page\'s "Ukmergė": one town, its country kept', () => {
    const html = doc('en', 'Production Planner – Ulvoji Timber – Ukmergė | Ulvlaiptai.lt', ld({ title: 'Production Planner', hiringOrganization: { '@type': 'Organization', name: 'Ulvoji Timber' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Ukmerge', addressCountry: 'LT' } } }),
      `<main><h1>Production Planner</h1><table><tr><td>Company</td><td>Ulvoji Timber</td></tr><tr><td>Location</td><td>Ukmergė</td></tr></table><p>Our 160 employees work in two shifts at the Ukmergė industrial zone.</p>${EN}
      <p>Employer: UAB „Ulvosios mediena“, company code 300000000, Pramonės g. 0, LT-20000 Ukmergė.</p></main>`);
    const jobAd = read(html, 'https://www.ulvlaiptai.lt/darbo-skelbimas/1');
    expect(jobAd?.locations).toEqual([{ city: 'Ukmergė', country: 'LT' }]);
    // The registered name under the brand, its river's name declined ("Ulvoji" → "Ulvosios").
    expect(jobAd?.hiringOrganization?.name).toBe('UAB „Ulvosios mediena“');
  });
});

describe('employers', () => {
  test('en: "Linnaveden Venetehdas Oy | Business ID …" closing the ad of the brand "Linnavesi Boats"; the brand kept as its other name', () => {
    const html = doc('en', 'Boat Builder, Savonlinna – Linnavesi Boats | Ulvkanava', ld({ title: 'Boat Builder', hiringOrganization: { '@type': 'Organization', name: 'Linnavesi Boats' } }),
      `<main><h1>Boat Builder</h1><p class="employer">Linnavesi Boats</p><p>Linnavesi Boats builds cabin boats at its factory in Savonlinna.</p>${EN}
      <p>Linnaveden Venetehdas Oy | Business ID 3000000-0 | Kauppaneuvoksentie 0, 57200 Savonlinna</p></main>`);
    const employer = read(html, 'https://www.ulvkanava.fi/tyopaikka/1')?.hiringOrganization;
    expect(employer?.name).toBe('Linnaveden Venetehdas Oy');
    expect(employer?.alternateName).toBe('Linnavesi Boats');
  });
  test('en: "© 2026 Les Composites Ulvillon inc. All rights reserved." on the site of "Ulvillon Composites"', () => {
    const html = doc('en', 'Careers – Ulvillon Composites', '', `<header><a href="/en/"><img src="data:," alt="Ulvillon Composites"></a></header><main><h1>Quality Control Technician</h1>${EN}
      <p>Les Composites Ulvillon inc. applies the principle of employment equity.</p></main><footer><p>Ulvillon Composites · Gaspé (Québec)</p><p>© 2026 Les Composites Ulvillon inc. All rights reserved. Website by Studio Ulv.</p></footer>`);
    const url = 'https://www.ulvilloncomposites.ca/en/careers/1/';
    expect(read(html, url)?.hiringOrganization?.name).toBe('Les Composites Ulvillon inc.');
    expect(company(html, url)).toBe('Les Composites Ulvillon inc.');
  });
});

describe('terms', () => {
  test('en: Ireland\'s "Specified Purpose Contract" is a fixed term, no contractor\'s', () => {
    expect(normalizeEmploymentTypes(['Specified Purpose Contract, 0.5 WTE', 'part-time'])).toEqual(['TEMPORARY', 'PART_TIME']);
  });
});
