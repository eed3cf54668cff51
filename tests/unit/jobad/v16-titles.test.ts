// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { withoutNamedCompany } from '../../../core/jobad/title-parts';
import { unitAfterLabel } from '../../../core/jobad/title-source';
import { tidyTitle } from '../../../core/jobad/title-tidy';

/**
 * Title classes the sixteenth set showed, in English, Norwegian and Swedish (German where only German boards write
 * it): an invitation or a named employer before the role, tags inside the title, the hours a week, a contract's length
 * in words, a word for the work before the towns, a named school or hospital and a definite generic site after the
 * role, a company the ad writes with its legal form, and a unit after a dash over a facts row's shorter title.
 */

describe('an invitation or the employer seeking is not the title', () => {
  test.each([
    ['sv', 'Bli CNC-operatör', 'CNC-operatör'],
    ['nb', 'Bli vår nye lagermedarbeider', 'Lagermedarbeider'],
    ['en', 'Become a Park Ranger', 'Park Ranger'],
    ['sv', 'Bli CNC-operatör hos Glafsfjordens Mekaniska – utbildning med anställning', 'CNC-operatör hos Glafsfjordens Mekaniska'],
    ['sv', 'Ljusdals Timmertransport söker trafikledare', 'Trafikledare'],
    ['nb', 'Hovdenes Transport søker en lastebilsjåfør', 'Lastebilsjåfør'],
    ['en', 'Kessler Brothers is hiring a Marine Technician', 'Marine Technician'],
  ])('%s: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test.each([
    ['sv', 'Bli en del av teamet'],
    ['nb', 'Bli med på laget'],
    ['en', 'Become part of something bigger'],
  ])('%s: an invitation that names no role stays: "%s"', (_lang, title) => {
    expect(tidyTitle(title)).toBe(title);
  });
});

describe('tags inside the title and the hours a week go, the unit stays', () => {
  test.each([
    ['de', 'Cargo Bike Rider (m/w/d) – 20–30 Std./Woche', 'Cargo Bike Rider'],
    ['en', 'Embedded Software Engineer (m/f/d) – Motor Control', 'Embedded Software Engineer – Motor Control'],
    ['en', 'Shop Assistant – 20 hrs/week', 'Shop Assistant'],
    ['nb', 'Barnehagelærer 80 % – småbarnsavdeling', 'Barnehagelærer – småbarnsavdeling'],
    ['nb', 'Butikkmedarbeider – 15 timer i uka', 'Butikkmedarbeider'],
    ['sv', 'Butikssäljare – 20 tim/vecka', 'Butikssäljare'],
    ['sv', 'Undersköterska 75 % – avdelning 4', 'Undersköterska – avdelning 4'],
  ])('%s: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });
});

describe('how long the contract runs, in words, is not the title', () => {
  test.each([
    ['en', 'Research Engineer – Sensor Lab (two-year position)', 'Research Engineer – Sensor Lab'],
    ['en', 'Analyst (12-month contract)', 'Analyst'],
    ['nb', 'Forsker (toårig stilling)', 'Forsker'],
    ['sv', 'Forskningsingenjör (tvåårig anställning)', 'Forskningsingenjör'],
  ])('%s: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test('a trade named with a year stays', () => {
    expect(tidyTitle('Two-Year Analyst')).toBe('Two-Year Analyst');
  });
});

describe('where the work is done is not the title', () => {
  test.each([
    ['nb', 'Sykepleier til legevakt – oppdrag i Hammerfest og Alta', 'Sykepleier til legevakt'],
    ['sv', 'Undersköterska – uppdrag i Umeå och Skellefteå', 'Undersköterska'],
    ['en', 'Engineer – based in Leeds', 'Engineer'],
    ['nn', 'Lærar i naturbruk ved Liafjøra vidaregåande skule', 'Lærar i naturbruk'],
    ['sv', 'Sjuksköterska vid Akademiska sjukhuset', 'Sjuksköterska'],
    ['en', 'Teacher at Northfield Academy', 'Teacher'],
    ['sv', 'Produktionsplanerare till fabriken', 'Produktionsplanerare'],
    ['nb', 'Operatør til anlegget', 'Operatør'],
    ['en', 'Shift Operator for the plant', 'Shift Operator'],
  ])('%s: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test.each([
    ['sv', 'Kock till lunchrestaurang'],
    ['nb', 'Sykepleier til korttidsavdelingen'],
    ['nb', 'Bussmekaniker til verkstedet'],
    ['en', 'Nurse at Ward 5'],
  ])('%s: a unit or a workplace without its article stays: "%s"', (_lang, title) => {
    expect(tidyTitle(title)).toBe(title);
  });
});

describe('a company the ad writes with its legal form is not the title', () => {
  test.each([
    ['nb', 'Økonomisjef til Ravnå Eiendom', 'Ravnå Eiendom AS eier og forvalter næringseiendom.', 'Økonomisjef'],
    ['sv', 'Inköpare till Mälarö Emballage', 'Mälarö Emballage AB tillverkar förpackningar.', 'Inköpare'],
    ['en', 'Planner to Harrowgate Joinery', 'Harrowgate Joinery Ltd makes windows.', 'Planner'],
  ])('%s: "%s"', (_lang, title, text, want) => {
    expect(withoutNamedCompany(title, text)).toBe(want);
  });

  test.each([
    ['nb', 'Sykepleier til Kirurgisk avdeling', 'Kirurgisk avdeling har 20 senger.'],
    ['en', 'Data Engineer to Platform Team', 'Our Platform Team builds tools.'],
  ])('%s: a name written with no legal form stays: "%s"', (_lang, title, text) => {
    expect(withoutNamedCompany(title, text)).toBe(title);
  });
});

describe("a unit after a dash over a facts row's shorter title", () => {
  test('capitalised words after the dash are the role the heading shows', () => {
    expect(unitAfterLabel('Field Service Engineer – Feed Barges', 'Field Service Engineer')).toBe(true);
    expect(unitAfterLabel('Drifttekniker – Norra Verket', 'Drifttekniker')).toBe(true);
  });
  test('a slogan or a tail tidying drops is not', () => {
    expect(unitAfterLabel('Driftsingeniør vannkraft – bli med og fornye kraftverkene', 'Driftsingeniør vannkraft')).toBe(false);
    expect(unitAfterLabel('Kassabiträde – Deltid', 'Kassabiträde')).toBe(false);
  });
});
