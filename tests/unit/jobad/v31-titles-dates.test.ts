import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { CHROME } from '../../../core/jobad/lists';
import { ad, BOARD, ld, page, SECTIONS } from './employer-pages';

/**
 * Title, deadline and text classes the thirty-first held-out set showed: a page whose only heading heads links to other
 * pages, the job a plain line the ad's text seeks; a season with its year after a comma; a heading that says more than
 * the JobPosting's short title, with the job's place after a dash; an application period written with a tilde; "som
 * drivs av" in an article's sentence. Names written for this test.
 */

const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

describe("no heading names the job, the only one heads links to other pages: the line the ad's text seeks", () => {
  test.each([
    ['nb', 'Deltid', 'Båtmotormekaniker (50 %)', 'Vi søker en båtmotormekaniker i halv stilling fra februar.', 'Se også', 'Båtmotormekaniker'],
    ['sv', 'Deltid', 'Båtmekaniker (50 %)', 'Vi söker en båtmekaniker på halvtid från februari.', 'Se även', 'Båtmekaniker'],
    ['en', 'Part-time', 'Boat Mechanic (50 %)', 'We are looking for a boat mechanic on a half-time basis from February.', 'See also', 'Boat Mechanic'],
  ] as const)('%s', (lang, tag, line, seek, more, title) => {
    // A small paper's listing: its tagline above, the post a styled line, a generic page title.
    const html =
      `<html lang="${lang}"><head><title>Jobb i Tvedestrand – Avisa</title></head><body><header><img src="${GIF}" alt="Avisa"><span class="tagline">Lokalavisa for kysten siden 1870</span><nav>Nyheter | Sport | Jobb</nav></header>` +
      `<main><div class="listing"><div class="tags"><span>${tag}</span></div><div class="listing-title">${line}</div><div class="listing-loc">Tvedestrand</div>` +
      `<div class="listing-body"><p>Vi i Sandvik Båt har service på påhengsmotorer for fritidsbåter. We service outboard engines.</p><p>${seek}</p>${SECTIONS[lang]}</div></div>` +
      `<div class="more"><h4>${more}</h4><ul><li>Assistent barnehage – Risør</li><li>Sommerjobb kiosk – Risør</li></ul></div></main></body></html>`;
    expect(captureAd(html, BOARD).jobAd?.title).toBe(title);
  });
});

describe('a season with its year after a comma is how long the post lasts, not the job', () => {
  test.each([
    ['sv', 'Matros till skärgårdslinjerna, säsong 2027', 'Matros till skärgårdslinjerna'],
    ['nb', 'Matros til øyrutene, sesong 2027', 'Matros til øyrutene'],
    ['en', 'Deckhand for the island routes, season 2027', 'Deckhand for the island routes'],
  ] as const)('%s', (lang, heading, title) => {
    expect(ad(page(lang, { title: `${heading} | Jobb`, body: `<h1>${heading}</h1>` }), BOARD)?.title).toBe(title);
  });
});

describe("a heading that says more than the JobPosting's short title, the job's place after a dash: the heading without the place", () => {
  test.each([
    ['en', 'Embedded Software Engineer', 'for the Battery Management team', 'Sfax'],
    ['nb', 'Elektriker', 'til vedlikeholdsteamet', 'Mo i Rana'],
    ['sv', 'Svetsare', 'till underhållslaget', 'Skövde'],
  ] as const)('%s', (lang, short, unit, town) => {
    const head = ld({ title: short, hiringOrganization: { '@type': 'Organization', name: 'Kerkennah Labs' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: town } } });
    const html = page(lang, { title: `${short} ${unit} – ${town} | Jobs`, head, body: `<h2>${short} ${unit} – ${town}</h2>` });
    expect(captureAd(html, BOARD).jobAd?.title).toBe(`${short} ${unit}`);
  });
});

describe('an application period written with a tilde ends on its deadline', () => {
  test.each([
    ['en', 'Application period: 2026.12.04 (Fri) ~ 2027.01.15 (Fri). Apply with an English CV.'],
    ['nb', 'Søknadsperiode: 04.12.2026 ~ 15.01.2027. Søk via skjemaet.'],
    ['sv', 'Ansökningsperiod: 2026-12-04 ~ 2027-01-15. Ansök via formuläret.'],
  ] as const)('%s', (lang, period) => {
    // The sections' own deadline line left out: the period is all the page says.
    const html = page(lang, { title: 'Sales Manager | Jobs', body: '<h1>Sales Manager</h1>', after: `<p>${period}</p>` }).replace(/<p>(?:Søk på stillingen|Ansök senast|Apply now)[^<]*<\/p>/u, '');
    expect(ad(html, BOARD)?.validThrough).toBe('2027-01-15');
  });
});

describe('"som drivs av" in a sentence says who runs a firm; "Drivs av" opening a line is a site\'s credit', () => {
  test.each([
    ['Furusundsfärjan, som drivs av Furusund Färjerederi AB i Norrtälje, ställde in 37 turer under juli.', false],
    ['Drivs av WordPress', true],
    ['Kafeen, som drives av Lunde & Kvam Kaffebar AS, holder åpent hele sommeren.', false],
    ['The ferry, which is run by Kings Ferry Services Ltd, cancelled 37 crossings in July.', false],
  ] as const)('%s', (text, chrome) => {
    expect(CHROME.test(text)).toBe(chrome);
  });
});

describe("a header line of names no register knows, each of which the ad's text puts the work in: the job's places", () => {
  test.each([
    ['en', 'Ashby Vale (Thornbury), Kellwick', 'We run two plants, in Thornbury and in Kellwick’s industrial park, and export to 30 countries.', ['Ashby Vale', 'Kellwick']],
    ['nb', 'Vestvika (Lia), Holmnes', 'Vi har to fabrikker, i Lia og i Holmnes, og eksporterer til 30 land.', ['Vestvika', 'Holmnes']],
    ['sv', 'Norrvika (Backa), Åsmyra', 'Vi har två fabriker, i Backa och i Åsmyra, och exporterar till 30 länder.', ['Norrvika', 'Åsmyra']],
  ] as const)('%s', (lang, line, text, towns) => {
    // A board's header without a heading element: the post a styled line, the employer's link, the icon line, the terms in the board's own language.
    const html =
      `<html lang="${lang}"><head><title>Export Sales Specialist | Kariyer</title></head><body><div class="top"><a href="/">Ana Sayfa</a> › <a href="/jobs">İş İlanları</a></div>` +
      `<main><div class="job-head"><img src="${GIF}" alt="Egekent Tekstil"><div class="job-title">Export Sales Specialist</div><a class="company" href="/firma/egekent">Egekent Tekstil</a>` +
      `<div class="location"><span class="icon-location"></span> ${line}</div><div class="meta">Tam Zamanlı · Ofis</div></div>` +
      `<section><h2>Genel Nitelikler</h2><p>${text}</p>${SECTIONS[lang]}</section></main></body></html>`;
    expect((captureAd(html, BOARD).jobAd?.locations ?? []).map((l) => l.city)).toEqual(towns);
  });
});

describe("a project post whose sections say 'Must have' and 'Nice to have' is an ad: its company box's place is read", () => {
  test.each([
    ['en', 'What you will do', 'Must have', 'Nice to have', 'Location', 'Tenjin 2-8-38, Chuo-ku, Fukuoka', 'Fukuoka'],
    ['nb', 'Dine oppgaver', 'Må ha', 'Fint om du har', 'Sted', 'Storgata 12, 8006 Bodø', 'Bodø'],
    ['sv', 'Dina uppgifter', 'Måste ha', 'Bra om du har', 'Ort', 'Storgatan 12, 903 26 Umeå', 'Umeå'],
  ] as const)('%s', (lang, duties, must, nice, label, address, town) => {
    // A post that never says "apply" or names a requirement: the team's story, its lists, then the company box far down.
    const story = Array.from({ length: 8 }, (_, i) => `<h2>Story ${i + 1}</h2><p>We ship small changes every day and ride along with a driver once a quarter, part ${i + 1}.</p>`).join('');
    const html =
      `<html lang="${lang}"><head><title>Backend Engineer - Komorebi Logistics Inc. - Wantedly</title></head><body><main><h1>Backend Engineer to the Routing team</h1>${story}` +
      `<p>${duties}</p><ul><li>Design and build APIs in Go</li><li>Run our services on Google Cloud</li></ul><p>${must}</p><ul><li>3+ years of backend development</li></ul><p>${nice}</p><ul><li>Vehicle routing</li></ul>` +
      `<aside><h3>Company info</h3><dl><dt>Company</dt><dd>Komorebi Logistics Inc.</dd><dt>Founded</dt><dd>March, 2019</dd><dt>Members</dt><dd>45 members</dd><dt>${label}</dt><dd>${address}</dd></dl></aside></main></body></html>`;
    expect((captureAd(html, 'https://www.wantedly.example/projects/1720033').jobAd?.locations ?? []).map((l) => l.city)).toEqual([town]);
  });
});

describe('section headings the thirty-first set wrote: the lists under them are read', () => {
  const html = (lang: string, duties: string, must: string): string =>
    `<html lang="${lang}"><head><title>Skiftleder | Jobb</title></head><body><main><h1>Skiftleder</h1><p>Vi produserer frossen fisk for eksport. We process frozen fish.</p>` +
    `<h3>${duties}</h3><ul><li>Lede et skift på 25 operatører</li><li>Planlegge bemanning og produksjon</li></ul>` +
    `<h3>${must}</h3><ul><li>Fagbrev i næringsmiddelfag</li><li>Erfaring som leder</li></ul><p>Søknadsfrist: 10. januar 2027. Apply by 10 January 2027.</p></main></body></html>`;
  test.each([
    ['nb', 'Som skiftleder skal du', 'Kvalifikasjoner'],
    ['sv', 'Som skiftledare ska du', 'Kvalifikationer'],
    ['en', 'Your missions', 'QUALIFICATION AND EXPERIENCE'],
    // An English ad under a French or Spanish board's own headings.
    ['en', 'Your missions', 'Profil recherché'],
    ['en', 'Your missions', 'Requisitos mínimos'],
  ] as const)('%s: %s / %s', (lang, duties, must) => {
    const read = ad(html(lang, duties, must), BOARD);
    expect(read?.responsibilities).toEqual(['Lede et skift på 25 operatører', 'Planlegge bemanning og produksjon']);
    expect(read?.requirements?.must).toEqual(['Fagbrev i næringsmiddelfag', 'Erfaring som leder']);
  });
});

describe("a heading in capitals takes the case the page's title writes it in", () => {
  test.each([
    ['nb', 'RØRLEGGER', 'Ledige stillinger: Rørlegger | Elvedølen', 'Rørlegger'],
    ['sv', 'SVETSARE TILL VERKSTADEN', 'Lediga jobb: Svetsare till verkstaden | Kuriren', 'Svetsare till verkstaden'],
    ['en', 'HEAD GREENKEEPER', 'Head Greenkeeper - Jobs | The Courier', 'Head Greenkeeper'],
    // No page title that writes it otherwise: the heading as written.
    ['en', 'IT SUPPORT TECHNICIAN', 'Jobs | The Courier', 'IT SUPPORT TECHNICIAN'],
  ] as const)('%s: %s', (lang, heading, title, expected) => {
    expect(ad(page(lang, { title, body: `<h1>${heading}</h1>` }), BOARD)?.title).toBe(expected);
  });
});

describe('the day the employer stops taking applications is the deadline', () => {
  test.each([
    ['en', "We'll stop taking applications on 31 December 2026 and reply to everyone in January."],
    ['nb', 'Vi slutter å ta imot søknader 31. desember 2026 og svarer alle i januar.'],
    ['sv', 'Vi slutar ta emot ansökningar den 31 december 2026 och svarar alla i januari.'],
  ] as const)('%s', (lang, sentence) => {
    // The sections' own deadline line left out: the sentence is all the page says.
    const html = page(lang, { title: 'Designer | Jobs', body: '<h1>Designer</h1>', after: `<p>${sentence}</p>` }).replace(/<p>(?:Søk på stillingen|Ansök senast|Apply now)[^<]*<\/p>/u, '');
    expect(ad(html, BOARD)?.validThrough).toBe('2026-12-31');
  });
});
