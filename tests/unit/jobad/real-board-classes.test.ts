import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { analyseCapture } from '../../../core/capture/analyse';
import { guessCompany } from '../../../core/company/identity';
import { isJobBoardName } from '../../../core/company/job-boards';
import { nameFromLegalLine } from '../../../core/company/org-names';
import { extractJobAd } from '../../../core/jobad';
import { pageInput } from './page-input';

/** Classes of misses seen on board and ATS layouts written apart from the code, each in en, nb and sv. */

const page = (title: string, body: string, head = ''): string =>
  `<!doctype html><html><head><title>${title}</title>${head}</head><body>${body}</body></html>`;

const adBody = (h1: string, facts: string, tasks: string, reqs: string, deadline: string): string =>
  `<main><h1>${h1}</h1>${facts}<h2>${tasks}</h2><ul><li>Plan and lead the daily work</li><li>Follow up suppliers</li></ul>` +
  `<h2>${reqs}</h2><ul><li>Relevant education</li><li>Driving licence</li></ul><p>${deadline}</p></main>`;

const extract = (html: string, url: string) => extractJobAd(pageInput(html, url).input);

describe('a fact box label is never a value', () => {
  it.each([
    ['en', 'Company', 'Category', 'Engineering', 'Applications close on 6 January 2027.'],
    ['nb', 'Arbeidsgiver', 'Kategori', 'Bygg og anlegg', 'Søknadsfrist: 6. januar 2027'],
    ['sv', 'Arbetsgivare', 'Kategori', 'Bygg', 'Sista ansökningsdag: 2027-01-06'],
  ])('%s: "%s" over an empty value does not make "%s" the employer', (_lang, label, next, value, deadline) => {
    const facts = `<dl><dt>${label}</dt><dd></dd><dt>${next}</dt><dd>${value}</dd></dl>`;
    const ad = extract(page('Site engineer', adBody('Site engineer', facts, 'Tasks', 'Requirements', deadline)), 'https://jobs.example.org/ad/1');
    expect(ad?.hiringOrganization?.name).not.toBe(next);
  });
});

describe('a place after "i", "på", "vid" in the title is not the employer', () => {
  it.each([
    ['nb', 'Kokk til kantine i Gamle Oslo | Jobbtavla', 'Kokk til kantine i Gamle Oslo'],
    ['sv', 'Kock till lunchrestaurang vid Södra Hamnen | Jobbtavlan', 'Kock till lunchrestaurang vid Södra Hamnen'],
  ])('%s: "%s"', (_lang, title, h1) => {
    const ad = extract(page(title, adBody(h1, '', 'Arbeidsoppgaver', 'Kvalifikasjoner', 'Søknadsfrist: 1. mars 2027')), 'https://jobbtavla.example/ad/2');
    expect(ad?.hiringOrganization?.name ?? '').not.toMatch(/Oslo|Hamnen/);
  });

  it('en: "Title at Employer" still names the employer', () => {
    const ad = extract(page('Dental Nurse at Bridgeway Dental | Jobs Board', adBody('Dental Nurse', '', 'What you will do', 'Requirements', 'Apply by 1 March 2027.')), 'https://jobsboard.example/ad/3');
    expect(ad?.hiringOrganization?.name).toBe('Bridgeway Dental');
  });
});

describe('a town with its postcode in the title is a place, so the other segment is the employer', () => {
  it.each([
    ['en', 'Dental Nurse - Bridgeway Dental - London EC2M 7PY', 'Bridgeway Dental'],
    ['nb', 'Lagermedarbeider - Nordfrakt - 0150 Oslo', 'Nordfrakt'],
    ['sv', 'Lagerarbetare - Kustfrakt - 411 05 Göteborg', 'Kustfrakt'],
  ])('%s: "%s"', (_lang, ogTitle, employer) => {
    const html = page('Job', adBody(ogTitle.split(' - ')[0]!, '', 'Arbetsuppgifter', 'Kvalifikationer', 'Sista ansökningsdag: 2027-03-01'), `<meta property="og:title" content="${ogTitle}"><meta property="og:site_name" content="Jobbsajten">`);
    expect(extract(html, 'https://jobbsajten.example/ad/4')?.hiringOrganization?.name).toBe(employer);
  });
});

describe('a site named as a board or an ATS is not the employer, on any host', () => {
  it.each(['Recman', 'Varbi', 'Indeed', 'FINN.no', 'Blocket Jobb', 'Teamtailor'])('"%s" is a board’s name', (name) => {
    expect(isJobBoardName(name)).toBe(true);
  });
  it.each(['Fjellkraft', 'Skog & Sjö', 'Harbor Analytics'])('"%s" is not', (name) => {
    expect(isJobBoardName(name)).toBe(false);
  });

  it.each([
    ['nb', 'Recman', 'Fjellstad Elektro AS · Storgata 4 · 2609 Lillehammer', 'Fjellstad Elektro'],
    ['sv', 'Varbi', 'Kustbo Bostads AB · Org.nr 556000-2222', 'Kustbo Bostads AB'],
    ['en', 'Indeed', '© 2026 Bridgeway Dental Ltd', 'Bridgeway Dental Ltd'],
  ])('%s: an ad page named "%s" lands with the employer its own lines name', (_lang, siteName, footer, employer) => {
    const guess = guessCompany('https://ad.example.page/1', { canonicalUrl: 'https://ad.example.page/1', title: 'Prosjektleder', siteName }, [], undefined, {
      header: [],
      footer: [footer],
      logos: [employer.replace(/ (?:AS|AB|Ltd)$/, '')],
    });
    expect(guess.name).not.toBe(siteName);
    expect(guess.domainIdentifies).toBe(false);
  });
});

describe('the footer’s legal line', () => {
  it.each([
    ['nb', '© 2026 Brattvik og Sønn AS – Org.nr 931 204 556', 'Brattvik og Sønn AS'],
    ['sv', '© 2026 Lindberg Bygg AB – Organisationsnummer 556677-8899', 'Lindberg Bygg AB'],
    ['en', '© 2026, Marsh and Finch Books Ltd. Powered by Shopify', 'Marsh and Finch Books Ltd'],
  ])('%s: "%s" names %s', (_lang, line, name) => {
    expect(nameFromLegalLine(line)).toBe(name);
  });
});

describe('titles', () => {
  it.each([
    ['sv', 'Lediga jobb', '<div class="job-title">VA-ingenjör till planeringsenheten</div><div>Västra Vatten AB, Köping</div>', 'VA-ingenjör till planeringsenheten'],
    ['nb', 'Ledige stillinger', '<div class="job-title">Driftsleder vannverk</div><div>Nordvann AS, Hamar</div>', 'Driftsleder vannverk'],
  ])('%s: a generic page title ("%s") is not the ad’s title', (_lang, title, header, want) => {
    const body = `${header}<p>Arbetsuppgifter</p><ul><li>Ta fram planer för ledningsnätet</li><li>Beställa utredningar</li></ul><p>Kvalifikationer</p><ul><li>Ingenjörsexamen</li><li>B-körkort</li></ul><p>Sista ansökningsdag: 2027-02-01</p>`;
    // Read as a tab is read: the header's plain divs reach the ad through the readable text.
    const doc = new DOMParser().parseFromString(page(title, body), 'text/html');
    const captured = capturePage(doc, 'https://ats.example/job/9');
    expect(analyseCapture(captured, 'https://ats.example/job/9').jobAd?.title).toBe(want);
  });

  it.each([
    ['sv', 'Yrkesroll', 'Fastighetsskötare', 'Fastighetstekniker med inriktning ventilation'],
    ['nb', 'Stillingstittel', 'Rådgiver', 'Seniorrådgiver digitalisering'],
    ['en', 'Occupation', 'Engineer', 'Firmware Engineer, Motor Control'],
  ])('%s: a category fact ("%s: %s") does not beat the heading', (_lang, label, value, h1) => {
    const facts = `<table><tr><th>${label}</th><td>${value}</td></tr></table>`;
    const ad = extract(page(h1, adBody(h1, facts, 'Arbetsuppgifter', 'Kvalifikationer', 'Sista ansökningsdag: 2027-02-01')), 'https://ats.example/job/10');
    expect(ad?.title).toBe(h1);
  });
});

describe('facts a board writes in plain lines', () => {
  it.each([
    ['sv', 'Kommun: Umeå', 'Umeå'],
    ['nb', 'Kommune: Hamar', 'Hamar'],
    ['en', 'Municipality: Leeds', 'Leeds'],
  ])('%s: "%s" is the place', (_lang, line, city) => {
    const ad = extract(page('Servicetekniker', adBody('Servicetekniker', `<h3>${line}</h3>`, 'Arbetsuppgifter', 'Kvalifikationer', 'Sista ansökningsdag: 2027-02-01')), 'https://jobs.example.org/ad/11');
    expect(ad?.locations.map((l) => l.city)).toContain(city);
  });

  it.each([
    ['sv', 'Heltid · Tillsvidare', 'FULL_TIME'],
    ['nb', 'Deltid · Fast', 'PART_TIME'],
    ['en', 'Full-time · Permanent', 'FULL_TIME'],
  ])('%s: "%s" under the heading gives the hours', (_lang, line, type) => {
    const ad = extract(page('Kock', adBody('Kock', `<div>Malmö</div><div>${line}</div>`, 'Arbetsuppgifter', 'Kvalifikationer', 'Sista ansökningsdag: 2027-02-01')), 'https://jobs.example.org/ad/12');
    expect(ad?.employmentType).toEqual([type]);
  });

  it.each([
    ['sv', 'Arbetsuppgifter', 'Kvalifikationer', 'Sista ansökningsdag: 2027-02-01'],
    ['nb', 'Arbeidsoppgaver', 'Kvalifikasjoner', 'Søknadsfrist: 1. februar 2027'],
    ['en', 'Responsibilities', 'Requirements', 'Apply by 1 February 2027.'],
  ])('%s: "•" lines in one paragraph are the lists (and make it an ad)', (_lang, tasks, reqs, deadline) => {
    const body = `<h1>Fastighetstekniker</h1><p><strong>${tasks}</strong><br>• Sköta drift av aggregaten<br>• Följa upp entreprenörer</p><p><strong>${reqs}</strong><br>• Gymnasieutbildning inom VVS<br>• B-körkort</p><p>${deadline}</p>`;
    const ad = extract(page('Fastighetstekniker', body), 'https://ats.example/job/13');
    expect(ad?.responsibilities).toEqual(['Sköta drift av aggregaten', 'Följa upp entreprenörer']);
    expect(ad?.requirements.must).toEqual(['Gymnasieutbildning inom VVS', 'B-körkort']);
  });
});

describe('a nice-to-have written as a sentence after the requirements list', () => {
  it.each([
    ['en', 'Requirements', 'Experience with Dentally software would be an advantage.', 'Apply by 1 February 2027.'],
    ['nb', 'Kvalifikasjoner', 'Erfaring med Netbas eller tilsvarende er en fordel.', 'Søknadsfrist: 1. februar 2027'],
    ['sv', 'Kvalifikationer', 'Det är meriterande om du har behörighet för OVK-besiktning.', 'Sista ansökningsdag: 2027-02-01'],
  ])('%s: "%s" is nice to have, the list stays the must-haves', (_lang, heading, sentence, deadline) => {
    const body = `<h1>Nettplanlegger</h1><h2>Tasks</h2><ul><li>Plan the grid</li><li>Follow up suppliers</li></ul><h2>${heading}</h2><ul><li>Relevant degree</li><li>Driving licence</li></ul><p>${sentence}</p><p>${deadline}</p>`;
    const ad = extract(page('Nettplanlegger', body), 'https://ats.example/job/14');
    expect(ad?.requirements).toEqual({ must: ['Relevant degree', 'Driving licence'], nice: [sentence] });
  });
});

