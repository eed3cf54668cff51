// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { companyNameKeys } from '../../../core/company/names';
import { isCompoundShortForm } from '../../../core/company/short-forms';
import { pageName } from '../../../core/company/page-name';
import type { PageLines } from '../../../core/model';

/**
 * Company pages of the fourteenth set, in English, Norwegian and Swedish: a logo that is the short form of the
 * footer's name after its body's form, a compound word giving two of its letters ("VKO" for "Stiftelsen
 * Västkustens Kammarorkester"); a logo that writes the legal name's words with another ending ("Tarbet Pilots" for
 * "Tarbet Pilotage Co. Ltd") or its first word and the start of its second as one ("Lövstabröd" for "Lövsta Brödbageri
 * ekonomisk förening"); and a foundation's form, which boards drop, is no part of the key.
 */

const lines = (logo: string, footer: string): PageLines => ({ header: [], footer: [footer], logos: [logo] });

describe('a short form made of the initials of the words and of compound parts', () => {
  test.each([
    ['sv', 'VKO', 'Västkustens Kammarorkester'],
    ['nb', 'BSL', 'Bergen Skipslaboratorium'],
    ['nb', 'NKS', 'Nordfjord Kystsjukehus'],
    ['en', 'TFC', 'Tarbet Ferry Company'],
  ])('%s: "%s" for "%s"', (_lang, short, full) => {
    expect(isCompoundShortForm(short, full)).toBe(true);
  });

  test.each([
    ['sv', 'VKO', 'Västkustens Kammarkör'],
    ['nb', 'BSL', 'Bergen Skipsverft'],
    ['en', 'TFC', 'Tarbet Ferries'],
    ['en', 'Tfc', 'Tarbet Ferry Company'],
  ])('%s: "%s" is not a short form of "%s"', (_lang, short, full) => {
    expect(isCompoundShortForm(short, full)).toBe(false);
  });
});

describe("a company page's logo and its footer's legal name", () => {
  test.each([
    ['sv', 'LKK', 'Stiftelsen Lövsta Kammarkören · Kvarnvägen 2, 742 93 Östhammar · Org.nr 802400-1234', 'lkk.se', 'Stiftelsen Lövsta Kammarkören'],
    ['nb', 'BSL', 'Stiftelsen Bergen Skipslaboratorium · Strandkaien 4, 5013 Bergen · Org.nr 912 345 678', 'bsl.no', 'Stiftelsen Bergen Skipslaboratorium'],
    ['en', 'Tarbet Pilots', 'Tarbet Pilotage Co. Ltd · Tarbet, Arrochar G83 7DA · Registered in Scotland SC 012345', 'tarbetpilots.co.uk', 'Tarbet Pilotage Co. Ltd'],
    ['nb', 'Fjordsund Ferjer', 'Fjordsund Ferjeselskap AS · Kaivegen 1, 6893 Vik i Sogn', 'fjordsundferjer.no', 'Fjordsund Ferjeselskap AS'],
    ['sv', 'Lövstabröd', 'Lövsta Brödbageri ekonomisk förening · Kvarnvägen 2, 742 93 Östhammar · Org.nr 769600-1111', 'lovstabrod.se', 'Lövsta Brödbageri ekonomisk förening'],
    ['nb', 'Haugnesfisk', 'Haugnes Fiskemottak AS · Kaia 3, 8380 Ramberg', 'haugnesfisk.no', 'Haugnes Fiskemottak AS'],
    ['en', 'Kestrelbuild', 'Kestrel Builders Ltd · 4 Mill Lane, Truro TR1 2AB', 'kestrelbuild.co.uk', 'Kestrel Builders Ltd'],
  ])('%s: the logo "%s" is written in full by the footer', (_lang, logo, footer, domain, name) => {
    expect(pageName('Om oss', lines(logo, footer), domain)).toBe(name);
  });

  test.each([
    ['sv', 'VKO', 'Varbergs Konserthus AB · Kungsgatan 1, 432 41 Varberg', 'vko.se'],
    ['en', 'Tarbet Pilots', 'Loch Long Harbour Trust · Arrochar G83 7DA', 'tarbetpilots.co.uk'],
    ['sv', 'Lövstabygg', 'Lövsta Brödbageri AB · Kvarnvägen 2, 742 93 Östhammar', 'lovstabygg.se'],
    ['nb', 'Haugfisk', 'Haugnes Fiskemottak AS · Kaia 3, 8380 Ramberg', 'haugfisk.no'],
  ])('%s: the logo "%s" stays the name beside another body\'s footer', (_lang, logo, footer, domain) => {
    expect(pageName('About', lines(logo, footer), domain)).toBe(logo);
  });
});

describe("a foundation's form before the name", () => {
  const joins = (a: string, b: string): boolean => companyNameKeys(a).some((k) => companyNameKeys(b).includes(k));
  test.each([
    ['sv', 'Stiftelsen Lövsta Kammarkören', 'Lövsta Kammarkören'],
    ['nb', 'Stiftelsen Bergen Skipslaboratorium', 'Bergen Skipslaboratorium'],
    ['nb', 'Stiftinga Nordfjord Kystmuseum', 'Nordfjord Kystmuseum'],
  ])('%s: "%s" and "%s" are one body', (_lang, a, b) => {
    expect(joins(a, b)).toBe(true);
  });

  test.each([
    ['sv', 'Stiftelsen Lövsta Kammarkören', 'Lövsta Kyrkokör'],
    ['nb', 'Stiftelsen Bergen', 'Bergen Kommune'],
  ])('%s: "%s" and "%s" stay apart', (_lang, a, b) => {
    expect(joins(a, b)).toBe(false);
  });
});
