import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { classifyHeading } from '../../../core/jobad/headings';
import { readPageLines } from '../../../content/page-lines';
import { captureAd } from '../../fixtures/companies/identity-eval';

/**
 * List and card classes the twenty-second held-out set showed, in English, Norwegian and Swedish: a heading written in
 * two languages ("Mō te tūranga | About the role") read in the one it knows; a consultant's assignment as the duties
 * ("I uppdraget ingår att"); selection criteria as the must list; and a board's company card beside the ad, which a
 * reader's view leaves out, still giving the registered name it opens with. Sentences and names written for this test.
 */

describe('a heading in two languages, read in the one it knows', () => {
  test.each([
    ['Mō te tūranga | About the role', 'responsibilities'],
    ['Ko wai koe | About you', 'must'],
    // A Sami and Norwegian heading, a Finnish and Swedish one (bilingual boards write the other language first).
    ['Bargguid / Dine oppgaver', 'responsibilities'],
    ['Don leat / Du har', 'must'],
    ['Työtehtävät | Dina uppgifter', 'responsibilities'],
    ['Sinä olet | Du är', 'must'],
  ] as const)('%s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe("a consultant's assignment, and selection criteria", () => {
  test.each([
    ['I uppdraget ingår att', 'responsibilities'],
    ['I oppdraget inngår', 'responsibilities'],
    ['The assignment includes', 'responsibilities'],
    ['Key selection criteria', 'must'],
    ['Urvalskriterier', 'must'],
    ['Utvelgelseskriterier', 'must'],
    ['Desirable selection criteria', 'nice'],
  ] as const)('%s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe("a board's company card beside the ad, outside the reader's view", () => {
  const page = (lang: string, brand: string, job: string, card: string, list: string) => `<html lang="${lang}"><head><title>${job} - ${brand} | Jobsite</title>
    <script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: job, hiringOrganization: { '@type': 'Organization', name: brand }, datePosted: '2026-11-30' })}</script></head>
    <body><header><nav><a href="/">Jobsite</a></nav></header><main><article><h1>${job}</h1>
    <p>${'We are looking for a colleague to join a busy team in a growing business with customers across the region. '.repeat(4)}</p>
    <h2>Duties</h2><ul>${list}</ul><h2>Requirements</h2><ul>${list}</ul>
    <p>${'The work is varied and the team helps each new colleague to settle in during the first months. '.repeat(4)}</p></article>
    <aside class="company-profile"><h3>${brand}</h3><p>${card}</p><p>Employees: 201-500</p></aside></main>
    <footer><p>© 2026 Jobsite Ltd. All rights reserved.</p></footer></body></html>`;
  const list = '<li>Plan the weekly production with the team</li><li>Follow up orders with customers</li><li>Report to the manager</li>';

  test.each([
    ['en', 'Indus Crescent Textiles', 'Merchandiser', 'Indus Crescent Textile Mills (Private) Limited is a home textile exporter with weaving and stitching units in Faisalabad.', 'Indus Crescent Textile Mills (Private) Limited'],
    ['nb', 'Fjordvik Vinduer', 'Produksjonsplanlegger', 'Fjordvik Vindu AS er en familieeid vindusprodusent med 140 ansatte i Sykkylven.', 'Fjordvik Vindu AS'],
    ['sv', 'Granby Maskiner', 'Produktionsplanerare', 'Granby Maskin AB är en familjeägd verkstad med 90 anställda i Skara.', 'Granby Maskin AB'],
  ])('%s: %s', (lang, brand, job, card, full) => {
    const { jobAd } = captureAd(page(lang, brand, job, card, list), 'https://www.jobsite.example/job/4411');
    expect(jobAd?.hiringOrganization?.name).toBe(full);
  });

  test('the footer and sentences that say nothing of what the firm is are not cards', () => {
    const html = `<html><body><main><p>Tindvik Bygg AS har 40 ansatte.</p><p>Kvarnby Snickeri AB är ett snickeri i Skara med 30 anställda.</p></main>
      <footer><p>Jobsite Ltd is a registered company in England.</p></footer></body></html>`;
    const { document } = new JSDOM(html).window;
    expect(readPageLines(document).described).toEqual(['Kvarnby Snickeri AB är ett snickeri i Skara med 30 anställda.']);
  });
});
