// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { storedNameKeys } from '../../../core/company/names';
import { pageNames } from '../../../core/company/page-name';

/**
 * Classes the nineteenth held-out set showed (then moved into tuning), in English, Norwegian and Swedish: a company
 * page whose logo gives a short or shouted form ("Corriebank", "HAVERLUND BIO", "Lindetun") and whose footer writes
 * the name out, as the first part of a line beside a tagline or an address, or in the copyright line.
 */

const lines = (footer: string[], logos: string[]) => ({ header: [], footer, logos });

describe('the footer writes out the name the logo shortens', () => {
  test.each([
    ['en', 'Corriebank', ['Corriebank Rail Systems · Signalling you can trust'], 'corriebank.example', 'Corriebank Rail Systems'],
    ['en', 'HAVERLUND BIO', ['© 2026 Haverlund Biologics. All rights reserved.'], 'haverlundbio.example', 'Haverlund Biologics'],
    ['nb', 'Lindetun', ['Lindetun omsorg · Bofellesskapet Linden, Hamar · Bofellesskapet Tunet, Stange'], 'lindetun.no', 'Lindetun omsorg'],
    ['sv', 'Björkås', ['© 2026 Björkås Vårdhem. Alla rättigheter förbehållna.'], 'bjorkas.se', 'Björkås Vårdhem'],
    ['sv', 'TALLÅSEN OMS', ['© 2026 Tallåsen Omsorgshem'], 'tallasen.se', 'Tallåsen Omsorgshem'],
    ['en', 'ISBREKK INSTITUTE', ['Isbrekk Institute for Polar Biology · Fram Centre, Tromsø · post@isbrekk.no'], 'isbrekk.no', 'Isbrekk Institute for Polar Biology'],
  ])('%s: logo "%s"', (_lang, logo, footer, domain, name) => {
    expect(pageNames('Kontakt', lines(footer, [logo]), domain)[0]).toBe(name);
  });

  test.each([
    ['en', 'Corriebank', ['Website by Northlight Studio · Privacy'], 'corriebank.example'],
    ['nb', 'Lindetun', ['Vi bruker informasjonskapsler · Personvern'], 'lindetun.no'],
    ['en', 'HAVERLUND BIO', ['© 2026 Harbour Bio Partners. All rights reserved.'], 'haverlundbio.example'],
  ])('%s: a footer line that does not open with the logo\'s words leaves "%s"', (_lang, logo, footer, domain) => {
    expect(pageNames('Kontakt', lines(footer, [logo]), domain)[0]).toBe(logo);
  });
});

describe('a name with one more trade word after "&" is stored without it too, so the ad\'s shorter legal name joins', () => {
  test.each([
    ['en', 'Ardvale Foods & Kitchen', 'Ardvale Foods Limited'],
    ['nb', 'Nordvik Bygg og Anlegg', 'Nordvik Bygg AS'],
    ['sv', 'Granlunds Bageri & Konditori AB', 'Granlunds Bageri AB'],
  ])('%s: "%s" and "%s" share a key', (_lang, page, ad) => {
    expect(storedNameKeys(page).some((k) => storedNameKeys(ad).includes(k))).toBe(true);
  });

  test.each([['Skog & Sjö AB', 'Skog AB'], ['Ashby & Crane Engineering', 'Ashby Engineering']])('"%s" (one word before the joiner) does not join "%s"', (page, other) => {
    expect(storedNameKeys(page).some((k) => storedNameKeys(other).includes(k))).toBe(false);
  });
});
