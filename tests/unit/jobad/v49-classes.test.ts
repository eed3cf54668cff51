import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { guessCompany } from '../../../core/company/identity';
import { isCompoundShortForm } from '../../../core/company/short-forms';
import { isRegion } from '../../../core/jobad/location';
import { ad, BOARD, ld, page } from './employer-pages';

/**
 * Classes the forty-ninth held-out set showed, read in the session that measured it: a Baltic municipality as the place
 * row's region ("Talsi, Talsu novads"); a brand that closes the registered name on the ad's own registry line, whatever
 * the site's footer registers ("Kalna Maiznīca" for "SIA Dzeltenā Kalna Maiznīca"); a brand of initials, a compound's later
 * part among them, that the opening sentence writes out ("PKP" for "Pattijoen Konepaja Oy"); "Posted by … Ltd. on …" under
 * the ad, its brand's last word clipped from the name's word after the next ("Driftwood Vet"); a company logo's last word
 * closing the letterhead's compound ("Mostad Fisk" for "Mostad Torrfisk"). Names written for this test.
 */

const employer = (html: string, url = BOARD): string | undefined => ad(html, url)?.hiringOrganization?.name;

describe('a Baltic municipality or county as the region', () => {
  test.each([['Talsu novads'], ['Hiiu maakond'], ['Tauragės apskritis']])('%s', (region) => {
    expect(isRegion(region)).toBe(true);
  });
  test('en: "Place of work: Talsi, Talsu novads" gives the town and its region', () => {
    const html = page('en', { title: 'Bakery Supervisor, Talsi – Ulvdarbs.lv', head: ld({ title: 'Bakery Supervisor', hiringOrganization: { name: 'Ulva Maiznīca' } }), body: '<h1>Bakery Supervisor</h1><dl><dt>Company</dt><dd>Ulva Maiznīca</dd><dt>Place of work</dt><dd>Talsi, Talsu novads</dd></dl>' });
    expect(ad(html, BOARD)?.locations).toEqual([{ city: 'Talsi', region: 'Talsu novads' }]);
  });
});

describe("the ad's registry line writes the brand in full", () => {
  test('en: the brand closes the registered name, one word before it, whatever the site footer registers', () => {
    const html = page('en', {
      title: 'Bakery Supervisor – Ulvdarbs.lv',
      head: ld({ title: 'Bakery Supervisor', hiringOrganization: { name: 'Kalna Ulvnīca' } }),
      body: '<img alt="Kalna Ulvnīca" src="data:,"><h1>Bakery Supervisor</h1><p>Kalna Ulvnīca bakes rye bread in Talsi.</p>',
      after: '<p>SIA Dzeltenā Kalna Ulvnīca, reg. No. 40103817264, legal address: Krasta iela 68, Rīga. By submitting your CV you consent to the processing of your personal data.</p><footer><p>Ulvdarbs.lv – a job portal. © 2026 SIA Ulvmediju Grupa, reg. No. 40003123456.</p></footer>',
    });
    expect(employer(html)).toBe('SIA Dzeltenā Kalna Ulvnīca');
  });
  test('en: initials with a compound\'s later part ("PKP") written out by the opening sentence', () => {
    const html = page('en', { title: 'Welder-Fitter | Raahe | Ulvtyö.fi', head: ld({ title: 'Welder-Fitter', hiringOrganization: { name: 'UKP' } }), body: '<div class="logo"><img alt="UKP" src="data:," width="1" height="1"></div><h1>Welder-Fitter</h1><p>Ulvijoen Konepaja Oy is a contract manufacturer of welded steel structures, with 140 employees in Raahe.</p>' });
    expect(employer(html)).toBe('Ulvijoen Konepaja Oy');
  });
  test('en: "Posted by … Ltd. on …" under the ad, the brand\'s last word clipped from a later word', () => {
    const html = page('en', { title: 'Veterinary Technologist :: Ulvley Jobs', head: ld({ title: 'Veterinary Technologist', hiringOrganization: { name: 'Ulvwood Vet' } }), body: '<div class="t">Veterinary Technologist</div><img alt="Ulvwood Vet – small &amp; large animal care" src="data:,"><p>Ulvwood Vet</p><p>We are a mixed-animal practice serving the valley.</p>', after: '<p>Posted by Ulvwood Valley Veterinary Clinic Ltd. on November 30, 2026 · Ad #5120</p>' });
    expect(employer(html)).toBe('Ulvwood Valley Veterinary Clinic Ltd.');
  });
  test.each([
    ['PKP', 'Pattijoen Konepaja', true],
    ['VKO', 'Västkustens Kammarorkester', true],
    ['PKP', 'Pattijoen Kone', false],
  ] as const)('%s for %s', (short, full, is) => {
    expect(isCompoundShortForm(short, full)).toBe(is);
  });
});

describe("a company logo's last word closing the letterhead's compound", () => {
  test('nb: "Mostad Fisk" (logo) for "Mostad Torrfisk · Sørland, 8063 Værøy"', () => {
    const html = '<html lang="nb"><head><title>Jobb hos oss – Tørrfisk fra Værøy</title></head><body><header><img alt="Ulvstad Fisk" src="data:,"></header><main><h1>Bli med på hjellene i vinter</h1><p>Hvert år trenger vi rundt 30 ekstra hender.</p></main><footer><p>Ulvstad Torrfisk · Sørland, 8063 Værøy · post@ulvstadfisk.example</p></footer></body></html>';
    const url = 'https://www.ulvstadfisk.example/jobb/';
    const captured = capturePage(new DOMParser().parseFromString(html, 'text/html'), url);
    expect(guessCompany(url, captured.metadata, captured.jsonLd, undefined, captured.lines).name).toBe('Ulvstad Torrfisk');
  });
});

describe('found when v49 moved in', () => {
  test('en: "… would be a real bonus." after the requirements is a wish', () => {
    const html = '<html lang="en"><head><title>Cheese Maker | Ulvcoast Work</title></head><body><main><h1>Cheese Maker</h1><p>Ulvhai Cheese Ltd makes cheese in Hokitika.</p><h2>What you will do</h2><ul><li>Make cheese</li></ul><h2>What you bring</h2><ul><li>Experience in food manufacturing</li><li>Full NZ driver licence</li></ul><p>Experience with small-batch cheesemaking would be a real bonus.</p><p>Applications close 10 January 2027.</p></main></body></html>';
    expect(ad(html, BOARD)?.requirements?.nice).toEqual(['Experience with small-batch cheesemaking would be a real bonus.']);
  });
});
