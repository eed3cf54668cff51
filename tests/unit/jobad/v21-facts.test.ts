// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { findDeadline } from '../../../core/jobad/deadline';
import { ad, BOARD, SECTIONS, type Lang } from './employer-pages';
import { readSections } from '../../../core/jobad/sections';
import { classifyHeading } from '../../../core/jobad/headings';
import type { TextBlock } from '../../../core/model';

/**
 * Fact classes the twenty-first set showed, in English, Norwegian and Swedish: the employer's name as the page's h1 over
 * the job in an h2 that opens the page's title; a deadline "on or before" a date after the means of applying (English
 * boards of Hong Kong and Singapore); the terms a heading's bracket gives ("(vikariat 12 månader)"); a lead-in that names
 * no section of its own ("As QA Executive you will:") opening the list of the section it stands in. Sentences and names
 * written for this test.
 */

const p = (text: string): TextBlock => ({ tag: 'p', text });

describe("the employer's name as the h1 over the job in an h2", () => {
  test.each([
    ['en', 'Senior Editor, Travel Books - Halden & Pike - New York, NY | Mediajobs', 'Halden & Pike', 'Senior Editor, Travel Books'],
    ['nb', 'Prosjektleder digital - Fosslia Reklame - Oslo | Mediejobb', 'Fosslia Reklame', 'Prosjektleder digital'],
    ['sv', 'Redaktör, fackböcker - Brunnsvik Förlag - Stockholm | Mediejobb', 'Brunnsvik Förlag', 'Redaktör, fackböcker'],
  ] as const)('%s: %s', (lang, title, company, job) => {
    const html = `<html lang="${lang}"><head><title>${title}</title></head><body><main><div class="head"><h1>${company}</h1></div><h2>${job}</h2><p>Vi har en ledig stilling.</p>${SECTIONS[lang as Lang]}</main></body></html>`;
    expect(ad(html, BOARD)?.title).toBe(job);
  });

  test('an h1 that is the job stays the title when an h2 repeats another part of the page title', () => {
    const html = `<html lang="en"><head><title>Senior Editor - Halden & Pike | Mediajobs</title></head><body><main><h1>Senior Editor</h1><h2>Halden & Pike</h2><p>We have a post open.</p>${SECTIONS.en}</main></body></html>`;
    expect(ad(html, BOARD)?.title).toBe('Senior Editor');
  });
});

describe('a deadline "on or before" a date, after the means of applying', () => {
  test.each([
    'Interested parties please send your full resume with expected salary by clicking "Apply now" on or before 15 January 2027.',
    'Please submit your application through the portal on or before 15 January 2027.',
    'Applications with a cover letter are welcome on or before 15 January 2027.',
  ])('"%s"', (sentence) => {
    expect(findDeadline([p(sentence)], '2026-12-01').date).toBe('2027-01-15');
  });

  test('a start "on or before" a date is no deadline', () => {
    expect(findDeadline([p('The successful candidate should start on or before 1 March 2027.')], '2026-12-01').date).toBeUndefined();
  });
});

describe("the terms a heading's bracket gives", () => {
  test.each([
    ['sv', 'Business controller (vikariat 12 månader)', ['TEMPORARY']],
    ['nb', 'Rådgiver (engasjement)', ['TEMPORARY']],
    ['en', 'Editor (fixed-term, 12 months)', ['TEMPORARY']],
    ['nb', 'Sykepleier (deltid)', ['PART_TIME']],
  ] as const)('%s: "%s"', (lang, h1, types) => {
    const html = `<html lang="${lang}"><head><title>Job</title></head><body><main><h1>${h1}</h1><p>Vi har en ledig stilling i Uppsala.</p>${SECTIONS[lang as Lang]}</main></body></html>`;
    expect(ad(html, BOARD)?.employmentType).toEqual(types);
  });
});

describe('a lead-in that names no section opens the list of the section it stands in', () => {
  const h = (text: string): TextBlock => ({ tag: 'h2', text });
  const li = (text: string): TextBlock => ({ tag: 'li', text });
  test.each([
    ['en', 'Roles & Responsibilities', 'We are a maker of oat drinks with two filling lines in Senoko.', 'As Quality Executive you will:', ['Release finished goods', 'Lead the monthly audit']],
    ['nb', 'Arbeidsoppgaver', 'Vi er et meieri med to tappelinjer på Byneset og 40 ansatte.', 'Som kvalitetsleder skal du blant annet:', ['Frigi ferdigvarer', 'Lede den månedlige revisjonen']],
    ['sv', 'Arbetsuppgifter', 'Vi är ett mejeri med två tapplinjer i Vara och 40 anställda.', 'Som kvalitetsansvarig kommer du bland annat att:', ['Frisläppa färdiga varor', 'Leda den månatliga revisionen']],
  ] as const)('%s: the duties are the list, not the paragraph about the firm', (_lang, heading, about, lead, items) => {
    expect(readSections([h(heading), p(about), p(lead), ...items.map(li)]).responsibilities).toEqual(items);
  });

  test('a lead-in after the list has begun does not bring a later list into the section', () => {
    const blocks = [h('Arbeidsoppgaver'), li('Frigi ferdigvarer'), p('Vi har også:'), li('Kantine med varm lunsj')];
    expect(readSections(blocks).responsibilities).toEqual(['Frigi ferdigvarer']);
  });
});

describe("a candidate profile as the requirements' heading (Naukri's 'Desired Candidate Profile')", () => {
  test.each([
    ['en', 'Desired Candidate Profile', 'soft-nice'],
    ['en', 'Candidate Profile', 'must'],
    ['nb', 'Kandidatprofil', 'must'],
    ['sv', 'Önskad profil', 'soft-nice'],
    ['sv', 'Kandidatprofilen', 'must'],
  ] as const)('%s: "%s"', (_lang, heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  test('the only list, under a desired profile, is what the ad asks for', () => {
    const blocks = [{ tag: 'p', text: 'Desired Candidate Profile' }, { tag: 'li', text: 'A degree in computer science' }, { tag: 'li', text: 'Five years with streaming systems' }];
    expect(readSections(blocks).must).toEqual(['A degree in computer science', 'Five years with streaming systems']);
  });
});
