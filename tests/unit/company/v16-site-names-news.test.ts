import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { saveCapture } from '../../../core/capture/save-capture';
import { guessCompany } from '../../../core/company/identity';
import { legalNames } from '../../../core/company/org-names';
import { pageNames } from '../../../core/company/page-name';
import type { PageMetadata } from '../../../core/model';
import { useTestDb } from '../notes/db';
import { article, doc, research as researchPage } from './news-pages';

/**
 * Classes v16 showed, in English, Norwegian and Swedish: a copyright line that writes "Copyright ©" names its owner,
 * while the maker's own copyright after "Powered by" is the maker's; a short name (the copyright's, or a registration
 * without a legal form) opens the fuller name the logo or a footer line writes, and that is the name; the copyright
 * owner on the site's own domain names the company when it opens with the brand; one word that only ever opens a
 * sentence ("Bredvid står …") files an article with its firm only when no firm is named further on.
 */

const lines = (footer: string[], logos: string[] = []) => ({ header: [], footer, logos });

describe('a copyright line', () => {
  test.each([
    ['nb', 'Copyright © Halvorsen Aqua Solutions AS · Org.nr. 976 418 220', 'Halvorsen Aqua Solutions AS'],
    ['sv', 'Copyright © 2026 Grönhaga Logistik och Lager AB', 'Grönhaga Logistik och Lager AB'],
    ['en', 'Copyright (c) 2026 Kestrel Analytics Ltd. All rights reserved.', 'Kestrel Analytics Ltd'],
  ])('%s: "Copyright ©" then the owner', (_lang, line, name) => {
    expect(legalNames([line])).toEqual([name]);
  });

  test.each([
    ['en', 'Powered by ADP Workforce Now · Copyright © 2026 ADP, Inc.'],
    ['nb', 'Levert av Webcruiter · © 2026 Webcruiter AS'],
    ['sv', 'Levereras av Varbi · © 2026 Varbi AB'],
  ])('%s: the maker credited before its own copyright is not the owner', (_lang, line) => {
    expect(legalNames([line])).toEqual([]);
  });
});

describe('a short name opens the fuller one the page writes', () => {
  test.each([
    ['sv', ['Grönhaga Logistik & Lager', 'Torsviksvägen 8', '553 03 Jönköping', '© 2026 Grönhaga'], ['Grönhaga Logistik & Lager'], 'gronhaga.se', 'Grönhaga Logistik & Lager'],
    ['nb', ['Pleievakt Bemanning', 'Vi leier ut sykepleiere til kommuner i Nord-Norge.', '© 2026 Pleievakt · Org.nr. 925 118 604'], [], 'pleievakt.no', 'Pleievakt Bemanning'],
    ['en', ['Harrow Vale Joinery', '12 Mill Lane, Harrogate HG1 2AB', '© 2026 Harrow Vale'], [], 'harrowvale.co.uk', 'Harrow Vale Joinery'],
  ])('%s: the fuller name', (_lang, footer, logos, domain, name) => {
    expect(pageNames('Kontakt oss', lines(footer, logos), domain)[0]).toBe(name);
    const meta: PageMetadata = { title: 'Kontakt oss', canonicalUrl: `https://${domain}/kontakt` } as PageMetadata;
    expect(guessCompany(`https://${domain}/kontakt`, meta, [], undefined, lines(footer, logos)).name).toBe(name);
  });

  test('a legal name with its form stays, though the logo writes more', () => {
    const meta = { title: 'About us', canonicalUrl: 'https://www.svartkletta.is/about-us/' } as PageMetadata;
    const footer = lines(['Svartkletta ehf.', 'Víkurbraut 9, 870 Vík, Iceland', 'Kt. 530619-0870 · VAT no. 134562'], ['Svartkletta Tours']);
    expect(guessCompany('https://www.svartkletta.is/about-us/', meta, [], undefined, footer).name).toBe('Svartkletta ehf.');
  });
});

describe('the copyright owner on the site\'s own domain', () => {
  test.each([
    ['en', 'Halvorsen Aqua', 'Copyright © Halvorsen Aqua Solutions AS · Org.nr. 976 418 220', 'halvorsenaqua.no', 'Halvorsen Aqua Solutions AS'],
    ['sv', 'Grönhaga', '© 2026 Grönhaga Logistik AB', 'gronhaga.se', 'Grönhaga Logistik AB'],
  ])('%s: an ad whose employer is the owner\'s legal name lands there', (_lang, brand, footer, domain, name) => {
    const meta = { title: `Jobs | ${brand}`, siteName: brand, canonicalUrl: `https://www.${domain}/jobs/1` } as PageMetadata;
    const jobAd = { title: 'Technician', hiringOrganization: { name, guessed: true } } as never;
    expect(guessCompany(`https://www.${domain}/jobs/1`, meta, [], jobAd, lines([footer], [brand])).name).toBe(name);
  });
});

const db = useTestDb();
const research = (name: string, domain: string, at: number) => researchPage(db(), name, domain, at);

describe('a word that only opens a sentence', () => {
  test.each([
    ['sv', 'Bredvid', 'Vallgrund Marin Ab', ['Det luktar olja i verkstaden. Bredvid står en mindre båt med elmotor.', 'Vallgrund Marin har sjutton beställningar inför våren.']],
    ['nb', 'Utenfor', 'Skogrud Trevare AS', ['Det er travelt i hallen. Utenfor står tre lastebiler og venter.', 'Skogrud Trevare har ansatt ti nye.']],
    ['en', 'Beside', 'Harrow Vale Joinery Ltd', ['The workshop smells of oak. Beside it stands a new kiln.', 'Harrow Vale Joinery has taken on ten apprentices.']],
  ])('%s: the firm named further on is the subject', async (lang, word, firm, paragraphs) => {
    const one = await research(word, `${word.toLowerCase()}.example`, 1);
    const two = await research(firm, `${firm.split(' ')[0]!.toLowerCase()}.example`, 2);
    const saved = await saveCapture(db(), capturePage(doc(article(lang, 'Nytt om verkstaden', paragraphs)), `https://www.lokalavisa.example/nyheter/${lang}`), 3);
    expect(saved.company.id).toBe(two.company.id);
    expect(saved.company.id).not.toBe(one.company.id);
  });

  test('the word names its firm when no other is named', async () => {
    const one = await research('Bredvid', 'bredvid.example', 1);
    const saved = await saveCapture(db(), capturePage(doc(article('nb', 'Nytt kontor', ['Det er travelt. Bredvid åpner kontor i Bergen.'])), 'https://www.lokalavisa.example/nyheter/b'), 3);
    expect(saved.company.id).toBe(one.company.id);
  });
});
