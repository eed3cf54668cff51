// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { ad, BOARD, page } from './employer-pages';

/**
 * Classes the twenty-ninth held-out set showed, in English, Norwegian and Swedish: a customer or a supplier named in the
 * ad's opening is not the employer; "(Shift Work)" after the role; "Locality" as a place's label; a town no register
 * knows and its region in one row; where the job travels is not its place; a short form, a dash, then the employer's
 * name. Names written for this test.
 */

describe('a customer or a supplier the opening names is not the employer', () => {
  test.each([
    ['nb', 'Vi lager rør og tanker i glassfiber. Vi leverer blant annet til Fjordglass AS og Østfold Energi.', 'Kråkevik Komposittverk AS · Org.nr. 918 442 071 · Habornveien 40, 1630 Gamle Fredrikstad', 'Kråkevik Komposittverk AS'],
    ['sv', 'Vi tillverkar rör och tankar i glasfiber. Vi levererar bland annat till Glasbruket Nord AB och Skånska Energi.', 'Kråkvik Kompositverk AB · Org.nr 556084-3317 · Fabriksgatan 12, 523 30 Ulricehamn', 'Kråkvik Kompositverk AB'],
    ['en', 'We make pipes and tanks in glass fibre. We supply Harbour Glass Ltd and Tyne Energy among others.', 'Crake Composites Ltd · Company No. 01234567 · 4 Mill Lane, Leeds LS1 5HD', 'Crake Composites Ltd'],
  ] as const)('%s', (lang, opening, registry, employer) => {
    const html = page(lang, { title: 'Prosessoperatør | Avisa', body: `<h1>Prosessoperatør</h1><p>${opening}</p>`, after: `<p>${registry}</p>` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(employer);
  });
});

describe('"(Shift Work)" after the role is its hours, not the job', () => {
  test.each([
    ['Maintenance Technician (Shift Work)', 'Maintenance Technician'],
    ['Prosessoperatør (skiftarbeid)', 'Prosessoperatør'],
    ['Operatör (skiftarbete)', 'Operatör'],
    ['Shift Work Coordinator', 'Shift Work Coordinator'],
  ])('%s', (title, tidy) => {
    expect(tidyTitle(title)).toBe(tidy);
  });
});

describe('"Locality" labels the place (Malta\'s public employment service)', () => {
  test('en', () => {
    const html = page('en', { title: 'Vacancy Details - Jobsplus', body: '<h1>Vacancy Details</h1><dl><dt>Job Title</dt><dd>Maintenance Technician</dd><dt>Locality</dt><dd>Marsa</dd></dl>' });
    expect(ad(html, BOARD)?.locations).toEqual([{ city: 'Marsa' }]);
  });
});

describe('a town no register knows that the title names, and its region, in one row', () => {
  test.each([
    ['en', 'Quality Supervisor – Okahandja', 'Location', 'Okahandja, Otjozondjupa', { city: 'Okahandja', region: 'Otjozondjupa' }],
    ['nb', 'Operatør – Lysvika', 'Arbeidssted', 'Lysvika, Nordfjella', { city: 'Lysvika', region: 'Nordfjella' }],
    ['sv', 'Operatör – Bjärkvik', 'Ort', 'Bjärkvik, Norrfjällen', { city: 'Bjärkvik', region: 'Norrfjällen' }],
  ] as const)('%s: %s', (lang, heading, label, row, place) => {
    const html = page(lang, { title: `${heading} | Jobs`, body: `<h1>${heading}</h1><p><b>${label}:</b> ${row}</p>` });
    expect(ad(html, BOARD)?.locations).toEqual([place]);
  });

  test('sv: a town the register knows is followed by its district ("Norrköping, Händelö"), not a region', () => {
    const html = page('sv', { title: 'Transportplanerare – Norrköping | Jobb', body: '<h1>Transportplanerare – Norrköping</h1><p><b>Placering:</b> Norrköping, Händelö</p>' });
    expect(ad(html, BOARD)?.locations?.some((l) => l.region === 'Händelö')).toBe(false);
  });
});

describe('where the job travels is not its place', () => {
  test.each([
    ['en', 'Duty station', 'Rubavu, with travel to Kigali', 'Rubavu'],
    ['nb', 'Arbeidssted', 'Tromsø, med reiser til Oslo', 'Tromsø'],
    ['sv', 'Placering', 'Luleå, med resor till Kiruna', 'Luleå'],
  ] as const)('%s: %s', (lang, label, row, town) => {
    const html = page(lang, { title: 'Logistics Officer | Jobs', body: `<h1>Logistics Officer</h1><p><b>${label}:</b> ${row}</p>` });
    expect(ad(html, BOARD)?.locations?.map((l) => l.city)).toEqual([town]);
  });
});

describe('a short form, a dash, then the employer\'s name: the name, going by the short form', () => {
  test.each([
    ['en', 'Institution/Agency', 'EUCORA - European Agency for Coastal Resilience', 'European Agency for Coastal Resilience', 'EUCORA'],
    ['nb', 'Arbeidsgiver', 'NKT – Norsk Kysttjeneste', 'Norsk Kysttjeneste', 'NKT'],
    ['sv', 'Arbetsgivare', 'SKF – Sveriges Kustforskning', 'Sveriges Kustforskning', 'SKF'],
  ] as const)('%s: %s', (lang, label, written, name, short) => {
    const found = ad(page(lang, { title: 'Data Analyst | Careers', body: `<h1>Data Analyst</h1><p><b>${label}:</b> ${written}</p>` }), BOARD);
    expect(found?.hiringOrganization).toEqual({ name, alternateName: short });
  });
});
