// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { pageName } from '../../../core/company/page-name';
import { nameFromLegalLine } from '../../../core/company/org-names';
import { ad, BOARD, SECTIONS, type Lang } from './employer-pages';
import { pageInput } from './page-input';

/**
 * Employer classes of the fourteenth set, in English, Norwegian and Swedish: a Finnish firm writes its Swedish form
 * "Ab" in mixed case, after its name or before it ("Smedsby Plåt Ab", "Ab Smedsby Plåt"), and that is its legal
 * name; an ad whose brand is one word ("Brekkestø") and whose closing address line gives the legal name with the
 * trade words ("Brekkestø Båtbyggeri AS · Strandveien 4, 4780 Brekkestø") is the legal name's.
 */

const page = (lang: Lang, title: string, body: string, extra = '', footer = '') =>
  `<html lang="${lang}"><head><title>${title}</title>${extra}</head><body><main>${body}${SECTIONS[lang]}</main>${footer}</body></html>`;
const jsonLd = (employer: string) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Job', hiringOrganization: { '@type': 'Organization', name: employer }, datePosted: '2026-11-20' })}</script>`;
const employer = (html: string, url = BOARD): string | undefined => ad(html, url)?.hiringOrganization?.name;

describe('a Finnish firm\'s form "Ab" in mixed case', () => {
  test.each([
    ['sv', 'Smedsby Plåt Ab · Dataskydd · Rekryteringsverktyg', 'Smedsby Plåt Ab'],
    ['sv', 'Ab Smedsby Plåt · Verkstadsvägen 4, 65100 Vasa', 'Ab Smedsby Plåt'],
    ['en', 'Korsholm Timber Oy Ab · Privacy', 'Korsholm Timber Oy Ab'],
  ])('%s: the footer "%s" names the firm', (_lang, line, name) => {
    expect(nameFromLegalLine(line)).toBe(name);
  });

  test.each([
    ['sv', 'Smedsby', 'Smedsby Plåt Ab', 'smedsby.rekry.example'],
    ['en', 'Korsholm Timber', 'Korsholm Timber Ab', 'korsholm.rekry.example'],
  ])('%s: the logo "%s" on a tenant page is written out by the footer\'s "%s"', (lang, logo, footer, host) => {
    const html = `<html lang="${lang}"><head><title>Job – ${logo}</title></head><body><header><img alt="${logo}" src="/l.png"></header><main><h1>Lagerarbetare</h1><p>Vi packar och skickar.</p>${SECTIONS[lang as Lang]}</main><footer><span>${footer}</span> · <span>Dataskydd</span></footer></body></html>`;
    expect(employer(html, `https://${host}/jobs/12`)).toBe(footer);
  });

  test('sv: a company page whose logo is the first word and whose footer writes "Ab" first is named by the footer', () => {
    const html = '<html lang="sv"><head><title>Om företaget</title></head><body><header><img alt="Smedsby" src="/l.png"></header><main><h1>Plåt sedan 1961</h1><p>Vi bockar plåt.</p></main><footer><p>Ab Smedsby Plåt · Verkstadsvägen 4, 65100 Vasa</p></footer></body></html>';
    const { input } = pageInput(html, 'https://www.smedsbyplat.fi/om');
    expect(pageName(input.title ?? 'Om företaget', input.lines, 'smedsbyplat.fi')).toBe('Ab Smedsby Plåt');
  });

  test('nb: "AB" as a Swedish form and a Norwegian name without a form are unchanged', () => {
    expect(nameFromLegalLine('Brekkestø Båtbyggeri AS · Strandveien 4, 4780 Brekkestø')).toBe('Brekkestø Båtbyggeri AS');
    expect(nameFromLegalLine('© 2026 Lövsta Kvarn AB')).toBe('Lövsta Kvarn AB');
  });
});

describe('the closing address line gives a one-word brand\'s legal name with its trade words', () => {
  test.each([
    ['nb', 'Brekkestø', '<p>Brekkestø Båtbyggeri AS · Strandveien 4, 4780 Brekkestø</p>', 'Brekkestø Båtbyggeri AS'],
    ['sv', 'Lövsta', '<p>Lövsta Kvarn och Bageri AB · Kvarnvägen 2, 742 93 Östhammar</p>', 'Lövsta Kvarn och Bageri AB'],
    ['en', 'Corran', '<p>Corran Boatworks Ltd · Ardgour, Fort William PH33 7AA</p>', 'Corran Boatworks Ltd'],
  ] as const)('%s: "%s" is written out by the address line', (lang, brand, imprint, full) => {
    expect(employer(page(lang, 'Job', `<h1>Båtbygger</h1><p>Vi bygger båter.</p><p>Vi har verksted ved sjøen.</p><p>Velkommen med søknad.</p>${imprint}`, jsonLd(brand)))).toBe(full);
  });

  test.each([
    ['nb', 'Brekkestø', '<p>Lillesand Marina AS · Strandgata 9, 4790 Lillesand</p>'],
    ['sv', 'Lövsta', '<p>Norrtälje Bygg AB · Hamngatan 3, 761 30 Norrtälje</p>'],
    ['en', 'Corran', '<p>Corran Boatworks Holdings and Marine Supply Company Ltd · Ardgour PH33 7AA</p>'],
    ['sv', 'Lövsta Kvarn', '<p>Lövsta Kvarn Förvaltning AB · Kvarnvägen 2, 742 93 Östhammar</p>'],
    ['nb', 'Fjordsund Ferjer', '<p>Fjordsund Ferjer Eiendom AS · Kaivegen 1, 6893 Vik i Sogn</p>'],
  ] as const)('%s: a sentence, another firm\'s address or a long name leave "%s" as it is', (lang, brand, line) => {
    expect(employer(page(lang, 'Job', `<h1>Båtbygger</h1><p>Vi bygger båter.</p><p>Vi har verksted ved sjøen.</p><p>Velkommen med søknad.</p>${line}`, jsonLd(brand)))).toBe(brand);
  });
});
