// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { storedNameKeys } from '../../../core/company/names';
import { namePartOfDomain, pageNames, spelledInText } from '../../../core/company/page-name';
import type { PageLines } from '../../../core/model';

/**
 * Classes seen on the eighth held-out set (then moved into tuning), in English, Norwegian and Swedish:
 * a company that calls itself by its initials spells its name out once, in brackets; a café's legal name
 * goes on past the trading name its address and a board write; a firm's own site drops its trade word.
 */

const lines = (text: string, logos: string[], footer: string[] = []): PageLines => ({ header: [{ tag: 'p', text }], footer, logos });

describe('a short form spelled out once in brackets is the name', () => {
  test.each([
    ['en', 'Who we are - KHA', 'KHA (Kestrel Housing Association) owns and manages 4,600 affordable homes.', 'KHA', 'kestrelhousing.org.uk', 'Kestrel Housing Association'],
    ['nb', 'Om oss - SKN', 'Sunnmøre Kraft og Nett (SKN) eier og drifter strømnettet på Sunnmøre.', 'SKN', 'skn.no', 'Sunnmøre Kraft og Nett'],
    ['sv', 'Om oss | MVAB', 'Vi på MVAB (Mälardalens Vatten och Avlopp Bolag) sköter vattnet i fyra kommuner.', 'MVAB', 'mvab.se', 'Mälardalens Vatten och Avlopp Bolag'],
  ])('%s: "%s"', (_lang, title, text, logo, domain, name) => {
    const names = pageNames(title, lines(text, [logo]), domain);
    expect(names[0]).toBe(name);
    // The short form stays one of its names: a later page that writes only "KHA" still finds it.
    expect(names).toContain(logo);
  });

  test('brackets that do not spell the initials, or another body\'s short form, are not the name', () => {
    expect(spelledInText('KHA', lines('KHA (since 1974) owns homes across Norfolk.', ['KHA']))).toBeUndefined();
    expect(spelledInText('KHA', lines('We are regulated by the Regulator of Social Housing (RSH).', ['KHA']))).toBeUndefined();
    expect(spelledInText('Kestrel', lines('Kestrel (Kestrel Housing Association) owns homes.', []))).toBeUndefined();
    expect(pageNames('Who we are - KHA', lines('Our homes are regulated by the Regulator of Social Housing (RSH).', ['KHA']), 'kestrelhousing.org.uk')[0]).toBe('KHA');
  });
});

describe('a legal name goes on past the trading name its address spells', () => {
  test.each([
    ['en', 'Copper Kettle Coffee Company Ltd', 'copperkettlebath.co.uk', 'Copper Kettle'],
    ['nb', 'Solsiden Bakeri og Konditori AS', 'solsidenbakeri.no', 'Solsiden Bakeri'],
    ['sv', 'Kafé Ljungblom i Umeå AB', 'kafeljungblom.se', 'Kafé Ljungblom'],
  ])('%s: "%s" on %s', (_lang, name, domain, part) => {
    expect(namePartOfDomain(name, domain)).toBe(part);
  });

  test('an address that spells the whole name, or only a first word, gives no shorter name', () => {
    expect(namePartOfDomain('Calder Valley Cycles Ltd', 'caldervalleycycles.co.uk')).toBeUndefined();
    expect(namePartOfDomain('Fjellkraft Nett AS', 'fjellkraft.no')).toBeUndefined();
    expect(namePartOfDomain('Copper Kettle Coffee Company Ltd', 'bathcafes.co.uk')).toBeUndefined();
  });
});

describe("a firm's own site drops its trade word", () => {
  test.each([
    ['en', 'Kestrel Ridge Software', 'kestrelridge'],
    ['nb', 'Brattli Bygg Holding AS', 'brattlibygg'],
    ['sv', 'Hemvik Spel Gruppen AB', 'hemvikspel'],
  ])('%s: "%s" is also stored as %s', (_lang, name, key) => {
    expect(storedNameKeys(name)).toContain(key);
  });

  test('a name the trade word would leave as one word keeps it', () => {
    expect(storedNameKeys('Nordic Software AS')).not.toContain('nordic');
    expect(storedNameKeys('Fjellkraft Gruppen AS')).not.toContain('fjellkraft');
  });
});

describe('a footer that writes the name in lower case before the address', () => {
  test.each([
    ['sv', 'strömsholms trädgård · Slottsallén 4, 734 94 Strömsholm · info@stromsholmstradgard.se', 'stromsholmstradgard.se', 'strömsholms trädgård'],
    ['nb', 'hovde gartneri · Hovdevegen 12, 6863 Leikanger', 'hovdegartneri.no', 'hovde gartneri'],
    ['en', 'copper kettle · 88 Walcot Street · Bath BA1 5BD', 'copperkettle.co.uk', 'copper kettle'],
  ])('%s: "%s"', (_lang, footer, domain, name) => {
    expect(pageNames('Hitta hit', { header: [], footer: [footer], logos: [] }, domain)[0]).toBe(name);
  });

  test('a slogan in lower case, or a name the address does not spell, is not the name', () => {
    expect(pageNames('Hitta hit', { header: [], footer: ['välkommen hem · Slottsallén 4, 734 94 Strömsholm'], logos: [] }, 'stromsholmstradgard.se')[0]).not.toBe('välkommen hem');
    expect(pageNames('Kontakt', { header: [], footer: ['laget av webbyrået · Storgata 1, 6863 Leikanger'], logos: [] }, 'hovdegartneri.no')).not.toContain('laget av webbyrået');
  });
});
