// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { nameFromLegalLine } from '../../../core/company/org-names';
import { pageNames } from '../../../core/company/page-name';

/**
 * Classes the twelfth set showed (then moved into tuning), in English, Norwegian and Swedish: the name a site's
 * footer writes for its owner, as a reader takes it. A short form its initials spell, in brackets after the legal
 * name, is part of the name as written; a parish ("sokn", "församling", "parish") is a body, and its footer line
 * names it; a logo that calls the body by its kind at a place ("Kirken i Strømsvik") gives way to the footer's
 * body of that place; a foundation's form written before the logo's name ("Stiftelsen …") is the full name.
 */

const lines = (footer: string, logos: string[] = []) => ({ header: [], footer: [footer], logos });

describe('a short form in brackets after a legal name in the footer', () => {
  test.each([
    ['en', 'Kestrel Moor Airport Ltd (KMA) · Terminal Road, Lincoln LN4 2XZ', 'Kestrel Moor Airport Ltd (KMA)'],
    ['nb', 'Nordvik Havnedrift AS (NHA) · Org.nr 912 345 678', 'Nordvik Havnedrift AS (NHA)'],
    ['sv', 'Vänerns Båttrafik AB (VB) · Hamngatan 2, 531 32 Lidköping', 'Vänerns Båttrafik AB (VB)'],
  ])('%s: "%s"', (_lang, footer, name) => {
    expect(nameFromLegalLine(footer)).toBe(name);
  });

  test('a bracket that is no short form of the name is not part of it', () => {
    expect(nameFromLegalLine('Nordvik Havnedrift AS (Ålesund) · Org.nr 912 345 678')).toBe('Nordvik Havnedrift AS');
  });
});

describe('a parish, and a logo that names a kind of body at a place', () => {
  test.each([
    ['nb', 'Kirken i Eidsnes', 'Eidsnes sokn · Den norske kirke · Kirkebakken 4', 'kirken.no', 'Eidsnes sokn'],
    ['sv', 'Kyrkan i Ljungdala', 'Ljungdala församling · Svenska kyrkan · Kyrkbacken 3', 'svenskakyrkan.se', 'Ljungdala församling'],
    ['en', 'The Church in Ashwell', 'Ashwell Parish · Church of England · 4 Church Lane', 'churchinashwell.org.uk', 'Ashwell Parish'],
  ])('%s: logo "%s" → the footer\'s body', (_lang, logo, footer, domain, name) => {
    expect(pageNames('Om oss', lines(footer, [logo]), domain)[0]).toBe(name);
  });

  test('a footer body of another place does not replace the logo', () => {
    expect(pageNames('Om oss', lines('Fjellsund kommune · Rådhusgata 1, 6500 Fjellsund', ['Kirken i Eidsnes']), 'kirken.no')[0]).toBe('Kirken i Eidsnes');
  });
});

describe("a foundation's form written before the logo's name", () => {
  test.each([
    ['sv', 'Ljungby hembygdsmuseum', 'Stiftelsen Ljungby hembygdsmuseum · Storgatan 3, 341 30 Ljungby · Org.nr 802000-1111', 'ljungbyhembygdsmuseum.se'],
    ['nb', 'Nesøya kystmuseum', 'Stiftelsen Nesøya kystmuseum · Org.nr 987 654 321', 'nesoyakystmuseum.no'],
    ['en', 'Harwick Tramway', 'Trustees of the Harwick Tramway · Registered charity no. 1162841', 'harwicktramway.org.uk'],
  ])('%s: logo "%s" → the footer\'s full name', (_lang, logo, footer, domain) => {
    expect(pageNames('Om oss', lines(footer, [logo]), domain)[0]).toBe(footer.split(' · ')[0]);
  });
});
