// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { guessCompany } from '../../../core/company/identity';
import { companyNameKeys, storedNameKeys } from '../../../core/company/names';
import { nameFromLegalLine } from '../../../core/company/org-names';
import { pageNames } from '../../../core/company/page-name';
import type { JobAd } from '../../../core/model';

/**
 * Company classes the thirteenth set showed (then moved into tuning), in English, Norwegian and Swedish: a legal
 * name that trades under another ("… Ltd t/a …", "… AB med bifirma …") is the company, its trading name beside it;
 * a body's form before a name the logo's word opens ("Kalvholmen" → "Stiftelsen Kalvholmens Seglarskola") is the
 * full name; one name written with abbreviated words or with its legal form before it too is one company; an ad's
 * employer guessed from its own title beats the host's word on a site that names nobody else.
 */

const lines = (footer: string, logos: string[] = []) => ({ header: [], footer: [footer], logos });

describe('a legal name that trades under another name', () => {
  test.each([
    ['en', 'Canalside Leisure Ltd t/a Wharfside Narrowboats · The Wharf, Market Harborough LE16 7BJ', 'Wharfside', 'wharfsideboats.co.uk', 'Canalside Leisure Ltd t/a Wharfside Narrowboats', 'Wharfside Narrowboats'],
    ['nb', 'Fjordferie Drift AS, forretningsnavn Brekke Båtutleie · Kaia 2, 6893 Vik', 'Brekke', 'brekkebat.no', 'Fjordferie Drift AS, forretningsnavn Brekke Båtutleie', 'Brekke Båtutleie'],
    ['sv', 'Kanalturer i Sverige AB med bifirma Slussens Båtar · Slussvägen 4, 591 35 Motala', 'Slussens', 'slussensbatar.se', 'Kanalturer i Sverige AB med bifirma Slussens Båtar', 'Slussens Båtar'],
  ])('%s: "%s"', (_lang, footer, logo, domain, name, trading) => {
    expect(nameFromLegalLine(footer)).toBe(name);
    const names = pageNames('About us', lines(footer, [logo]), domain);
    expect(names[0]).toBe(name);
    // The trading name a paper or a board writes finds the company too.
    expect(names).toContain(trading);
  });
});

describe("a body's form before a name the logo's word opens", () => {
  test.each([
    ['sv', 'Stiftelsen Kalvholmens Seglarskola · Box 114, 371 22 Karlskrona', 'Kalvholmen', 'kalvholmen.se', 'Stiftelsen Kalvholmens Seglarskola'],
    ['nb', 'Stiftelsen Hamarøyas Seilskole · Postboks 4, 8294 Hamarøy', 'Hamarøya', 'hamaroya.no', 'Stiftelsen Hamarøyas Seilskole'],
    ['en', "The Trustees of Kestrel's Sailing School · Quay Road, Salcombe TQ8 8DE", 'Kestrel', 'kestrelsailing.org.uk', "The Trustees of Kestrel's Sailing School"],
  ])('%s: logo "%s" → the footer\'s name', (_lang, footer, logo, domain, name) => {
    expect(pageNames('Om oss', lines(footer, [logo]), domain)[0]).toBe(name);
  });
});

describe('one name with abbreviated words, or its legal form before it too', () => {
  const joins = (a: string, b: string) => companyNameKeys(a).some((k) => storedNameKeys(b).includes(k));
  test.each([
    ['en', 'Hollis Creek Skate Ctr.', 'Hollis Creek Skate Center, Inc.'],
    ['nb', 'Ørsta Mek. Verksted AS', 'Ørsta Mekaniske Verksted AS'],
    ['sv', 'Bygg & Mek. i Sthlm AB', 'Bygg & Mekaniska i Stockholm AB'],
    ['sv', 'Oy Smedsby Plåt Ab', 'Smedsby Plåt Ab'],
    ['nb', 'AB Nordlys Bygg', 'Nordlys Bygg AB'],
  ])('%s: "%s" = "%s"', (_lang, a, b) => {
    expect(joins(a, b)).toBe(true);
    expect(joins(b, a)).toBe(true);
  });

  test('other words stay apart', () => {
    expect(companyNameKeys('Hollis Creek Skate Park').some((k) => storedNameKeys('Hollis Creek Skate Center').includes(k))).toBe(false);
    expect(companyNameKeys('Oy Smedsby Plåt Ab').some((k) => storedNameKeys('Smedsby Bygg Ab').includes(k))).toBe(false);
  });
});

describe("an ad's employer guessed from its title beats the host's word", () => {
  const ad = (name: string): JobAd => ({ title: 'Job', hiringOrganization: { name, guessed: true }, locations: [], requirements: { must: [], nice: [] }, responsibilities: [], sources: {} }) as unknown as JobAd;
  test.each([
    ['en', 'https://www.govjobs.example/careers/juniper/jobs/1', 'Job Bulletin | Juniper Flat Library District', 'Juniper Flat Library District'],
    ['nb', 'https://www.offentligestillinger.example/stilling/1', 'Stillingsutlysning | Fjellvik bibliotekdistrikt', 'Fjellvik bibliotekdistrikt'],
    ['sv', 'https://www.myndighetsjobb.example/jobb/1', 'Platsannons | Ljungby biblioteksförbund', 'Ljungby biblioteksförbund'],
  ])('%s: "%s"', (_lang, url, title, name) => {
    const guess = guessCompany(url, { canonicalUrl: url, title }, [], ad(name), { header: [], footer: [], logos: [] });
    expect(guess.name).toBe(name);
    // The host carries other employers' bulletins: it is not this one's domain.
    expect(guess.domainIdentifies).toBe(false);
  });
});
