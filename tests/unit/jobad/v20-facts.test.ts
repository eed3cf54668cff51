// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { findDeadline } from '../../../core/jobad/deadline';
import { headingAfterLead, withoutClientTail } from '../../../core/jobad/title-parts';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import type { TextBlock } from '../../../core/model';

/**
 * Fact classes the twentieth set showed, in English, Norwegian and Swedish where the class exists there: the share of a
 * post with its word after the role ("Tannlege 80 % stilling"), a New Zealand FTE or a British consultant's PAs after
 * the role (health services' English only), a deadline in a passive sentence whose application comes "with" its papers
 * ("Søknad med CV og karakterutskrift sendes … innen"), and a US "Applications received by …". Then the board's label
 * written the other way round ("Stilling ledig: …") and the heading that names the post in full under it, and a title's
 * tail after a dash that the ad uses to describe its unnamed client ("Our client, a luxury hotel group").
 */

const p = (text: string): TextBlock => ({ tag: 'p', text });

describe('the share of a post, with its word, after the role', () => {
  test.each([
    ['nb', 'Tannlege 80 % stilling', 'Tannlege'],
    ['sv', 'Tandhygienist 75 % tjänst', 'Tandhygienist'],
    ['en', 'Dental Nurse 60% post', 'Dental Nurse'],
  ])('%s: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });
});

describe('an FTE or PAs after the role', () => {
  test.each([
    ['Registered Nurse – Inpatient Unit, 0.8 FTE', 'Registered Nurse – Inpatient Unit'],
    ['Specialty Doctor in Old Age Psychiatry - 10 PAs', 'Specialty Doctor in Old Age Psychiatry'],
    ['Consultant Anaesthetist - 7.5 PAs', 'Consultant Anaesthetist'],
  ])('"%s"', (title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test('a role that ends in a letter code keeps it', () => {
    expect(tidyTitle('Senior Analyst PA')).toBe('Senior Analyst PA');
  });
});

describe('a deadline in a passive sentence whose application comes with its papers', () => {
  test.each([
    ['nb', 'Søknad med CV og karakterutskrift sendes via vår rekrutteringsportal innen 15. januar 2027.', '2027-01-15'],
    ['sv', 'Ansökan med CV och betyg skickas via vår webbplats senast 15 januari 2027.', '2027-01-15'],
    ['en', 'Applications with a CV and two references should be sent through our portal by 15 January 2027.', '2027-01-15'],
    ['en', 'Applications received by January 22, 2027 are assured of consideration.', '2027-01-22'],
  ])('%s: "%s"', (_lang, text, want) => {
    expect(findDeadline([p(text)], '2026-12-01').date).toBe(want);
  });

  test('papers sent with an application name no date of their own', () => {
    expect(findDeadline([p('Søknad med CV sendes til post@firma.no.')], '2026-12-01').date).toBeUndefined();
  });
});

describe("the board's label for an opening, written noun first", () => {
  test.each([
    ['nb', 'Stilling ledig: Advokatfullmektig', 'Advokatfullmektig'],
    ['sv', 'Tjänst ledig: Undersköterska', 'Undersköterska'],
    ['en', 'Vacancy: Warehouse Supervisor', 'Warehouse Supervisor'],
  ])('%s: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test.each([
    ['nb', 'Stilling ledig: Advokatfullmektig – Advokatbladet', 'Advokatfullmektig til eiendomsgruppen – Bergen'],
    ['sv', 'Ledig tjänst: Sjuksköterska | Vårdförbundet', 'Sjuksköterska till akutmottagningen'],
    ['en', 'Vacancy: Paralegal - Law Gazette', 'Paralegal in the property team'],
  ])('%s: the heading under "%s" names the post in full', (_lang, title, heading) => {
    expect(headingAfterLead(title, heading)).toBe(heading);
  });

  test('a heading that only repeats the role, or names another, is not taken for it', () => {
    expect(headingAfterLead('Stilling ledig: Advokatfullmektig – Advokatbladet', 'Advokatfullmektig')).toBeUndefined();
    expect(headingAfterLead('Stilling ledig: Advokatfullmektig – Advokatbladet', 'Advokat, arbeidsrett')).toBeUndefined();
    expect(headingAfterLead('Advokatfullmektig – Advokatbladet', 'Advokatfullmektig til eiendomsgruppen')).toBeUndefined();
  });
});

describe("a title's tail that the ad uses to describe its unnamed client", () => {
  test.each([
    ['en', 'Revenue Manager - Luxury Hotel Group', 'Our client, a luxury hotel group with eleven properties, is seeking a Revenue Manager.', 'Revenue Manager'],
    ['nb', 'Økonomisjef – Ledende rederi', 'Vår oppdragsgiver er et ledende rederi med kontor i Bergen.', 'Økonomisjef'],
    ['sv', 'Controller – Växande techbolag', 'Vår kund är ett växande techbolag i Malmö som nu söker en controller.', 'Controller'],
  ])('%s: "%s"', (_lang, title, text, want) => {
    expect(withoutClientTail(title, text)).toBe(want);
  });

  test('a unit after the dash that the ad does not use for the client stays', () => {
    expect(withoutClientTail('Line Cook – Raw Bar', 'Our client, a seafood restaurant, runs a raw bar.')).toBe('Line Cook – Raw Bar');
    expect(withoutClientTail('Brewer – Cellar & Packaging', 'Our cellar & packaging team brews for many a client.')).toBe('Brewer – Cellar & Packaging');
  });
});
