import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { guessCompany } from '../../../core/company/identity';
import { normalizeCompanyName } from '../../../core/company/names';
import { saveCapture } from '../../../core/capture/save-capture';
import { useTestDb } from '../notes/db';

/**
 * Company pages and news of the twenty-eighth held-out set, in English, Norwegian and Swedish: a footer's registration
 * line that writes the logo's name with a word more between; one name in British and American spelling; a paper that
 * calls a firm by its name up to "Coast". Names written for this test.
 */

const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const LOGO = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

describe("a registration line in the footer writes the logo's name with more words between: that name", () => {
  test.each([
    ['en', 'https://www.lakeshorefood.example/about', 'Lakeshore Food Collective', 'Lakeshore Neighborhood Food Collective · Charitable registration no. 81234 5678 RR0001', 'Lakeshore Neighborhood Food Collective'],
    ['nb', 'https://www.fjordmat.example/om-oss', 'Fjordmat Kollektiv', 'Fjordmat Nabolag Kollektiv · Org.nr. 912 345 678', 'Fjordmat Nabolag Kollektiv'],
    ['sv', 'https://www.sjomat.example/om-oss', 'Sjömat Kollektiv', 'Sjömat Grannskap Kollektiv · Org.nr 802456-7890', 'Sjömat Grannskap Kollektiv'],
  ] as const)('%s: %s', (lang, url, logo, footer, name) => {
    const html = `<html lang="${lang}"><head><title>Good food, good neighbours – About us</title></head><body><header><a href="/"><img src="${LOGO}" alt="${logo}"></a></header>
      <main><h1>About us</h1><p>We run two markets and a weekly hot meal.</p></main><footer><p>${footer}</p><p>© 2026 · Design: Pixel Studio</p></footer></body></html>`;
    const captured = capturePage(doc(html), url);
    expect(guessCompany(url, captured.metadata, captured.jsonLd, undefined, captured.lines).name).toBe(name);
  });
});

describe('one name in British and American spelling keys alike; Nordic words are left as they are', () => {
  test.each([
    ['Lakeshore Neighbourhood Food Collective', 'Lakeshore Neighborhood Food Collective'],
    ['Harbour Lights Ltd', 'Harbor Lights Inc.'],
    ['Riverside Community Centre', 'Riverside Community Center'],
    ['Nordic Water Organisation', 'Nordic Water Organization'],
  ])('%s = %s', (a, b) => {
    expect(normalizeCompanyName(a)).toBe(normalizeCompanyName(b));
  });

  test.each(['Vestre Viken HF', 'Østre Toten kommune', 'Four Seasons Tours', 'Gourmet Huset AB', 'Söderslätts Gummifabrik'])('%s keeps its words', (name) => {
    expect(normalizeCompanyName(name).split(' ').length).toBe(name.replace(/ (HF|AB)$/u, '').split(' ').length);
    expect(normalizeCompanyName(name)).not.toMatch(/ter\b|or\b/u);
  });
});

const db = useTestDb();
const page = (html: string, url: string) => capturePage(doc(html), url);
const article = (headline: string, paragraphs: string[]) =>
  `<html lang="en"><head><title>${headline}</title><meta property="og:type" content="article"></head><body><main><article><h1>${headline}</h1>` +
  `${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main><footer><p>Morobe Tribune is published by Huon Press Limited.</p></footer></body></html>`;

describe('a paper calls a firm by its name up to "Coast" in the text under its lead', () => {
  // Researched from its ad on a board: the ad's legal name, no page of its own.
  const research = () => {
    const ld = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Fleet Maintenance Planner', datePosted: '2026-11-20', hiringOrganization: { '@type': 'Organization', name: 'Sepik Coast Logistics Limited' } };
    const html = `<html lang="en"><head><title>Fleet Maintenance Planner | PNG Jobs</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><main><h1>Fleet Maintenance Planner</h1>
      <h2>Duties</h2><ul><li>Plan the servicing of 60 prime movers</li></ul><h2>Requirements</h2><ul><li>A trade certificate</li></ul><p>Apply by 15 January 2027.</p></main></body></html>`;
    return saveCapture(db(), page(html, 'https://www.pngjobs.example/job/4411'), 1);
  };
  const HEADLINE = 'Highway trucks stranded as depot runs out of tyres';

  test('en: "Sepik Coast, one of the largest fleet operators, said …" files the article with Sepik Coast Logistics Limited', async () => {
    const company = await research();
    const saved = await saveCapture(db(), page(article(HEADLINE, ['A shortage of heavy-vehicle tyres has left dozens of trucks parked, and one haulier says it is changing how it plans maintenance.', 'By JOSEPH KAUPA', 'More than 30 prime movers have been idle at depots for two weeks after a shipment of tyres was held at the wharf.', 'Sepik Coast, one of the largest fleet operators on the highway, said 11 of its trucks were off the road.']), 'https://www.morobetribune.example/business/trucks-stranded'), 2);
    expect(saved.company.id).toBe(company.company.id);
    expect(saved.clip.filedBecause?.name).toBe('Sepik Coast Logistics Limited');
  });

  test('en: "on the Sepik Coast" is the coast', async () => {
    const company = await research();
    const saved = await saveCapture(db(), page(article(HEADLINE, ['A shortage of tyres has left dozens of trucks parked.', 'By JOSEPH KAUPA', 'More than 30 prime movers have been idle for two weeks.', 'Hauliers on the Sepik Coast said their trucks were off the road.']), 'https://www.morobetribune.example/business/coast-trucks'), 2);
    expect(saved.company.id).not.toBe(company.company.id);
  });
});
