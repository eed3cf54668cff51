// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { extractJobAd, type JobAdInput } from '../../../core/jobad';
import type { JsonLdNode, TextBlock } from '../../../core/model';

function input(parts: Partial<JobAdInput>): JobAdInput {
  return { url: 'https://jobs.example.com/job/1', jsonLd: [], microdata: [], blocks: [], textContent: '', title: '', ...parts };
}

const h2 = (text: string): TextBlock => ({ tag: 'h2', text });
const li = (heading: string, text: string): TextBlock => ({ heading, tag: 'li', text });
const p = (text: string, heading?: string): TextBlock => (heading ? { heading, tag: 'p', text } : { tag: 'p', text });

const adBlocks: TextBlock[] = [
  { tag: 'h1', text: 'Dataingeniør' },
  p('Arbeidssted: Bodø', 'Dataingeniør'),
  p('Søknadsfrist: 1. desember 2026', 'Dataingeniør'),
  h2('Arbeidsoppgaver'),
  li('Arbeidsoppgaver', 'Drifte servere'),
  h2('Kvalifikasjoner'),
  li('Kvalifikasjoner', 'Erfaring med Linux'),
];

describe('which pages are job ads', () => {
  test('a page with a JobPosting is a job ad, however little it says', () => {
    expect(extractJobAd(input({ jsonLd: [{ '@type': 'JobPosting', title: 'Stone mason' }] }))?.title).toBe('Stone mason');
  });

  test('a page without structured data is a job ad when its headings and an ad signal say so', () => {
    const ad = extractJobAd(input({ blocks: adBlocks, siteName: 'Nordlys Energi' }));
    expect(ad).toMatchObject({
      title: 'Dataingeniør',
      hiringOrganization: { name: 'Nordlys Energi' },
      locations: [{ city: 'Bodø' }],
      validThrough: '2026-12-01',
      responsibilities: ['Drifte servere'],
      requirements: { must: ['Erfaring med Linux'], nice: [] },
    });
    expect(ad?.sources).toMatchObject({ title: 'heuristic', requirements: 'heuristic' });
  });

  test('a requirements list alone, with nothing ad-like beside it, is not a job ad', () => {
    const blocks = [h2('Krav til leverandører'), li('Krav til leverandører', 'ISO 14001')];
    expect(extractJobAd(input({ blocks }))).toBeNull();
  });

  test('a requirements list with an apply button is a job ad', () => {
    const blocks = [h2('Requirements'), li('Requirements', 'Go')];
    expect(extractJobAd(input({ blocks, textContent: 'Requirements Go Apply now' }))).not.toBeNull();
  });

  test('an ordinary article is not a job ad', () => {
    expect(extractJobAd(input({ blocks: [{ tag: 'h1', text: 'Kvartalsrapport' }, p('Resultatet ble godt.')] }))).toBeNull();
  });
});

describe('best source first, gaps filled from the next', () => {
  test('JSON-LD beats microdata, which beats the headings; each field says where it came from', () => {
    const ad = extractJobAd(
      input({
        // Titles that share the heading's word: the same job named at other lengths (see title-source.ts).
        jsonLd: [{ '@type': 'JobPosting', title: 'Dataingeniør backend' }],
        microdata: [{ '@type': 'JobPosting', title: 'Dataingeniør frontend', hiringOrganization: { '@type': 'Organization', name: 'Micro AS' } }],
        blocks: adBlocks,
      }),
    );
    expect(ad).toMatchObject({ title: 'Dataingeniør backend', hiringOrganization: { name: 'Micro AS' }, validThrough: '2026-12-01' });
    expect(ad?.sources).toMatchObject({ title: 'json-ld', hiringOrganization: 'microdata', validThrough: 'heuristic' });
  });

  test("the page's own bullet list beats a JSON-LD list given as one run of prose", () => {
    const ad = extractJobAd(
      input({
        jsonLd: [{ '@type': 'JobPosting', title: 'X', responsibilities: 'Design tools for customers Build tools to spec' }],
        blocks: [h2('Responsibilities'), li('Responsibilities', 'Design tools for customers'), li('Responsibilities', 'Build tools to spec')],
      }),
    );
    expect(ad?.responsibilities).toEqual(['Design tools for customers', 'Build tools to spec']);
    expect(ad?.sources.responsibilities).toBe('heuristic');
  });

  test('a JSON-LD list given as a list wins over the page', () => {
    const ad = extractJobAd(
      input({
        jsonLd: [{ '@type': 'JobPosting', title: 'X', qualifications: '<ul><li>Go</li><li>Rust is a plus</li></ul>' }],
        blocks: [h2('Requirements'), li('Requirements', 'Something else')],
      }),
    );
    expect(ad?.requirements).toEqual({ must: ['Go'], nice: ['Rust is a plus'] });
    expect(ad?.sources.requirements).toBe('json-ld');
  });
});

describe('the shapes JSON-LD comes in', () => {
  test('@type as an array or a prefixed name, nested as a page\'s mainEntity', () => {
    const nested: JsonLdNode = { '@type': 'WebPage', mainEntity: { '@type': ['schema:JobPosting', 'Thing'], title: 'Nested' } };
    expect(extractJobAd(input({ jsonLd: [nested] }))?.title).toBe('Nested');
  });

  test('of several postings, the one for this URL is chosen, else the most complete', () => {
    const postings: JsonLdNode[] = [
      { '@type': 'JobPosting', title: 'Other', description: 'x', datePosted: '2026-01-01', hiringOrganization: 'A' },
      { '@type': 'JobPosting', title: 'This one', url: 'https://jobs.example.com/job/1' },
    ];
    expect(extractJobAd(input({ jsonLd: postings }))?.title).toBe('This one');
    expect(extractJobAd(input({ jsonLd: postings, url: 'https://jobs.example.com/list' }))?.title).toBe('Other');
  });

  test('a string hiringOrganization and a string address', () => {
    const ad = extractJobAd(
      input({ jsonLd: [{ '@type': 'JobPosting', title: 'X', hiringOrganization: 'Nordlys Energi AS', jobLocation: { '@type': 'Place', address: 'Sjøgata 12, 8006 Bodø, Norge' } }] }),
    );
    expect(ad).toMatchObject({ hiringOrganization: { name: 'Nordlys Energi AS' }, locations: [{ city: 'Bodø', country: 'Norge' }] });
  });

  test('TELECOMMUTE without an office is remote; with one it is hybrid', () => {
    const remote = extractJobAd(input({ jsonLd: [{ '@type': 'JobPosting', title: 'X', jobLocationType: 'TELECOMMUTE' }] }));
    const hybrid = extractJobAd(
      input({ jsonLd: [{ '@type': 'JobPosting', title: 'X', jobLocationType: 'TELECOMMUTE', jobLocation: { address: { addressLocality: 'Oslo' } } }] }),
    );
    expect(remote?.remote).toBe('remote');
    expect(hybrid?.remote).toBe('hybrid');
  });

  test('employment types in words or codes become schema.org codes', () => {
    const ad = extractJobAd(input({ jsonLd: [{ '@type': 'JobPosting', title: 'X', employmentType: ['Heltid', 'VIKARIAT', 'PART_TIME'] }] }));
    expect(ad?.employmentType).toEqual(['FULL_TIME', 'TEMPORARY', 'PART_TIME']);
  });

  test('titles and names lose their tags and entities', () => {
    const ad = extractJobAd(input({ jsonLd: [{ '@type': 'JobPosting', title: 'R&amp;D <b>Engineer</b>', hiringOrganization: { name: 'Harbor &amp; Finch' } }] }));
    expect(ad).toMatchObject({ title: 'R&D Engineer', hiringOrganization: { name: 'Harbor & Finch' } });
  });
});

describe('job boards', () => {
  test("on a job board the site's name is not taken for the employer", () => {
    const ad = extractJobAd(input({ url: 'https://www.finn.no/job/fulltime/ad.html?finnkode=1', siteName: 'FINN.no', blocks: adBlocks }));
    expect(ad?.hiringOrganization).toBeUndefined();
  });

  test('"Title at Company | Board" names the employer', () => {
    const ad = extractJobAd(input({ url: 'https://www.linkedin.com/jobs/view/1', title: 'Data Analyst at Fjellvind AS | LinkedIn', blocks: adBlocks }));
    expect(ad?.hiringOrganization).toEqual({ name: 'Fjellvind AS' });
  });
});

describe('robustness', () => {
  const cyclic: JsonLdNode = { '@type': 'JobPosting', title: 'Loop' };
  cyclic['hiringOrganization'] = cyclic;
  cyclic['jobLocation'] = [cyclic, { address: cyclic }];

  test.each([
    ['nothing', undefined],
    ['null', null],
    ['wrong types everywhere', { url: 42, jsonLd: 'x', microdata: {}, blocks: [null, 1, { tag: 5 }], textContent: null, title: [] }],
    ['JSON-LD of odd values', { jsonLd: [{ '@type': 'JobPosting', title: { '@value': ['x'] }, baseSalary: { value: { minValue: 'lots' } }, jobLocation: [null, 3, 'x'], datePosted: 'yesterday', description: 7 }] }],
    ['a cyclic object', { jsonLd: [cyclic] }],
    ['a huge description', { jsonLd: [{ '@type': 'JobPosting', title: 'Big', description: '<p>'.repeat(100_000) + 'x'.repeat(500_000) }] }],
  ])('never throws on %s', (_name, value) => {
    expect(() => extractJobAd(value as unknown as JobAdInput)).not.toThrow();
  });

  test('a cyclic JobPosting still gives its title', () => {
    expect(extractJobAd(input({ jsonLd: [cyclic] }))?.title).toBe('Loop');
  });
});
