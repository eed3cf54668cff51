// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { isJobBoardName } from '../../../core/company/job-boards';
import { isOrganisationName } from '../../../core/company/org-names';
import { knownTown } from '../../../core/places';
import { ad, BOARD, ld, page } from './employer-pages';

/**
 * Classes the forty-fourth held-out set showed, read on purpose after its one measurement: an agency's placement named in
 * the heading; the Baltic states' towns; a Baltic name in quotes before its brand in brackets; "the … region" in English
 * prose; the head office's country in the data; a board's name ending in "Jobs Board" or "Jobs Online"; "ACN", "ABN" and
 * "NZBN" lines; a board's "Job Details" h1 over the ad's h2; a label set in bold inside a div; a house number before a
 * street in a North American address; "You might also like" over other ads; and, found when the set moved in, "Ønsket"
 * alone over the wishes, "would help you hit the ground running", a locality with its province's code. Names written for this test.
 */

const cities = (html: string, url = BOARD): (string | undefined)[] => ad(html, url)?.locations.map((l) => l.city) ?? [];

describe("an agency's placement in the heading names the client where the consultant works, not who employs", () => {
  test.each([
    ['sv', 'Truckförare till brädgården – uppdrag hos Glimsby Trä', 'Glimsnor Bemanning AB söker nu en truckförare till vår kund Glimsby Trä AB. Du blir anställd av oss och arbetar som konsult på brädgården.', 'Glimsnor Bemanning AB'],
    ['nb', 'Truckfører til lageret – oppdrag hos Glimsby Tre', 'Glimsnor Bemanning AS søker en truckfører til vår kunde Glimsby Tre AS. Du blir ansatt hos oss og jobber som konsulent på lageret.', 'Glimsnor Bemanning AS'],
    ['en', 'Forklift Driver for the Timber Yard – assignment at Glimsby Timber', 'Glimsnor Staffing Ltd is recruiting a forklift driver for our client Glimsby Timber Ltd. You will be employed by us and work as a consultant in the yard.', 'Glimsnor Staffing Ltd'],
  ] as const)('%s', (lang, heading, opening, employer) => {
    const client = employer.replace('Glimsnor Bemanning', 'Glimsby Trä').replace('Glimsnor Staffing', 'Glimsby Timber');
    const html = page(lang, { title: `${heading} | Jobb`, head: ld({ title: heading.split(' – ')[0], hiringOrganization: { name: client } }), body: `<h1>${heading}</h1><p>${opening}</p>` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(employer);
  });
});

describe("the Baltic states' towns are places", () => {
  test.each(['Rakvere', 'Pärnu', 'Jelgava', 'Šiauliai', 'Panevezys'])('%s', (town) => {
    expect(knownTown(town)).toBe(town);
  });
  test("en: a heading's tail in such a town is the place, not the title", () => {
    const html = page('en', { title: 'Junior QA Engineer to the Billing Team – Pärnu | Jobs', body: '<h1>Junior QA Engineer to the Billing Team – Pärnu</h1><p>🏢 Glimsmäe Software</p><p>We build billing software for small shops.</p>' });
    const read = ad(html, BOARD);
    expect([read?.title, read?.locations.map((l) => l.city)]).toEqual(['Junior QA Engineer to the Billing Team', ['Pärnu']]);
  });
});

describe('a Baltic name in quotes, its brand in brackets after it, is the employer over the brand in the data', () => {
  test.each([
    ['SIA "Glimsvidzemes Koks" (GV Koks) makes windows for builders in Sweden.', 'GV Koks', 'SIA "Glimsvidzemes Koks"'],
    ['UAB „Glimsėnų Metalas“ (GM Metalas) cuts steel for machine builders.', 'GM Metalas', 'UAB „Glimsėnų Metalas“'],
  ] as const)('%s', (line, brand, legal) => {
    const html = page('en', { title: `CNC Programmer - ${brand} | Jobs`, head: ld({ title: 'CNC Programmer', hiringOrganization: { name: brand } }), body: `<h1>CNC Programmer</h1><p>${brand}</p><p>${line}</p>` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(legal);
  });
});

describe('"the … region" in English prose is a place, no public body', () => {
  test('en: the employer is the footer\'s legal name', () => {
    const html = `<html lang="en"><head><title>Careers – Glimsdal Freight</title></head><body><header><img alt="Glimsdal Freight" src="data:,"></header><main><h1>Careers</h1><p>We hire locally first. Residents of the Glimsdal Strait region are encouraged to apply.</p><h2>Terminal Operator</h2><p>Location: Nome, AK</p><h3>Duties</h3><ul><li>Receive fuel from barges</li></ul><h3>Qualifications</h3><ul><li>High school diploma</li></ul><p>Posting closes January 8, 2027.</p></main><footer><p>Glimsdal Freight &amp; Fuel, LLC · PO Box 1480 · Nome, Alaska 99762</p><p>© 2026 Glimsdal Freight &amp; Fuel, LLC.</p></footer></body></html>`;
    expect(ad(html, 'https://www.glimsdalfreight.example/careers/terminal-operator')?.hiringOrganization?.name).toBe('Glimsdal Freight & Fuel, LLC');
  });
  test.each([
    ['Glimsdal Strait region', false],
    // Guards: a Swedish region's body, a council.
    ['Region Jämtland Härjedalen', true],
    ['Glimsby District Council', true],
  ] as const)('%s', (name, organisation) => {
    expect(isOrganisationName(name)).toBe(organisation);
  });
});

describe("the head office's country in the data is not the country of the town the page shows", () => {
  test.each([
    ['en', 'Our head office and fabrication shop are in Gore, and this role sits in our service workshop in Glimsford.', 'Location', 'Region', 'Gore', 'NZ'],
    ['nb', 'Hovedkontoret vårt ligger i Bodø, og stillingen er knyttet til verkstedet i Glimsnes.', 'Arbeidssted', 'Fylke', 'Bodø', 'NO'],
    ['sv', 'Vårt huvudkontor ligger i Umeå, och tjänsten finns på verkstaden i Glimsby.', 'Arbetsort', 'Län', 'Umeå', 'SE'],
  ] as const)('%s', (lang, sentence, placeLabel, regionLabel, office, country) => {
    const town = /(Glims\p{L}+)\.$/u.exec(sentence)![1]!;
    const html = page(lang, {
      title: 'Planner | Jobs',
      head: ld({ title: 'Planner', hiringOrganization: { name: 'Glimsrud Engineering' }, jobLocation: { '@type': 'Place', address: { addressLocality: office, addressRegion: 'Nordland', addressCountry: country } } }),
      body: `<h1>Planner</h1><div><b>${placeLabel}</b> ${town}</div><div><b>${regionLabel}</b> Nordland</div><p>${sentence}</p>`,
    });
    expect(ad(html, BOARD)?.locations).toEqual([{ city: town, region: 'Nordland' }]);
  });
});

describe("a board's name ending in its own words is no employer; a registry line with ACN, ABN or NZBN names the employer", () => {
  test.each([
    ['Sunraysia Jobs Board', true],
    ['Glimsland Jobs Online', true],
    ['Kootenay Job Bank', true],
    // Guard: an employer whose name holds "Jobs" before another word.
    ['Glimsby Jobs & Sons Ltd', false],
  ] as const)('%s', (name, board) => {
    expect(isJobBoardName(name)).toBe(board);
  });
  test.each([
    ['Glimsara Citrus Pty Ltd ACN 163 402 918 · Trading as Glimsara Citrus', 'Glimsara Citrus Pty Ltd'],
    ['Glimsara Dairy Engineering Limited · NZBN 9429048731205', 'Glimsara Dairy Engineering Limited'],
  ] as const)('%s', (line, employer) => {
    const html = `<html lang="en"><head><title>Packing Shed Supervisor - Glimsland Jobs Board</title></head><body><header><img alt="Glimsland Jobs Board logo" src="data:,"><p>Glimsland Jobs Board</p></header><main><div class="job-title">Packing Shed Supervisor</div><p>📍 Mildura</p><p>Glimsara grows and packs mandarins.</p><h3>What you'll be doing</h3><ul><li>Lead a night crew</li></ul><h3>What we're looking for</h3><ul><li>Two seasons supervising</li></ul><p>Applications close 5pm Friday 15 January 2027.</p><p>${line}</p></main></body></html>`;
    expect(ad(html, 'https://www.glimsland-work.example/job/18832/packing-shed-supervisor')?.hiringOrganization?.name).toBe(employer);
  });
});

describe('a board\'s "Job Details" h1 over the ad\'s h2 that says more than the data\'s title', () => {
  test.each([
    ['en', 'Job Details', 'Red Seal Millwright', 'Red Seal Millwright for the Planer Mill'],
    ['nb', 'Stillingsdetaljer', 'Mekaniker', 'Mekaniker til vedlikeholdsavdelingen'],
    ['sv', 'Om tjänsten', 'Mekaniker', 'Mekaniker till underhållsavdelningen'],
  ] as const)('%s', (lang, h1, title, h2) => {
    const html = page(lang, { title: `${h2} | Jobs`, head: ld({ title, hiringOrganization: { name: 'Glimsbrook Timber' } }), body: `<h1>${h1}</h1><h2>${h2}</h2><p>Glimsbrook Timber</p>` });
    expect(ad(html, BOARD)?.title).toBe(h2);
  });
});

describe('a label set in bold inside a div reads as a row', () => {
  test.each([
    ['en', '<div><b>Location</b> Glimsford</div><div><b>Region</b> Southland</div>', { city: 'Glimsford', region: 'Southland' }],
    ['nb', '<div><strong>Arbeidssted</strong> Glimsnes</div>', { city: 'Glimsnes' }],
    ['sv', '<div><b>Arbetsort</b> Glimsby</div><div><b>Län</b> Jämtlands län</div>', { city: 'Glimsby', region: 'Jämtlands län' }],
  ] as const)('%s', (lang, rows, place) => {
    const html = page(lang, { title: 'Planner | Jobs', body: `<h1>Planner</h1><p>Glimsrud AS</p>${rows}` });
    expect(ad(html, BOARD)?.locations).toEqual([place]);
  });
});

describe('a house number before a street in a North American address is no postcode', () => {
  test('en: the town before the province\'s code and postcode', () => {
    const html = page('en', { title: 'Hydraulic Technician – Glimsfield Hydraulics | Jobs', body: '<h1>Hydraulic Technician – Glimsfield Hydraulics</h1><table><tr><th>Employer</th><td>Glimsfield Hydraulics</td></tr><tr><th>Address</th><td>Unit 4, 2210 Currie Boulevard, Glimston, MB R7B 4E7</td></tr></table>' });
    expect(ad(html, BOARD)?.locations).toEqual([{ city: 'Glimston', region: 'MB' }]);
  });
});

describe('"You might also like", "Recommended for you" head other ads', () => {
  test.each([
    ['en', 'You might also like', 'Diesel Mechanic – Gore'],
    ['nb', 'Anbefalt for deg', 'Mekaniker – Bodø'],
    ['sv', 'Rekommenderade jobb', 'Mekaniker – Umeå'],
  ] as const)('%s', (lang, heading, other) => {
    const office = other.split(' – ')[1]!;
    const sentence = { en: `Our head office is in ${office}.`, nb: `Hovedkontoret ligger i ${office}.`, sv: `Huvudkontoret ligger i ${office}.` }[lang];
    const html = page(lang, { title: 'Planner | Jobs', head: ld({ title: 'Planner', hiringOrganization: { name: 'Glimsrud Engineering' }, jobLocation: { '@type': 'Place', address: { addressLocality: office } } }), body: `<h1>Planner</h1><div>📍 Hamar</div><p>${sentence}</p>`, after: `<h3>${heading}</h3><ul><li>${other}</li></ul>` });
    expect(cities(html)).toEqual(['Hamar']);
  });
});

describe('found when the set moved in', () => {
  test.each([
    ['nb', 'Ønsket', 'Erfaring fra vannkraft'],
    ['sv', 'Önskat', 'Erfarenhet av vattenkraft'],
    ['en', 'Desired', 'Experience in hydropower'],
  ] as const)('%s: "%s" alone heads the wishes', (lang, heading, wish) => {
    const html = page(lang, { title: 'Montør | Jobb', body: `<h1>Montør</h1><p>Glimsfoss Energi AS</p>`, after: `<h2>${heading}</h2><ul><li>${wish}</li></ul>` });
    expect(ad(html, BOARD)?.requirements.nice).toEqual([wish]);
  });
  test('en: "would help you hit the ground running" closes a wish', () => {
    const html = page('en', { title: 'Planner | Jobs', body: '<h1>Planner</h1>', after: '<p>A trade background as a fitter would help you hit the ground running.</p>' });
    expect(ad(html, BOARD)?.requirements.nice).toContain('A trade background as a fitter would help you hit the ground running.');
  });
  test('en: "Glimston BC" as one locality is the town and its province', () => {
    const html = page('en', { title: 'Millwright | Jobs', head: ld({ title: 'Millwright', hiringOrganization: { name: 'Glimsbrook Timber' }, jobLocation: { '@type': 'Place', address: { addressLocality: 'Glimston BC', addressCountry: 'Canada' } } }), body: '<h1>Millwright</h1>' });
    expect(ad(html, BOARD)?.locations).toEqual([{ city: 'Glimston', region: 'BC', country: 'Canada' }]);
  });
});
