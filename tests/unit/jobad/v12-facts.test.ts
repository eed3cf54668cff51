// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { extractJobAd } from '../../../core/jobad';
import { locationsFromText } from '../../../core/jobad/location';
import { readSections } from '../../../core/jobad/sections';
import type { TextBlock } from '../../../core/model';
import type { JsonLdNode } from '../../../core/page-data';

/**
 * Place, hours and list classes the twelfth held-out set showed, each in English, Norwegian and Swedish:
 * towns listed as alternatives, a site named before its town, a board's path down to the town; the hours the
 * page shows; list headings and nice-to-have lines.
 */

describe('places', () => {
  test.each([
    ['en', 'Margate or Ramsgate', [{ city: 'Margate' }, { city: 'Ramsgate' }]],
    ['nb', 'Harrogate eller Leeds', [{ city: 'Harrogate' }, { city: 'Leeds' }]],
    ['sv', 'Sveg eller Östersund', [{ city: 'Sveg' }, { city: 'Östersund' }]],
  ])('%s: a town whose name ends like a street, among alternatives: "%s"', (_lang, value, want) => {
    expect(locationsFromText(value)).toEqual(want);
  });

  test.each([
    ['en', 'Northfield Depot, Leeds', [{ city: 'Leeds' }]],
    ['nb', 'Flesland lufthavn, Bergen', [{ city: 'Bergen' }]],
    ['sv', 'Landvetter flygplats, Göteborg', [{ city: 'Göteborg' }]],
  ])('%s: a site before its town is no town: "%s"', (_lang, value, want) => {
    expect(locationsFromText(value)).toEqual(want);
  });

  test.each([
    ['en', 'Germany › Kiel', [{ city: 'Kiel', country: 'Germany' }]],
    ['nb', 'Norge › Vestland › Bergen', [{ city: 'Bergen', region: 'Vestland', country: 'Norge' }]],
    ['sv', 'Sverige » Skåne län » Lund', [{ city: 'Lund', region: 'Skåne län', country: 'Sverige' }]],
  ])('%s: a path from the country down to the town is one place: "%s"', (_lang, value, want) => {
    expect(locationsFromText(value)).toEqual(want);
  });

  test('a town and its municipality after a comma stay one place', () => {
    expect(locationsFromText('Fagernes, Nord-Aurdal')).toEqual([{ city: 'Fagernes' }]);
  });
});

const block = (tag: string, text: string): TextBlock => ({ tag, text });

describe('hours', () => {
  const ad = (blocks: TextBlock[], lines: TextBlock[] = [], jsonLd: JsonLdNode[] = []) =>
    extractJobAd({ url: 'https://jobs.example/1', title: 'Job', jsonLd, microdata: [], blocks, textContent: blocks.map((b) => b.text).join('\n'), lines: { header: lines, footer: [], logos: [] } });
  const sections = (lead: string, tasks: string, ask: string): TextBlock[] => [
    block('h1', lead),
    block('h2', tasks),
    block('li', 'Task one'),
    block('li', 'Task two'),
    block('h2', ask),
    block('li', 'Skill one'),
  ];

  test.each([
    ['en', 'Full-time, permanent after a three-month probation.', 'Mechanic', 'What you will do', 'Requirements'],
    ['nb', 'Heltid, fast stilling etter seks måneders prøvetid.', 'Mekaniker', 'Arbeidsoppgaver', 'Kvalifikasjoner'],
    ['sv', 'Heltid, tillsvidare efter sex månaders provanställning.', 'Mekaniker', 'Arbetsuppgifter', 'Kvalifikationer'],
  ])('%s: a sentence that opens with the hours', (_lang, sentence, title, tasks, ask) => {
    const [h1, ...rest] = sections(title, tasks, ask);
    expect(ad([h1!, block('p', `Our workshop has been busy all autumn. ${sentence}`), ...rest])?.employmentType).toContain('FULL_TIME');
  });

  test.each([
    ['en', 'Full-time, 40h', 'PART_TIME', 'FULL_TIME'],
    ['nn', 'Heiltid i sesongen', 'PART_TIME', 'FULL_TIME'],
    ['sv', 'Deltid 75 %', 'FULL_TIME', 'PART_TIME'],
  ])('%s: the hours the page shows ("%s") beat the JSON-LD\'s', (_lang, tag, given, shown) => {
    const jsonLd = [{ '@type': 'JobPosting', title: 'Engineer', employmentType: given, hiringOrganization: { '@type': 'Organization', name: 'Example AS' } }];
    const got = ad(sections('Engineer', 'Duties', 'Requirements'), [block('h1', 'Engineer'), block('li', tag), block('li', 'Bergen')], jsonLd);
    expect(got?.employmentType.filter((t) => t === 'FULL_TIME' || t === 'PART_TIME')).toEqual([shown]);
  });
});

describe("a US ad's 'Essential Functions' are its duties, so the page is read as an ad", () => {
  test.each([
    ['en', 'Essential Functions', 'Requirements'],
    ['en', 'Essential Duties', 'Qualifications'],
    ['nb', 'Sentrale arbeidsoppgaver', 'Kvalifikasjoner'],
    ['sv', 'Huvudsakliga arbetsuppgifter', 'Kvalifikationer'],
  ])('%s: "%s"', (_lang, duties, asks) => {
    const blocks = [block('h1', 'Maintenance Technician'), block('p', duties), block('li', 'Repair presses'), block('li', 'Service robots'), block('p', asks), block('li', 'Three years of maintenance')];
    const got = extractJobAd({ url: 'https://recruiting.example/1', title: 'Maintenance Technician', jsonLd: [], microdata: [], blocks, textContent: blocks.map((b) => b.text).join('\n') });
    expect(got?.responsibilities).toEqual(['Repair presses', 'Service robots']);
  });
});

describe('list headings and nice-to-have lines', () => {
  test.each([
    ['nb', ['Om jobben', 'Verkstedet har seks mekanikere og en lærling.'], ['Dette ønsker vi oss']],
    ['nn', ['Kva du skal gjere'], ['Dette ønskjer vi oss']],
    ['sv', ['Arbetsuppgifter'], ['Det här önskar vi oss']],
    ['en', ['What you will do'], ["What we're after"]],
  ])('%s: "%s" over the duties, "%s" over the requirements', (_lang, duties, asks) => {
    const blocks = [...duties.map((t, i) => block(i === 0 ? 'h2' : 'p', t)), block('li', 'Duty one'), block('li', 'Duty two'), block('h2', asks[0]!), block('li', 'Skill one'), block('li', 'Skill two')];
    const got = readSections(blocks);
    expect(got.responsibilities).toEqual(['Duty one', 'Duty two']);
    expect(got.must).toEqual(['Skill one', 'Skill two']);
  });

  test.each([
    ['en', 'Plus if you have worked with timber frames.'],
    ['nb', 'Pluss om du har jobbet med massivtre.'],
    ['sv', 'Plus om du har erfarenhet av trähus i flera våningar.'],
  ])('%s: a plus after the must list is a nice-to-have: "%s"', (_lang, line) => {
    const got = readSections([block('h2', 'Requirements'), block('li', 'Skill one'), block('li', 'Skill two'), block('p', line)]);
    expect(got.nice).toEqual([line]);
    expect(got.must).toEqual(['Skill one', 'Skill two']);
  });

  test.each([
    ['en', 'Candidates with a VTS in anaesthesia are encouraged to apply.'],
    ['nb', 'Søkere med fagbrev som tungbilmekaniker oppfordres til å søke.'],
    ['sv', 'Sökande med C-körkort uppmuntras att söka.'],
  ])('%s: a kind of applicant encouraged to apply, after the must list, is a nice-to-have: "%s"', (_lang, line) => {
    const got = readSections([block('h2', 'Requirements'), block('li', 'Skill one'), block('li', 'Skill two'), block('p', line)]);
    expect(got.nice).toEqual([line]);
  });

  test.each([
    ['en', 'Desirable: field experience with current meters.'],
    ['nb', 'Ønskelig: erfaring med strømmålere.'],
    ['nb', 'Meritterende: erfaring med strømmålere.'],
    ['sv', 'Meriterande: erfarenhet av strömmätare.'],
  ])('%s: a nice-to-have under its own label, under a heading of other things: "%s"', (_lang, line) => {
    const got = readSections([block('h2', 'Requirements'), block('li', 'Skill one'), block('h3', 'Additional information'), block('p', line), block('p', 'Salary by agreement.')]);
    expect(got.nice).toEqual([line]);
  });
});
