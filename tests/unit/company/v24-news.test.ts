import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { saveCapture } from '../../../core/capture/save-capture';
import { useTestDb } from '../notes/db';
import { article, doc, research as researchPage } from './news-pages';

/**
 * The twenty-fourth held-out set's news class: a cookie notice over the article and a byline that opens with a
 * capital "By"/"Av" were read as the article's first paragraphs, so the paragraph that names the firm fell out of the
 * opening a subject is looked for in. Names and sentences written for this test.
 */

const db = useTestDb();
const research = (name: string, domain: string, at: number) => researchPage(db(), name, domain, at);

describe("a cookie notice and a byline are not the article's opening", () => {
  test.each([
    ['en', 'Brinkley Packaging Inc.', 'We and our partners use cookies to personalise content and ads on this site.', 'By Dana Kowal · Staff Reporter · Wednesday, December 2, 2026', 'A Mississauga manufacturer that prints pouches for frozen food says it will hire 60 more workers by the spring.', 'Brinkley Packaging, which has run the same site since 1988, signed two supply deals in November, its president said.'],
    ['nb', 'Skarvnes Emballasje AS', 'Vi og våre partnere bruker informasjonskapsler (cookies) for å tilpasse innhold og annonser.', 'Av Kari Nesheim · Journalist · onsdag 2. desember 2026', 'En emballasjeprodusent på Hamar skal ansette 40 nye medarbeidere før sommeren, opplyser daglig leder.', 'Skarvnes Emballasje, som har holdt til på samme tomt siden 1988, har signert to nye leveranseavtaler i november.'],
    ['sv', 'Ljungdala Förpackning AB', 'Vi och våra partner använder kakor (cookies) för att anpassa innehåll och annonser på sajten.', 'Av Lena Holm · Reporter · onsdag 2 december 2026', 'En förpackningstillverkare i Borås ska anställa 40 nya medarbetare före sommaren, uppger vd.', 'Ljungdala Förpackning, som har funnits på samma tomt sedan 1988, har tecknat två nya leveransavtal i november.'],
  ])('%s: the firm named after them is the subject', async (lang, firm, cookie, byline, lead, named) => {
    // The standfirst under the headline is a paragraph of its own.
    const standfirst = 'The plant on the ring road will run a third shift from the spring, the owner tells the paper.';
    const subject = await research(firm, 'firma.example', 1);
    const html = article(lang, 'Produsent ansetter 40', [cookie, 'Næringsliv · Lokale bedrifter', standfirst, byline, lead, named, 'Mer om saken følger.']);
    const saved = await saveCapture(db(), capturePage(doc(html), `https://www.courier.example/business/${lang}-story`), 9);
    expect(saved.company.id).toBe(subject.company.id);
    expect(saved.clip.filedBecause?.part).toBe('text');
  });
});
