// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { ad, BOARD, ld, page } from './employer-pages';

/**
 * Older sets' open title and place classes: a Canadian town and its province written out on the ad's line and its code
 * after the heading's dash ("– Thunder Bay, ON"); a part of the job's country after the title ("…, Northern Uganda");
 * two fields of the work joined in lower case after a dash, over a shorter structured title ("Driftstekniker –
 * settefisk og matfisk"). Names written for this test.
 */

const where = (html: string): string[] => (ad(html, BOARD)?.locations ?? []).map((l) => [l.city, l.region, l.country].filter(Boolean).join(' '));

describe('a town and its province written out; the heading hangs them on with the code', () => {
  test.each([
    ['en', 'Maintenance Planner – Thunder Bay, ON', 'Thunder Bay, Ontario', 'Maintenance Planner', 'Thunder Bay Ontario'],
    ['en', 'Millwright – Prince Albert, SK', 'Prince Albert, Saskatchewan', 'Millwright', 'Prince Albert Saskatchewan'],
  ] as const)('%s: %s', (lang, heading, line, title, place) => {
    const html = page(lang, { title: `${heading} | Jobs`, body: `<h2>${heading}</h2><div>Kestrel Bay Pulp &amp; Paper</div><div>${line}</div><p>We make kraft pulp.</p>` });
    expect([ad(html, BOARD)?.title, where(html)]).toEqual([title, [place]]);
  });
});

describe("a part of the job's country after the title is where, not what", () => {
  test.each([
    ['en', 'Programme Manager – Livelihoods, Northern Uganda', 'Gulu', 'Uganda', 'Programme Manager – Livelihoods'],
    ['en', 'Field Officer, Western Kenya', 'Kisumu', 'Kenya', 'Field Officer'],
  ] as const)('%s: %s', (lang, heading, town, country, title) => {
    const head = ld({ title: heading, hiringOrganization: { '@type': 'Organization', name: 'Fjellhjelp International' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: town, addressCountry: country } } });
    const html = page(lang, { title: `${heading} | Jobs`, head, body: `<h1>${heading}</h1><p>We run livelihood programmes.</p>` });
    expect(ad(html, BOARD)?.title).toBe(title);
  });
});

describe('two fields of the work joined in lower case after a dash, over a shorter structured title', () => {
  test.each([
    ['nb', 'Driftstekniker – settefisk og matfisk', 'Driftstekniker', 'Driftstekniker – settefisk og matfisk'],
    ['sv', 'Drifttekniker – fjärrvärme och kyla', 'Drifttekniker', 'Drifttekniker – fjärrvärme och kyla'],
    ['nb', 'Resepsjonist – vintersesong og helårs', 'Resepsjonist', 'Resepsjonist'],
  ] as const)('%s: %s', (lang, heading, structured, title) => {
    const head = ld({ title: structured, hiringOrganization: { '@type': 'Organization', name: 'Lauvsnes Havbruk AS' } });
    const html = page(lang, { title: `${structured} | Jobb`, head, body: `<h1>${heading}</h1><p>Lauvsnes Havbruk AS driver settefiskanlegg.</p>` });
    expect(ad(html, BOARD)?.title).toBe(title);
  });
});

describe("the employer's name as the h1 beside its logo, a tag in brackets after it: the job is the page title's", () => {
  test.each([
    ['en', 'Saltvik (W26)', 'Saltvik', 'Founding Backend Engineer at Saltvik | Work at a Startup', 'Founding Backend Engineer'],
    ['nb', 'Havbris (S26)', 'Havbris', 'Backend-utvikler hos Havbris | Startupjobber', 'Backend-utvikler'],
    ['sv', 'Kvarnbo (V26)', 'Kvarnbo', 'Backendutvecklare hos Kvarnbo | Startupjobb', 'Backendutvecklare'],
  ] as const)('%s', (lang, h1, logo, title, job) => {
    const [name, tag] = h1.split(' ');
    const header = `<div class="company-header"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${logo} logo" width="80" height="80"><h1>${name} <span class="batch">${tag}</span></h1><p>Inventory software for seafood exporters.</p></div>`;
    const html = page(lang, { title, body: header });
    expect(ad(html, BOARD)?.title).toBe(job);
  });
});

describe('"Campaign Title" labels the post (publicjobs.ie), under a generic h1', () => {
  test('en', () => {
    const html = page('en', {
      title: 'publicjobs.ie - Higher Executive Officer (Permanent) - Tidal Energy Authority',
      body: '<h1>Campaign details</h1><dl><dt>Campaign Title</dt><dd>Higher Executive Officer – Grid Unit (Permanent)</dd><dt>Organisation</dt><dd>Tidal Energy Authority</dd></dl>',
    });
    expect(ad(html, BOARD)?.title).toBe('Higher Executive Officer – Grid Unit');
  });
});

describe("a press release's headline seeking a role, the ad's h2 naming it in full", () => {
  test.each([
    ['nb', 'Vardlia omsorg søker ny leder for hjemmetjenesten', 'Enhetsleder for hjemmetjenesten'],
    ['sv', 'Kvarnbo vård söker ny chef för hemtjänsten', 'Enhetschef för hemtjänsten'],
    ['en', 'Ashby Care is looking for a new manager for home care', 'Service Manager for home care'],
  ] as const)('%s', (lang, headline, post) => {
    const html = page(lang, { title: `${headline} | Pressroom`, body: `<h1>${headline}</h1><p>Our manager of fourteen years retires in the summer.</p><h2>${post}</h2><p>Permanent post from 1 June 2027.</p>` });
    expect(ad(html, BOARD)?.title).toBe(post);
  });
});
