// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { tidyTitle } from '../../../core/jobad/title-tidy';

/**
 * The title is the role as the heading writes it; the terms, shift, places, the agency's sector and a
 * sentence around the role are left out (the convention in the README). Each class in English, Norwegian
 * and Swedish, with headings that look like the class but keep their words.
 */
describe('duration and season are terms, not the role', () => {
  test.each([
    ['Stipendiat i marin økologi (4 år)', 'Stipendiat i marin økologi'],
    ['Doktorand i kemi (5 år)', 'Doktorand i kemi'],
    ['Research Associate (12 months)', 'Research Associate'],
    ['Seasonal Estate Ranger (March–October 2027)', 'Estate Ranger'],
    ['Temporary Receptionist', 'Receptionist'],
    ['Tillfällig lagerarbetare', 'Lagerarbetare'],
    ['Barnmorskor till förlossningen i Mora – sommar och tillsvidare', 'Barnmorskor till förlossningen'],
    ['Projektledare bygg till Göteborg', 'Projektledare bygg'],
    ['Lektor i kjemi i Molde', 'Lektor i kjemi'],
    ['Guide, summer 2027', 'Guide'],
    ['Renholder – vikariat', 'Renholder'],
  ])('"%s" is "%s"', (raw, title) => {
    expect(tidyTitle(raw)).toBe(title);
  });

  test.each([
    ['Temporary Works Coordinator'],
    ['Seasonal'],
    ['Konsulent (SAP)'],
    ['Sommerskolelærer'],
    ['Vinterdriftsleder'],
  ])('"%s" keeps its words', (raw) => {
    expect(tidyTitle(raw)).toBe(raw);
  });
});

describe('the shift after a dash is when the work is done', () => {
  test.each([
    ['Underhållstekniker – skiftgång', 'Underhållstekniker'],
    ['Lagermedarbeider 50 % – ettermiddag', 'Lagermedarbeider'],
    ['Operatör – tvåskift', 'Operatör'],
    ['Machine Operator - Afternoons', 'Machine Operator'],
    ['Produksjonsmedarbeider – skift', 'Produksjonsmedarbeider'],
  ])('"%s" is "%s"', (raw, title) => {
    expect(tidyTitle(raw)).toBe(title);
  });

  test.each([['Skiftleder'], ['Dagligleder – Dagligvare'], ['Shift Supervisor'], ['Kvällsvärd']])('"%s" keeps its words', (raw) => {
    expect(tidyTitle(raw)).toBe(raw);
  });
});

describe("an agency's sector tag is not the role", () => {
  test.each([
    ['Financial Controller - Manufacturing', 'Financial Controller'],
    ['Systemkonsulent – IT', 'Systemkonsulent'],
    ['Truckförare – Logistik', 'Truckförare'],
    ['Prosjektleder – Bygg og anlegg', 'Prosjektleder'],
  ])('"%s" is "%s"', (raw, title) => {
    expect(tidyTitle(raw)).toBe(title);
  });

  test.each([['Product Manager – Payments'], ['Graduate Engineer – Offshore Wind Operations'], ['IT-konsulent'], ['Retail Assistant']])('"%s" keeps its words', (raw) => {
    expect(tidyTitle(raw)).toBe(raw);
  });
});

describe('places after a dash or in brackets are where, not what', () => {
  test.each([
    ['Overingeniør bruforvaltning – Molde eller Ålesund', 'Overingeniør bruforvaltning'],
    ['Staff Nurse (Leeds)', 'Staff Nurse'],
    ['Elektriker – Umeå eller Skellefteå', 'Elektriker'],
    ['Support Engineer – Bristol or Bath', 'Support Engineer'],
  ])('"%s" is "%s"', (raw, title) => {
    expect(tidyTitle(raw)).toBe(title);
  });

  test.each([['Brandman i beredskap (RIB)'], ['Lektor i kjemi og biologi'], ['Utvikler (Kotlin)']])('"%s" keeps its words', (raw) => {
    expect(tidyTitle(raw)).toBe(raw);
  });
});

describe('a heading that is a sentence gives the role it names', () => {
  test.each([
    ['Vi treng ein sykkelmekanikar til!', 'Sykkelmekanikar'],
    ['Vi søker en kokk!', 'Kokk'],
    ['Vi söker en lagerarbetare till oss!', 'Lagerarbetare'],
    ['Vi söker fler undersköterskor', 'Undersköterskor'],
    ["We're hiring a barista!", 'Barista'],
    ['We are looking for a Data Engineer', 'Data Engineer'],
  ])('"%s" is "%s"', (raw, title) => {
    expect(tidyTitle(raw)).toBe(title);
  });

  test.each([
    ['Vi söker dig som vill jobba hos oss!'],
    ['We are looking for you!'],
    ['Vi søker deg som er lærevillig og blid, og som liker å jobbe med folk'],
    ['Vinterdriftsleder'],
  ])('"%s" keeps its words', (raw) => {
    expect(tidyTitle(raw)).toBe(raw);
  });
});
