import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { saveCapture } from '../../../core/capture/save-capture';
import { useTestDb } from '../notes/db';

/**
 * News classes the thirteenth set showed (then moved into tuning), in English, Norwegian and Swedish: a lead that
 * opens "The harbour smokehouse …" uses "harbour" as a common word, not as the brand of a researched firm named
 * "Harbour …"; and an article whose opening only describes the firm ("a lift firm in Heimdal") names it a
 * paragraph or two further on, where it is read when nothing before names a researched firm.
 */

const db = useTestDb();
const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const page = (html: string, url: string) => capturePage(doc(html), url);

async function research(name: string, domain: string, at: number) {
  const html = `<html><head><title>Om oss</title></head><body><h1>Om oss</h1><p>${'Vi lager gode ting for kundene våre. '.repeat(4)}</p><footer><p>© 2026 ${name}</p></footer></body></html>`;
  return saveCapture(db(), page(html, `https://www.${domain}/om-oss`), at);
}

const article = (lang: string, headline: string, lead: string, paragraphs: string[]) =>
  `<html lang="${lang}"><head><title>${headline}</title></head><body><header><a href="/">Avisa</a></header><main><article><h1>${headline}</h1>` +
  `<p class="lead">${lead}</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main><footer><p>Avisa AS</p></footer></body></html>`;

describe('a lead that opens "The <word> …" uses the word as a common noun', () => {
  test.each([
    ['en', 'Harbour Insight Ltd', 'The harbour smokehouse will open a shop and a café by the pier next spring, says the owner.'],
    ['en', 'Orchard Analytics Ltd', 'The orchard shop outside town will open a café and a farm shop next spring, says the owner.'],
    ['en', 'Meadow Systems Ltd', 'The meadow farm outside town will open a farm shop and a café next spring, says the owner.'],
  ])('%s: "%s" is not filed from "%s"', async (_lang, firm, lead) => {
    const researched = await research(firm, 'firm-site.example', 1);
    const saved = await saveCapture(db(), page(article('en', 'Local firm takes gold', lead, ['The award was presented in Glasgow on Thursday night by the judges.']), 'https://www.localpaper.example/news/gold-1'), 2);
    expect(saved.company.id).not.toBe(researched.company.id);
  });
});

describe('a firm named only a paragraph or two after an opening that describes it', () => {
  test.each([
    ['nb', 'Aunvik Heis AS', 'aunvikheis.no', 'Et heisfirma på Heimdal har fått den største avtalen i sin historie i år.', ['Heisene i borettslaget ble montert på 1970-tallet, og delene er ikke å få tak i lenger.', 'Beboerne har sittet fast i heisene i over en time flere ganger det siste året.', 'Jobben går til Aunvik Heis, som har hatt serviceavtalen på heisene siden 1994.', '– Vi ansetter to nye montører for å klare dette, sier servicesjefen i firmaet.']],
    ['sv', 'Lindvalla Hiss AB', 'lindvallahiss.se', 'Ett hissföretag i Gävle har fått det största avtalet i sin historia i år.', ['Hissarna i föreningen monterades på 1970-talet, och reservdelar går inte att få tag på.', 'Boende har suttit fast i hissarna i över en timme flera gånger det senaste året.', 'Jobbet går till Lindvalla Hiss, som har haft serviceavtalet på hissarna sedan 1994.', '– Vi anställer två nya montörer för att klara det här, säger servicechefen på företaget.']],
    ['en', 'Marlow Lifts Ltd', 'marlowlifts.example', 'A lift firm in Leeds has won the largest contract in its history this year.', ['The lifts in the estate were installed in the 1970s, and spare parts can no longer be found.', 'Residents have been stuck in the lifts for over an hour several times in the past year.', 'The work goes to Marlow Lifts, which has serviced the estate since 1994.', '"We are hiring two more fitters to manage it," said the firm\'s service manager.']],
  ])('%s: %s', async (lang, firm, domain, lead, paragraphs) => {
    const researched = await research(firm, domain, 1);
    const saved = await saveCapture(db(), page(article(lang, 'Heisfirmaet får stor avtale', lead, paragraphs), 'https://www.lokalavisa.example/news/heis-5-88-1'), 2);
    expect(saved.company.id).toBe(researched.company.id);
    expect(saved.clip.filedBecause?.part).toBe('text');
  });
});
