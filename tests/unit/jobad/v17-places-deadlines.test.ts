// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { locationsFromText, parseAddressText } from '../../../core/jobad/location';
import { ad, SECTIONS, type Lang } from './employer-pages';

/**
 * Place and deadline classes the seventeenth set showed, in English, Norwegian and Swedish (Danish, Canadian and New
 * Zealand forms where only those boards write them): a region in brackets after its town, the region code before a
 * Canadian or US postcode, a suburb before its town and region, regions of Denmark, Canada and New Zealand, the
 * structured data's country in the region the page's own town lies in, a fully remote post's continent and the towns
 * its text mentions in passing, and a structured date a round period after the posting on a page that is open until
 * filled (a listing's automatic expiry).
 */

const jsonLd = (posting: Record<string, unknown>): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', hiringOrganization: { '@type': 'Organization', name: 'Brattli AS' }, ...posting })}</script>`;

const page = (lang: Lang, title: string, body: string, head = ''): string =>
  `<html lang="${lang}"><head><title>${title}</title>${head}</head><body><main><h1>${title}</h1>${body}${SECTIONS[lang]}</main></body></html>`;

describe('a region in brackets or before a postcode is the town’s region', () => {
  test.each([
    ['en', 'Kelowna (BC)', [{ city: 'Kelowna', region: 'BC' }]],
    ['nb', 'Silkeborg (Midtjylland)', [{ city: 'Silkeborg', region: 'Midtjylland' }]],
    ['nb', 'Rjukan (Telemark)', [{ city: 'Rjukan', region: 'Telemark' }]],
    ['sv', 'Lund (Skåne län)', [{ city: 'Lund', region: 'Skåne län' }]],
    ['en', 'Leeds (Hybrid)', [{ city: 'Leeds' }]],
    ['nb', 'Bergen (delvis hjemmekontor)', [{ city: 'Bergen' }]],
  ])('%s: "%s"', (_lang, value, want) => {
    expect(locationsFromText(value)).toEqual(want);
  });

  test.each([
    ['en', '1880 Enterprise Way, Kelowna, BC V1Y 8R8', { city: 'Kelowna', region: 'BC' }],
    ['en', '400 Main Street, Dayton, OH 45402', { city: 'Dayton', region: 'OH' }],
    ['nb', 'Storgata 1, 3660 Rjukan', { city: 'Rjukan' }],
    ['sv', 'Storgatan 4, 222 21 Lund', { city: 'Lund' }],
  ])('%s: "%s"', (_lang, value, want) => {
    expect(parseAddressText(value)).toEqual(want);
  });
});

describe('a suburb, its town and its region are one place', () => {
  test.each([
    ['en', 'Te Rapa, Hamilton, Waikato', [{ city: 'Hamilton', region: 'Waikato' }]],
    ['en', 'Parramatta, Sydney, New South Wales', [{ city: 'Sydney', region: 'New South Wales' }]],
    ['nb', 'Hamar, Gjøvik, Innlandet', [{ city: 'Hamar' }, { city: 'Gjøvik', region: 'Innlandet' }]],
    ['sv', 'Tensta, Stockholm, Stockholms län', [{ city: 'Stockholm', region: 'Stockholms län' }]],
  ])('%s: "%s"', (_lang, value, want) => {
    expect(locationsFromText(value)).toEqual(want);
  });

  const line = { en: 'Full time · Permanent', nb: 'Heltid · Fast', sv: 'Heltid · Tillsvidare' };
  test.each(['en', 'nb', 'sv'] as Lang[])('%s: an icon line of suburb, town and region with no label', (lang) => {
    const html = page(lang, 'Lagerleder', `<div class="loc"><span class="icon"></span> Frankton, Hamilton, Waikato</div><div>${line[lang]}</div>`);
    expect(ad(html, 'https://jobs.example.co.nz/listing/55')?.locations).toEqual([{ city: 'Hamilton', region: 'Waikato' }]);
  });
});

describe('a region row of Denmark’s regions and a Danish place label', () => {
  test.each([
    ['en', 'Arbejdssted', 'Silkeborg', 'Region', 'Midtjylland'],
    ['nb', 'Arbeidssted', 'Vejle', 'Region', 'Syddanmark'],
    ['sv', 'Arbetsort', 'Aalborg', 'Region', 'Nordjylland'],
  ])('%s: "%s: %s" and "%s: %s"', (lang, label, town, regionLabel, region) => {
    const html = page(lang as Lang, 'Ingeniør', `<dl><dt>${label}</dt><dd>${town}</dd><dt>${regionLabel}</dt><dd>${region}</dd></dl>`);
    expect(ad(html, 'https://jobs.example.dk/job/9')?.locations).toEqual([{ city: town, region }]);
  });
});

describe('the structured data’s country stands in the region the page’s own town lies in', () => {
  const rows = {
    en: ['Location', 'Rjukan', 'County', 'Telemark'],
    nb: ['Arbeidssted', 'Rjukan', 'Fylke', 'Telemark'],
    sv: ['Arbetsort', 'Sälen', 'Län', 'Dalarnas län'],
  };
  const structured = { en: ['Tinn', 'Telemark', 'Norway'], nb: ['Tinn', 'Telemark', 'Norge'], sv: ['Malung-Sälen', 'Dalarnas län', 'Sverige'] };
  test.each(['en', 'nb', 'sv'] as Lang[])('%s', (lang) => {
    const [label, town, regionLabel, region] = rows[lang];
    const [locality, addressRegion, addressCountry] = structured[lang];
    const head = jsonLd({ title: 'Lege', jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: locality, addressRegion, addressCountry } } });
    const html = page(lang, 'Lege', `<ul><li><span>${label}:</span> ${town}</li><li><span>${regionLabel}:</span> ${region}</li></ul>`, head);
    expect(ad(html, 'https://jobs.example/ad/12')?.locations).toEqual([{ city: town, region, country: addressCountry }]);
  });

  test('nb: a structured place in another region gives its country to no town of the page', () => {
    const head = jsonLd({ title: 'Lege', jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Bodø', addressRegion: 'Nordland', addressCountry: 'Norge' } } });
    const html = page('nb', 'Lege', '<ul><li><span>Arbeidssted:</span> Rjukan</li><li><span>Fylke:</span> Telemark</li></ul>', head);
    expect(ad(html, 'https://jobs.example/ad/13')?.locations).toEqual([{ city: 'Rjukan', region: 'Telemark' }]);
  });
});

describe('a fully remote post', () => {
  const mention = {
    en: '<p>We have a small office in Leeds for those who want it, and meet twice a year, next in Bristol.</p>',
    nb: '<p>Vi har et lite kontor i Trondheim for dem som vil, og samles to ganger i året, neste gang i Bergen.</p>',
    sv: '<p>Vi har ett litet kontor i Umeå för den som vill, och ses två gånger om året, nästa gång i Göteborg.</p>',
  };
  const rolling = {
    en: '<p>We review applications on a rolling basis.</p>',
    nb: '<p>Vi vurderer søknader fortløpende og holder stillingen åpen til stillingen er besatt.</p>',
    sv: '<p>Annonsen ligger ute tills tjänsten är tillsatt.</p>',
  };
  test.each(['en', 'nb', 'sv'] as Lang[])('%s: a continent is no place, nor a town its text mentions in passing', (lang) => {
    const head = jsonLd({ title: 'Backend Engineer', jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'Europe' } });
    const got = ad(page(lang, 'Backend Engineer', mention[lang], head), 'https://remote.example/jobs/77');
    expect(got?.locations).toEqual([]);
    expect(got?.remote).toBe('remote');
  });

  test.each(['en', 'nb', 'sv'] as Lang[])('%s: a country applicants must live in is still its place', (lang) => {
    const head = jsonLd({ title: 'Backend Engineer', jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'Sweden' } });
    expect(ad(page(lang, 'Backend Engineer', '', head), 'https://remote.example/jobs/78')?.locations).toEqual([{ country: 'Sweden' }]);
  });

  test.each([
    ['en', '2026-12-01', '2027-03-01', undefined],
    ['nb', '2026-11-15', '2026-12-15', undefined],
    ['sv', '2026-11-20', '2027-01-19', undefined],
    ['en', '2026-12-01', '2027-01-22', '2027-01-22'],
    ['nb', '2026-11-15', '2027-01-08', '2027-01-08'],
    ['sv', '2026-11-20', '2027-02-03', '2027-02-03'],
  ])('%s: posted %s, a structured %s on a page open until filled gives %s', (lang, posted, through, want) => {
    const head = jsonLd({ title: 'Backend Engineer', datePosted: posted, validThrough: through });
    const body = `<p>${{ en: 'Apply now.', nb: 'Søk nå.', sv: 'Ansök nu.' }[lang as Lang]}</p>${rolling[lang as Lang]}`;
    const html = `<html lang="${lang}"><head><title>Backend Engineer</title>${head}</head><body><main><h1>Backend Engineer</h1>${body}<h2>Tasks</h2><ul><li>Build services</li></ul></main></body></html>`;
    expect(ad(html, 'https://remote.example/jobs/79')?.validThrough).toBe(want);
  });
});
