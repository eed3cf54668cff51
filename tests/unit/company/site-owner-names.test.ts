// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { guessCompany } from '../../../core/company/identity';
import { nameFromLegalLine } from '../../../core/company/org-names';
import type { PageMetadata } from '../../../core/model';
import { pageNames } from '../../../core/company/page-name';

/**
 * Classes the eleventh held-out set showed (then moved into tuning), in English, Norwegian and Swedish: who a
 * site belongs to, as a reader trusts it. A club's short form in the logo gives way to the name the footer writes
 * out; a logo without the genitive gives way to the legal name that has it; a logo naming a harbour, a port or an
 * airport names the place, and the footer names the body that runs it; a registration number or a sentence
 * saying what kind of body it is marks a footer's name.
 */

const lines = (footer: string, logos: string[] = []) => ({ header: [], footer: [footer], logos });

describe("a club's short form written out in the footer", () => {
  test.each([
    ['sv', 'Hagby GK', 'Hagby Golfklubb · Org.nr 839200-1122 · Golfvägen 1, 392 39 Kalmar · Medlem i Svenska Golfförbundet', 'hagbygk.se', 'Hagby Golfklubb'],
    ['nb', 'Brattvåg IL', 'Brattvåg Idrettslag · Org.nr 971 234 567 · Idrettsvegen 2, 6270 Brattvåg', 'brattvagil.no', 'Brattvåg Idrettslag'],
    ['en', 'Ashby FC', '© 2026 Ashby Football Club · Ashby Road, Ashby LE65 1AA', 'ashbyfc.co.uk', 'Ashby Football Club'],
  ])('%s: logo "%s" → the footer\'s name', (_lang, logo, footer, domain, name) => {
    expect(pageNames('Lediga tjänster', lines(footer, [logo]), domain)[0]).toBe(name);
  });

  test('the federation named after the club is not the club', () => {
    expect(pageNames('Klubben', lines('Hagby Golfklubb · Org.nr 839200-1122 · Medlem i Svenska Golfförbundet', ['Hagby GK']), 'hagbygk.se')[0]).not.toMatch(/förbundet/iu);
  });
});

describe('the genitive the legal name writes', () => {
  test.each([
    ['sv', 'Sandhamn Kajak', 'Sandhamns Kajak & Friluft AB · Box 12, 130 39 Sandhamn', 'sandhamnkajak.se', 'Sandhamns Kajak & Friluft AB'],
    ['nb', 'Granlund Bakeri', '© 2026 Granlunds Bakeri og Kafé AS · Storgata 4, 8006 Bodø', 'granlundbakeri.no', 'Granlunds Bakeri og Kafé AS'],
    ['en', 'Harper Books', "© 2026 Harpers Books and Maps Ltd · 4 Mill Lane, Ludlow SY8 1AA", 'harperbooks.co.uk', 'Harpers Books and Maps Ltd'],
  ])('%s: logo "%s" → the legal name', (_lang, logo, footer, domain, name) => {
    expect(pageNames('Om oss', lines(footer, [logo]), domain)[0]).toBe(name);
  });

  test('another firm whose name opens with the same words is not the site\'s owner', () => {
    expect(pageNames('Om oss', lines('Webbdesign: Sandhamn Kajakbyrå AB', ['Sandhamn Kajak']), 'sandhamnkajak.se')[0]).toBe('Sandhamn Kajak');
  });
});

describe('a logo naming a harbour, a port or an airport names the place; the footer names the body', () => {
  test.each([
    ['en', 'Maryport Harbour', 'Solway Coast Harbour Trust is a trust port constituted by harbour revision order. Registered office: Harbour Office, South Quay, Maryport CA15 8AB.', 'maryportharbour.co.uk', 'Solway Coast Harbour Trust'],
    ['nb', 'Florø Hamn', '© 2026 Kinn Hamnevesen KF · Org.nr 921 345 678 · Strandgata 1, 6900 Florø', 'florohamn.no', 'Kinn Hamnevesen KF'],
    ['sv', 'Visby Hamn', 'Gotlands Hamnar AB är ett kommunalt bolag · Org.nr 556012-3456', 'visbyhamn.se', 'Gotlands Hamnar AB'],
  ])('%s: logo "%s" → the footer\'s body', (_lang, logo, footer, domain, name) => {
    expect(pageNames('Vacancies', lines(footer, [logo]), domain)[0]).toBe(name);
  });

  test.each([
    // No body in the footer: the logo stays. A real firm named after its place ("Calder Valley Cycles") is no facility.
    ['en', 'Maryport Harbour', 'Registered office: Harbour Office, South Quay, Maryport CA15 8AB', 'maryportharbour.co.uk', 'Maryport Harbour'],
    ['en', 'Calder Valley Cycles', '© 2026 Pennine Web Studio Ltd', 'caldervalleycycles.co.uk', 'Calder Valley Cycles'],
    ['sv', 'Nordvik Hamnkrog', '© 2026 Webbyrån Kusten AB', 'nordvikhamnkrog.se', 'Nordvik Hamnkrog'],
  ])('%s: logo "%s" stays', (_lang, logo, footer, domain, name) => {
    expect(pageNames('About', lines(footer, [logo]), domain)[0]).toBe(name);
  });
});

describe('with no body in the footer, the one the page\'s text makes run the facility', () => {
  const text = (...paragraphs: string[]) => ({ header: paragraphs.map((text) => ({ tag: 'p', text })), footer: ['Registered office: South Quay, Maryport CA15 8AB'], logos: [] as string[] });
  test.each([
    ['en', 'Maryport Harbour', ['It is run by a trust for its users.', 'The Solway Coast Harbour Trust is governed by nine unpaid trustees.'], 'The Solway Coast Harbour Trust'],
    ['nb', 'Florø Hamn', ['Hamna har vore i drift sidan 1860.', 'Kinn Hamnevesen KF er ansvarleg for kaiane.'], 'Kinn Hamnevesen KF'],
    ['sv', 'Visby Hamn', ['Hamnen tar emot färjor året runt.', 'Gotlands Hamnar AB är ägare till kajerna.'], 'Gotlands Hamnar AB'],
  ] as const)('%s: logo "%s" → the body', (_lang, logo, paragraphs, name) => {
    const lines = { ...text(...paragraphs), logos: [logo] };
    expect(pageNames('About', lines, 'example-harbour.org')[0]).toBe(name);
  });

  test('a regulator or the council named in the text does not run the harbour', () => {
    const lines = { ...text('The Marine Management Organisation is the regulator.', 'Cumberland Council is the owner of the promenade.'), logos: ['Maryport Harbour'] };
    expect(pageNames('About', lines, 'maryportharbour.co.uk')[0]).toBe('Maryport Harbour');
  });
});

describe("a footer's name marked by a registration number or by the kind of body it is", () => {
  test.each([
    ['Kestrel Rewilding Trust (KRT) · Registered charity no. 1162840 · Chew Magna, Bristol', 'Kestrel Rewilding Trust (KRT)'],
    ['Solway Coast Harbour Trust is a trust port constituted by harbour revision order.', 'Solway Coast Harbour Trust'],
    ['Gotlands Hamnar AB är ett kommunalt bolag.', 'Gotlands Hamnar AB'],
    ['Fjordhjelpa er en stiftelse registrert i Stiftelsesregisteret.', 'Fjordhjelpa'],
  ])('"%s" → %s', (line, name) => {
    expect(nameFromLegalLine(line)).toBe(name);
  });

  test.each([
    // A sentence about something else, or a pronoun, names no body.
    'We are a registered charity working across the South West.',
    'The harbour is a trust port, run for its users.',
    'Powered by Paylocity',
  ])('"%s" names no one', (line) => {
    expect(nameFromLegalLine(line)).toBeUndefined();
  });
});

describe("a recruiting platform's page not read as an ad belongs to the tenant its title names, never the platform", () => {
  const guess = (url: string, title: string) => guessCompany(url, { title: '', canonicalUrl: url } satisfies PageMetadata, [], undefined, { header: [], footer: ['Powered by Paylocity'], logos: [], title });
  test.each([
    ['en', 'https://recruiting.paylocity.com/Recruiting/Jobs/Details/1', 'Maintenance Technician - 2nd Shift - Cardinal Ridge Plastics', 'Cardinal Ridge Plastics'],
    ['nb', 'https://fjelltopp.careers.hibob.com/jobs/2', 'Backendutvikler – Fjelltopp Betaling AS', 'Fjelltopp Betaling AS'],
    ['sv', 'https://acme.teamtailor.com/jobs/3', 'Lagerarbetare | Norrlager AB', 'Norrlager AB'],
  ])('%s: "%s"', (_lang, url, title, name) => {
    expect(guess(url, title).name).toBe(name);
  });

  test.each([
    // The platform's own words or name, and a job board's page, name no tenant.
    ['https://recruiting.paylocity.com/Recruiting/Jobs/All/1', 'Current Openings - Careers'],
    ['https://acme.teamtailor.com/', 'Jobs - Teamtailor'],
    ['https://www.finn.no/job/fulltime/ad.html?finnkode=1', 'Kokk - Sorbo Hotell'],
  ])('%s: "%s" is not a tenant', (url, title) => {
    // The title's last part is not taken as the page's company (what the address says stays as before).
    const { name, nameSource } = guess(url, title);
    expect(nameSource).not.toBe('page');
    expect(name).not.toMatch(/careers|sorbo/iu);
  });
});
