import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { BOARD, ld, SECTIONS, type Lang } from './employer-pages';

/**
 * Classes the thirty-third held-out set (part B) showed, read on purpose after its one measurement: an ad whose sections are
 * bold paragraphs under "Eligibility criteria"; a blog-post board's heading "Vacancy Announcement – <firm>" over the job's
 * own h2; a place "of posting"; a deadline told as the last date for submission, or as when applications should reach
 * the employer; an acronym in the structured data for the name the ad writes in full; a unit after a comma in the job's
 * heading where the page has no h1; places split by semicolons; a region row beside a town row's island. Names written
 * for this test.
 */

const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

/** A board's ad page as the extension stores it: masthead, the ad's body, the board's footer. */
const boardAd = (lang: Lang, p: { title: string; body: string; head?: string; sections?: boolean }) => {
  const html =
    `<html lang="${lang}"><head><title>${p.title}</title><meta property="og:site_name" content="Jobbtavla">${p.head ?? ''}</head><body>` +
    `<header><img src="${GIF}" alt="Jobbtavla"><nav><a href="#">Jobs</a> <a href="#">Employers</a></nav></header>` +
    `<main><article>${p.body}${p.sections === false ? '' : SECTIONS[lang]}</article></main>` +
    `<footer><p>© 2026 Jobbtavla</p></footer></body></html>`;
  return captureAd(html, BOARD).jobAd;
};

describe('bold paragraphs over the lists, "Eligibility criteria" among them: an ad, its requirements read', () => {
  test.each([
    ['en', 'Key responsibilities', 'Eligibility criteria', 'Diploma in Civil Engineering'],
    ['nb', 'Arbeidsoppgaver', 'Kvalifikasjonskrav', 'Fagbrev som tømrer'],
    ['sv', 'Arbetsuppgifter', 'Behörighetskrav', 'Gymnasieexamen från bygg- och anläggningsprogrammet'],
  ] as const)('%s: %s / %s', (lang, duties, criteria, item) => {
    const body =
      `<h1>Quantity Surveyor</h1><p>Tashi Dorji Builders Pvt. Ltd. announces a vacancy.</p>` +
      `<p><strong>${duties}</strong></p><ul><li>Measure completed works</li><li>Prepare bills</li></ul>` +
      `<p><strong>${criteria}</strong></p><ul><li>${item}</li><li>Three years of experience</li></ul>`;
    expect(boardAd(lang, { title: 'Quantity Surveyor', body, sections: false })?.requirements.must).toContain(item);
  });
});

describe("a blog-post board's heading that names the section and the employer: the job is the h2 under it", () => {
  test.each([
    ['en', 'Vacancy Announcement – Tashi Dorji Builders', 'Tashi Dorji Builders Pvt. Ltd. is a contractor with 60 staff. We build roads, bridges and schools across the country and now seek a new colleague.', 'Quantity Surveyor'],
    ['nb', 'Stillingsutlysning – Hovden Bygg', 'Hovden Bygg AS er en entreprenør med 60 ansatte. Vi bygger veier, bruer og skoler i hele regionen og søker nå en ny kollega.', 'Anleggsleder'],
    ['sv', 'Utlysning – Granlunds Bygg', 'Granlunds Bygg AB är en entreprenör med 60 anställda. Vi bygger vägar, broar och skolor i hela regionen och söker nu en ny kollega.', 'Arbetsledare'],
  ] as const)('%s: %s', (lang, heading, text, job) => {
    const body = `<div class="post-title">${heading}</div><p>${text}</p><h2>${job}</h2><p>Heltid</p>`;
    expect(boardAd(lang, { title: `${heading} | Jobbtavla`, body })?.title).toBe(job);
  });
});

describe('where the hire is posted: the place', () => {
  test.each([
    ['en', 'Place of posting: Thimphu', 'Thimphu'],
    ['en', 'Duty location: Gbarnga', 'Gbarnga'],
    ['nb', 'Tjenestested: Kirkenes', 'Kirkenes'],
    ['sv', 'Tjänstgöringsort: Karlskoga', 'Karlskoga'],
  ] as const)('%s: %s', (lang, row, city) => {
    const body = `<h1>Kvantitetsingeniør</h1><p>${row}</p>`;
    expect(boardAd(lang, { title: 'Kvantitetsingeniør', body })?.locations.map((l) => l.city)).toEqual([city]);
  });
});

describe('the last date for submission, or when applications should reach the employer: the deadline', () => {
  test.each([
    ['en', 'The last date for submission of applications is 8 January 2027 (Friday), 5:00 PM.', '2027-01-08'],
    ['en', 'Applications with a CV should be addressed to the HR Manager, Lot 4 Public Road, Anna Regina, and should reach us no later than 29 January 2027.', '2027-01-29'],
    ['nb', 'Siste dag for søknad er 8. januar 2027.', '2027-01-08'],
    ['sv', 'Sista dag för ansökan är den 8 januari 2027 (fredag).', '2027-01-08'],
  ] as const)('%s: %s', (lang, text, date) => {
    const body = `<h1>Laboratory Technician</h1><p>${text}</p><h2>Duties</h2><ul><li>Test samples</li></ul><h2>Qualifications</h2><ul><li>A diploma</li></ul>`;
    expect(boardAd(lang, { title: 'Laboratory Technician', body, sections: false })?.validThrough).toBe(date);
  });
});

describe("the structured data's acronym for the name the ad writes in full: the full name", () => {
  test.each([
    ['en', 'PRM Group', 'Pomaroon Rice Millers Inc.', 'mills and exports rice from the coast.'],
    ['en', 'SVGCS', 'Sinoe Valley Growers Cooperative Society Inc. (SVGCS)', 'is a farmer-owned cooperative.'],
    ['nb', 'HML', 'Hardanger Mekaniske Lag AS', 'lager pumper til oppdrettsnæringen.'],
    ['sv', 'VMF', 'Vetlanda Mekaniska Fabrik AB', 'tillverkar släpvagnar sedan 1952.'],
  ] as const)('%s: %s', (lang, brand, full, rest) => {
    const body = `<h1>Laboratory Technician</h1><p>${full} ${rest}</p>`;
    const got = boardAd(lang, { title: `Laboratory Technician at ${brand}`, body, head: ld({ title: `Laboratory Technician at ${brand}`, hiringOrganization: { '@type': 'Organization', name: brand } }) });
    expect(got?.hiringOrganization?.name).toBe(full.replace(/ \(\w+\)$/u, ''));
    expect(got?.title).toBe('Laboratory Technician');
  });
});

describe("a unit after a comma in the job's heading (an h2, the page has no h1) beats the structured data's bare title", () => {
  test.each([
    ['en', 'Finance Officer, Programmes Unit (12-month contract)', 'Finance Officer', 'Finance Officer, Programmes Unit'],
    ['nb', 'Sykepleier, kirurgisk avdeling', 'Sykepleier', 'Sykepleier, kirurgisk avdeling'],
    ['sv', 'Undersköterska, medicinsk avdelning', 'Undersköterska', 'Undersköterska, medicinsk avdelning'],
  ] as const)('%s: %s', (lang, heading, given, title) => {
    const body = `<h2 class="job-heading">${heading}</h2><p>Vi søker.</p>`;
    expect(boardAd(lang, { title: `${title} | Jobbtavla`, body, head: ld({ title: given, hiringOrganization: { '@type': 'Organization', name: 'Tamtam Growers Trust' } }) })?.title).toBe(title);
  });
});

describe('places split by semicolons in their row, beside structured data naming the first: every place, each with its region', () => {
  test.each([
    ['en', 'Location', 'Ulaanbaatar, Songinokhairkhan district; Dalanzadgad, Ömnögovi', 'Ulaanbaatar', [{ city: 'Ulaanbaatar' }, { city: 'Dalanzadgad', region: 'Ömnögovi' }]],
    ['nb', 'Arbeidssted', 'Kirkenes, Sør-Varanger; Bjørnevatn, Sør-Varanger', 'Kirkenes', [{ city: 'Kirkenes', region: 'Sør-Varanger' }, { city: 'Bjørnevatn', region: 'Sør-Varanger' }]],
    ['sv', 'Arbetsort', 'Kiruna, Norrbotten; Svappavaara, Norrbotten', 'Kiruna', [{ city: 'Kiruna', region: 'Norrbotten' }, { city: 'Svappavaara', region: 'Norrbotten' }]],
  ] as const)('%s: %s', (lang, label, row, given, places) => {
    const body = `<h1>Fleet Planner</h1><dl><dt>${label}</dt><dd>${row}</dd></dl>`;
    const got = boardAd(lang, { title: 'Fleet Planner', body, head: ld({ title: 'Fleet Planner', jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: given } } }) });
    expect(got?.locations).toEqual(places);
  });
});

describe("a region row of its own over a town row's island or part that no register knows as a region", () => {
  test.each([
    ['en', 'Town', 'San Pedro, Ambergris Caye', 'District', 'Belize District'],
    ['nb', 'Sted', 'Uthaug, Ørlandshalvøya', 'Fylke', 'Trøndelag'],
    ['sv', 'Ort', 'Vrångö, Styrsöarna', 'Län', 'Västra Götalands län'],
  ] as const)('%s: %s + %s', (lang, townLabel, town, regionLabel, region) => {
    // The heading names the town ("Night Auditor (San Pedro)"), so the row's second part is no second town.
    const body = `<h1>Night Auditor (${town.split(',')[0]})</h1><dl><dt>${townLabel}</dt><dd>${town}</dd><dt>${regionLabel}</dt><dd>${region}</dd></dl>`;
    expect(boardAd(lang, { title: 'Night Auditor', body })?.locations).toEqual([{ city: town.split(',')[0], region }]);
  });

  test('en: "Bend, OR" keeps its state beside a division row', () => {
    const body = '<h1>Library Associate</h1><dl><dt>Location</dt><dd>Bend, OR</dd><dt>Division</dt><dd>Youth Services</dd></dl>';
    expect(boardAd('en', { title: 'Library Associate', body })?.locations).toEqual([{ city: 'Bend', region: 'OR' }]);
  });
});

describe('read when v33 moved in: nice-to-haves under "Added Advantage" or said to help, terms after a bar, "Pvt. Ltd."', () => {
  test.each([
    ['en', '<h3>Added Advantage</h3><ul><li>CCNA or a vendor certification</li></ul>', 'CCNA or a vendor certification'],
    ['en', '<h3>Advantages</h3><ul><li>Experience with SAP PM</li></ul>', 'Experience with SAP PM'],
    ['en', '<p>Spanish is helpful but not required.</p>', 'Spanish is helpful but not required.'],
    ['nb', '<p>Spansk er nyttig, men ikke et krav.</p>', 'Spansk er nyttig, men ikke et krav.'],
    ['sv', '<p>Spanska är till hjälp men inget krav.</p>', 'Spanska är till hjälp men inget krav.'],
  ] as const)('%s: %s', (lang, after, nice) => {
    const body = `<h1>Night Auditor</h1><h2>Requirements</h2><ul><li>One year of front desk experience</li><li>Police record clearance</li></ul>${after}<h2>How to apply</h2><p>Closing date: 10 January 2027.</p>`;
    expect(boardAd(lang, { title: 'Night Auditor', body, sections: false })?.requirements.nice).toEqual([nice]);
  });

  test.each([
    ['en', 'Number of slots: 1 | Employment: Regular, full time'],
    ['nb', 'Antall stillinger: 1 | Ansettelse: Fast, heltid'],
    ['sv', 'Antal tjänster: 1 | Anställning: Tillsvidare, heltid'],
  ] as const)('%s: %s', (lang, line) => {
    const body = `<h1>Quantity Surveyor</h1><p>${line}</p>`;
    expect(boardAd(lang, { title: 'Quantity Surveyor', body })?.employmentType).toContain('FULL_TIME');
  });

  test('en: "… Pvt. Ltd." keeps its dot, as the name is always written', () => {
    const body = '<h1>Quantity Surveyor</h1><p>Norbu Rigsel Construction Pvt. Ltd., a Class A contractor, is pleased to announce the following vacancy.</p>';
    expect(boardAd('en', { title: 'Quantity Surveyor', body })?.hiringOrganization?.name).toBe('Norbu Rigsel Construction Pvt. Ltd.');
  });
});

describe("a region row written in full (a number or an old name in brackets) over the structured data's short form", () => {
  test.each([
    ['en', 'Town', 'Anna Regina', 'Region', 'Pomeroon-Supenaam (Region Two)', 'Pomeroon-Supenaam'],
    ['nb', 'Sted', 'Moelv', 'Fylke', 'Innlandet (tidligere Hedmark)', 'Innlandet'],
    ['sv', 'Ort', 'Funäsdalen', 'Region', 'Jämtland Härjedalen (Z-län)', 'Jämtland Härjedalen'],
  ] as const)('%s: %s', (lang, townLabel, town, regionLabel, region, given) => {
    const body = `<h1>Laboratory Technician</h1><table><tr><th>${regionLabel}</th><td>${region}</td></tr><tr><th>${townLabel}</th><td>${town}</td></tr></table>`;
    const head = ld({ title: 'Laboratory Technician', jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: town, addressRegion: given } } });
    expect(boardAd(lang, { title: 'Laboratory Technician', body, head })?.locations).toEqual([{ city: town, region }]);
  });
});

describe("a page without an h1 whose first h2 is a section's: the structured title stands", () => {
  test.each([
    ['en', 'About the company', 'Welder'],
    ['nb', 'Om bedriften', 'Sveiser'],
    ['sv', 'Om företaget', 'Svetsare'],
  ] as const)('%s: %s', (lang, h2, title) => {
    const body = `<h2>${h2}</h2><p>Vi er en verkstedbedrift med 40 ansatte. We build steel frames for halls and bridges across the region.</p>`;
    expect(boardAd(lang, { title: `${title} | Jobbtavla`, body, head: ld({ title, hiringOrganization: { '@type': 'Organization', name: 'Hovden Stål AS' } }) })?.title).toBe(title);
  });
});

describe('review mends: what the v33 classes must not take', () => {
  test.each([
    ['nb', 'Ledig stilling – Sykepleier 80 %', 'Sykepleier'],
    ['en', 'Vacancy – Finance Officer', 'Finance Officer'],
  ] as const)('%s: "%s" names its job after the section word', (lang, heading, job) => {
    const body = `<h1>${heading}</h1><p>Hovden Helsehus AS driver sykehjem og hjemmetjenester i hele regionen, med 120 ansatte.</p>`;
    expect(boardAd(lang, { title: `${heading} | Jobbtavla`, body })?.title).toContain(job);
  });

  test('en: "You are helpful and service-minded" is a requirement, not a nice-to-have', () => {
    const body = '<h1>Night Auditor</h1><h2>Requirements</h2><ul><li>You are helpful and service-minded</li><li>Police record clearance</li></ul><p>Closing date: 10 January 2027.</p>';
    const got = boardAd('en', { title: 'Night Auditor', body, sections: false });
    expect(got?.requirements.must).toContain('You are helpful and service-minded');
    expect(got?.requirements.nice).toEqual([]);
  });

  test('en: "Oslo, Hybrid; Bergen, Hybrid" gives no region "Hybrid"', () => {
    const body = '<h1>Fleet Planner</h1><dl><dt>Location</dt><dd>Oslo, Hybrid; Bergen, Hybrid</dd></dl>';
    expect(boardAd('en', { title: 'Fleet Planner', body })?.locations.some((l) => l.region === 'Hybrid')).toBe(false);
  });

  test('en: a "Division" row naming a unit is no region', () => {
    const body = '<h1>Night Auditor (San Pedro)</h1><dl><dt>Town</dt><dd>San Pedro, Ambergris Caye</dd><dt>Division</dt><dd>Corporate Services</dd></dl>';
    expect(boardAd('en', { title: 'Night Auditor', body })?.locations.some((l) => l.region === 'Corporate Services')).toBe(false);
  });

  test('nb: an acronym with a Nordic letter ("ØES") for the name in full', () => {
    const body = '<h1>Servicetekniker</h1><p>Østfold Energi Service AS leverer service på varmepumper i hele fylket.</p>';
    const got = boardAd('nb', { title: 'Servicetekniker hos ØES', body, head: ld({ title: 'Servicetekniker', hiringOrganization: { '@type': 'Organization', name: 'ØES' } }) });
    expect(got?.hiringOrganization?.name).toBe('Østfold Energi Service AS');
  });
});
