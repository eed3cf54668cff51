import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { ad, BOARD, ld, page, SECTIONS, type Lang } from './employer-pages';

/**
 * Employer classes the thirty-first held-out set showed (read on purpose after its one measurement): a recruiter's line
 * under the heading that a reader's view leaves out; an ad that says in so many words who employs the hire; a brand
 * that clips, abbreviates to initials or joins the words of the legal name the ad writes; a labelled employer row beside
 * a JobPosting's brand; the legal forms of Colombia, Tunisia and Turkey. Names written for this test.
 */

const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
/** The ad as the extension stores it: through the reader's view, with the page's own lines beside it. */
const captured = (html: string, url: string) => captureAd(html, url).jobAd;

/** A local paper's ad page: its masthead, the ad's own header (logo, heading, a line under it), then the ad's text. */
const paperAd = (lang: Lang, p: { head?: string; top: string; text: string }): string =>
  `<html lang="${lang}"><head><title>Jobb | Avisa</title>${p.head ?? ''}</head><body><header class="masthead"><img src="${GIF}" alt="Avisa"><nav><a href="#">Nyheter</a> <a href="#">Jobb</a></nav></header>` +
  `<main><article><header class="job-head">${p.top}</header><div class="text">${p.text}${SECTIONS[lang]}</div></article></main></body></html>`;

describe("a recruiter's line under the heading names the client, the reader's view leaving it out: the client", () => {
  test.each([
    ['nb', 'Fjordsøk AS rekrutterer for Helleland Elektronikk AS', 'Helleland Elektronikk AS', 'Selskapet lager kretskort for maritim industri og har 90 ansatte i Flekkefjord.'],
    ['sv', 'Västsök AB rekryterar för Ängavik Elektronik AB', 'Ängavik Elektronik AB', 'Företaget tillverkar kretskort för fordonsindustrin och har 90 anställda i Lidköping.'],
    ['en', 'Harbour Search Ltd is recruiting for Carrow Electronics Ltd', 'Carrow Electronics Ltd', 'The company makes circuit boards for marine customers and employs 90 people in Norwich.'],
  ] as const)('%s', (lang, line, client, about) => {
    const agency = line.split(' ').slice(0, 3).join(' ');
    const head = ld({ title: 'Prosessingeniør', hiringOrganization: { '@type': 'Organization', name: agency } });
    const html = paperAd(lang, { head, top: `<img src="${GIF}" alt="${agency}"><h1>Prosessingeniør</h1><p class="job-sub">${line}</p>`, text: `<p>${about}</p><p>${about}</p>` });
    expect(captured(html, BOARD)?.hiringOrganization?.name).toBe(client);
  });
});

describe('an ad that says who employs the hire, naming a client too: the one it says employs', () => {
  test.each([
    ['sv', 'Vi söker montörer till vår kund Ryberg Drivlina AB i Skövde.', 'Du blir anställd av Skaraborgs Bemanning AB och arbetar som konsult hos kunden.', 'Skaraborgs Bemanning AB'],
    ['nb', 'Vi søker montører til vår kunde Rydal Drivverk AS på Raufoss.', 'Du blir ansatt i Totens Bemanning AS og jobber som konsulent hos kunden.', 'Totens Bemanning AS'],
    ['en', 'Our client, a distributor of cleaning products, needs a sales representative in Bellville.', 'This position is advertised by Protea Recruitment Solutions (Pty) Ltd, who employ the successful candidate on behalf of the client.', 'Protea Recruitment Solutions (Pty) Ltd'],
  ] as const)('%s', (lang, opening, employs, employer) => {
    const head = ld({ title: 'Montør', hiringOrganization: { '@type': 'Organization', name: employer.split(' ').slice(0, 2).join(' ') } });
    const html = page(lang, { title: 'Montør | Jobb', head, body: `<h1>Montør</h1><p>${opening}</p><p>${employs}</p>` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(employer);
  });
});

describe("a brand that clips, abbreviates or joins the legal name's words, the ad writing that name: the legal name", () => {
  test.each([
    // A word clipped: "Mek" for "Mekaniske", the name opening the ad's first paragraph in bold.
    ['nb', 'Lyngås Mek', '<p><strong>Lyngås Mekaniske Verksted AS</strong> lager hydrauliske komponenter til landbruksmaskiner. Vi er 85 ansatte.</p>', 'Lyngås Mekaniske Verksted AS'],
    ['sv', 'Bräcke Mek', '<p><strong>Bräcke Mekaniska Verkstad AB</strong> tillverkar svetsade konstruktioner till skogsmaskiner. Vi är 85 anställda.</p>', 'Bräcke Mekaniska Verkstad AB'],
    ['en', 'Calder Mech', '<p><strong>Calder Mechanical Engineering Ltd</strong> builds hydraulic parts for farm machinery. We are 85 people.</p>', 'Calder Mechanical Engineering Ltd'],
    // Two initials for the two names that open the legal name, which the box about the employer writes.
    ['nb', 'H&B Bygg', '<p>Vil du rehabilitere boliger sammen med et lag som har holdt på i 30 år?</p><h2>Om oss</h2><p>Hagen & Bråten Bygg AS er en byggmesterbedrift med 24 ansatte.</p>', 'Hagen & Bråten Bygg AS'],
    ['sv', 'L&S Bygg', '<p>Vill du renovera bostäder med ett lag som har hållit på i 30 år?</p><h2>Om oss</h2><p>Lindgren & Sjöberg Bygg AB är ett byggföretag med 24 anställda.</p>', 'Lindgren & Sjöberg Bygg AB'],
    ['en', 'P&R Joinery', '<p>Do you want to restore homes with a crew that has done it for 30 years?</p><h2>About us</h2><p>Pollard & Reeve Joinery Ltd is a joinery with 24 staff.</p>', 'Pollard & Reeve Joinery Ltd'],
    // One word joining the name's first word to the opening of its second; the legal name only in the registry line.
    ['sv', 'Ljusöfärjan', '<p>Ljusöfärjan kör trafik till öarna med fyra fartyg.</p><p>Ljusö Färjerederi AB · Org.nr 556812-4410 · Hamngatan 3, 761 30 Norrtälje</p>', 'Ljusö Färjerederi AB'],
    ['nb', 'Tromsøbussen', '<p>Tromsøbussen kjører rutene i byen med 60 busser.</p><p>Tromsø Busselskap AS · org.nr. 921 633 048 · Storgata 2, 9008 Tromsø</p>', 'Tromsø Busselskap AS'],
    ['en', 'Kingsferry', '<p>Kingsferry runs the river crossing with two vessels.</p><p>Kings Ferry Services Ltd · Company No. 08812344 · 4 Quay Street, Kingswear TQ6 0AA</p>', 'Kings Ferry Services Ltd'],
  ] as const)('%s: %s', (lang, brand, text, legal) => {
    // The paper's own layout: the ad's header a plain box of logo and heading, no article around the text.
    const html = paperAd(lang, { top: `<img src="${GIF}" alt="${brand}"><h1>Matros</h1>`, text }).replace('<article><header class="job-head">', '<div class="ad-header">').replace('</header><div class="text">', '</div><div class="ad-body">').replace('</article>', '');
    expect(captured(html, BOARD)?.hiringOrganization?.name).toBe(legal);
  });
});

describe("a labelled employer row under the heading beside a JobPosting's brand: the row's legal name", () => {
  test.each([
    ['en', 'Employer:', 'Matale Spices', 'Matale Spice Exports (Pvt) Ltd'],
    ['nb', 'Arbeidsgiver:', 'Hamar Krydder', 'Hamar Krydderimport AS'],
    ['sv', 'Arbetsgivare:', 'Kalmar Kryddor', 'Kalmar Kryddimport AB'],
  ] as const)('%s', (lang, label, brand, legal) => {
    const head = ld({ title: 'Accounts Executive', hiringOrganization: { '@type': 'Organization', name: brand } });
    const html = page(lang, {
      title: 'Accounts Executive | Jobs',
      head,
      body: `<div class="title"><h1>Accounts Executive</h1><div class="row"><span>${label}</span> <span>${legal}</span></div></div><section><p>We are a family-run exporter of cinnamon and pepper, shipping to Europe since 1998. Vi er en familiebedrift.</p></section>`,
    });
    expect(captured(html, BOARD)?.hiringOrganization?.name).toBe(legal);
  });
});

describe("the legal forms of Colombia, Tunisia and Turkey complete a brand's name", () => {
  test.each([
    ['Andina Ledger', 'Andina Ledger Services S.A.S. is a finance service centre in Medellín.'],
    ['Djerba Labs', 'Djerba Labs SUARL designs battery electronics in Sfax.'],
    ['Egekent Tekstil', 'Egekent Tekstil Sanayi ve Ticaret A.Ş. produces cotton towels in Torbalı.'],
  ] as const)('%s', (brand, opening) => {
    const head = ld({ title: 'Analyst', hiringOrganization: { '@type': 'Organization', name: brand } });
    const html = page('en', { title: 'Analyst | Jobs', head, body: `<h1>Analyst</h1><p>${opening}</p>` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(opening.split(/ (?:is|designs|produces) /u)[0]);
  });
});

describe('"employed by" names the employer only when a name follows', () => {
  test.each([
    ['sv', 'Vi söker montörer till vår kund Ryberg Drivlina AB i Skövde.', 'Du blir anställd av kunden och arbetar som konsult de första sex månaderna.', 'Ryberg Drivlina AB'],
    ['nb', 'Vi søker montører til vår kunde Rydal Drivverk AS på Raufoss.', 'Du blir ansatt i en stilling og jobber som konsulent i starten.', 'Rydal Drivverk AS'],
    ['en', 'We are recruiting for our client Harrow Drivetrains Ltd in Derby.', 'You will be employed by the client and work as a contractor for the first six months.', 'Harrow Drivetrains Ltd'],
  ] as const)('%s', (lang, opening, employs, employer) => {
    const head = ld({ title: 'Montør', hiringOrganization: { '@type': 'Organization', name: 'Bemanning Partner' } });
    const html = page(lang, { title: 'Montør | Jobb', head, body: `<h1>Montør</h1><p>${opening}</p><p>${employs}</p>` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(employer);
  });
});
