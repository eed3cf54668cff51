import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { ld } from './employer-pages';

/**
 * Classes the fifty-fourth held-out set showed, read in the session after the one that measured it: a staffing agency that
 * employs, its client named in the heading ("… hos Ulvhytte Stål – Hällefors") and as "vår kund" in the text; a section's
 * heading with its region in lower case ("Lediga jobb i Pite älvdal") over the ad's own h2; a registered name with its
 * number in brackets ("Ulvkasa Vintertest AB (org.nr …) driver testbanor …") under a brand of the same first word;
 * Scotland's counties after a town ("Thurso, Caithness, KW14"); the Latvian registry label "Reģ. nr."; a board's own name
 * as the page's h1, told by the page's title ("Job details | Ulvcoyne Jobs Hub", "… | UlvRiverWorks – Jobs in the Rainy
 * River District"); an address paragraph that runs on into prose; a pin's town that the ad's own text names. Read as a tab
 * is read (the capture path, its short lines beside the heading). Names written for this test.
 */

const read = (html: string, url: string) => captureAd(html, url).jobAd;
const doc = (lang: string, title: string, head: string, body: string): string => `<html lang="${lang}"><head><title>${title}</title>${head}</head><body>${body}</body></html>`;

describe('who employs', () => {
  test.each([
    [
      'sv',
      'Underhållselektriker till valsverket hos Ulvhytte Stål – Hällefors',
      'Ulvbergs Industribemanning',
      '<p>Ulvbergs Industribemanning AB hyr ut tekniker till industrin i Örebro län. Nu söker vi en underhållselektriker som anställs hos oss och arbetar på uppdrag hos vår kund Ulvhytte Stål i Hällefors.</p><h2>Dina arbetsuppgifter</h2><ul><li>Felsöka styrsystem</li></ul><h2>Kvalifikationer</h2><ul><li>B-körkort</li></ul><p>Sista ansökningsdag är 31 januari 2027.</p>',
      'Ulvbergs Industribemanning AB',
    ],
    [
      'nb',
      'Elektriker til valseverket hos Ulvhytte Stål – Mo i Rana',
      'Ulvberg Bemanning',
      '<p>Ulvberg Bemanning AS leier ut fagfolk til industrien på Helgeland. Du blir ansatt hos oss og jobber på oppdrag for vår kunde Ulvhytte Stål på Mo.</p><h2>Arbeidsoppgaver</h2><ul><li>Feilsøke styresystemer</li></ul><h2>Kvalifikasjoner</h2><ul><li>Fagbrev</li></ul><p>Søknadsfrist: 15. januar 2027.</p>',
      'Ulvberg Bemanning AS',
    ],
  ] as const)('%s: the agency in the data employs; the client named in the heading and as "our client" does not', (lang, h1, agency, body, want) => {
    const html = doc(lang, `${h1} | Ulvkuriren`, `<meta property="og:site_name" content="Ulvkuriren">${ld({ title: h1.split(' hos ')[0], hiringOrganization: { '@type': 'Organization', name: agency } })}`, `<main><h1>${h1}</h1>${body}</main>`);
    expect(read(html, 'https://www.ulvkuriren.example/jobb/55920')?.hiringOrganization?.name).toBe(want);
  });
  test('sv: "Ulvkasa Vintertest AB (org.nr …) driver testbanor" closing the ad under the brand "Ulvkasa Testbanor" in the employer\'s box', () => {
    const html = doc(
      'sv',
      'Lediga jobb: Banansvarig till isbanorna | Ulvtidningen',
      '<meta property="og:site_name" content="Ulvtidningen"><meta property="og:title" content="Banansvarig till isbanorna – Arjeplog">',
      `<div class="top"><img src="data:," alt="Ulvtidningen"><ul><li><a href="/nyheter">Nyheter</a></li><li><a href="/arjeplog">Arjeplog</a></li><li><a href="/jobb">Jobb</a></li></ul></div>
      <main><nav><a href="/jobb">Jobb</a> › Arjeplog</nav><h1 class="sektion">Lediga jobb i Pite älvdal</h1>
      <div class="arbetsgivare"><img src="data:," alt="Ulvkasa Testbanor"><span class="namn">Ulvkasa Testbanor</span></div><h2 class="jobbtitel">Banansvarig till isbanorna</h2>
      <div class="ortrad">📍 Arjeplog</div><div class="tags"><span>Säsongsanställning</span><span>Heltid</span></div><div class="text">
      <p>På isen bygger vi varje vinter upp mer än 40 kilometer testbanor där biltillverkare från hela Europa provar bromsar, däck och stabilitetssystem.</p>
      <h3>Du kommer att</h3><ul><li>Planera och leda plogningen av isbanorna</li><li>Leda ett banlag på sex personer</li></ul>
      <h3>Vi söker dig som har</h3><ul><li>Vana att köra hjullastare</li><li>Körkort B</li></ul><p>Sista ansökningsdag är den 4 januari 2027, men vi går igenom ansökningarna löpande.</p></div>
      <p class="foretag">Ulvkasa Vintertest AB (org.nr 556884-2017) driver testbanor på Uddjaure och Hornavan. Bolagets kontor ligger i Arjeplog.</p>
      <aside><h3>Fler jobb i Arjeplog</h3><ul><li><a href="#">Provborrare – Ulvtis Prospektering, Arjeplog</a></li></ul></aside></main>
      <footer><p>Ulvtidningen · Ansvarig utgivare: Magnus Ulvgren · Piteå</p></footer>`,
    );
    const got = read(html, 'https://www.ulvtidningen.example/jobb/banansvarig/jb-60312');
    expect(got?.hiringOrganization?.name).toBe('Ulvkasa Vintertest AB');
    // The section's heading with its region in lower case names no job: the h2 does.
    expect(got?.title).toBe('Banansvarig till isbanorna');
  });
  test('en: "SIA Ulvkalns Forest · Reģ. nr. 44103099118 · …" in the employer\'s box under the ad, its brand alone above the title', () => {
    const html = doc(
      'lv',
      'Vakance: Forest Machine Operator (Harvester) | UlvDarbs.lv',
      '',
      `<div class="sikdatnes">Šī vietne izmanto sīkdatnes. This site uses cookies. <button>Piekrītu</button> <a href="/sikdatnes">Vairāk</a></div><header>
      <div class="logo"><img src="data:," alt="UlvDarbs.lv" width="1" height="1"></div><nav><a href="/vakances">Vakances</a>
      <a href="/darba-devejiem">Darba devējiem</a><a href="/cv">Mans CV</a><a href="/en">English</a></nav></header><div class="path">
      <a href="/">Sākums</a> / <a href="/vakances?nozare=mezsaimnieciba">Mežsaimniecība</a> / <a href="/vakances?pilseta=gulbene">Gulbene</a></div><main>
      <section class="vacancy"><div class="vacancy-company">Ulvkalns Forest</div><h2 class="vacancy-title">Forest Machine Operator (Harvester)</h2>
      <table class="vac-info"><tr><th>Work location</th><td>Gulbene; Balvi</td></tr><tr><th>Employment</th><td>Full-time</td></tr><tr><th>Salary</th>
      <td>1800 – 2600 EUR/month (gross)</td></tr><tr><th>Published</th><td>07.12.2026</td></tr><tr><th>Deadline</th><td>29.01.2027</td></tr><tr>
      <th>Start of work</th><td>01.03.2027</td></tr></table><div class="vacancy-text">
      <p>We are a forest management and harvesting company in north-east Vidzeme. Our crews thin and fell stands for private owners and for the state forest company in the Gulbene and Balvi municipalities, and our timber goes to sawmills in Latvia and to a pellet plant across the border in Estonia.</p>
      <p>We are hiring operators for two new harvesters that arrive in February. Crews meet at our yards in Gulbene or Balvi, so you choose the base closest to home.</p>
      <h3>Responsibilities</h3><ul><li>Operate a harvester in thinning and clear-felling sites</li>
      <li>Cut and sort timber assortments according to the buyer's specifications</li><li>Carry out daily checks and basic maintenance of the machine</li>
      <li>Follow the forest's environmental and nature protection requirements</li></ul><h3>Requirements</h3><ul>
      <li>Tractor driver's licence (category TR2) or harvester operator certificate</li>
      <li>At least one year of experience as a forest machine operator</li><li>Basic knowledge of Latvian or Russian; English is enough in the office</li>
      </ul><p>It is an advantage if you have worked with Ponsse or John Deere machine software.</p><h3>We offer</h3><ul>
      <li>Stable salary paid twice a month</li><li>Transport to the felling sites</li><li>Paid training on the new harvesters</li></ul>
      <p>Send your CV in English, Latvian or Russian by 29 January 2027. Only shortlisted candidates will be contacted.</p></div>
      <div class="vacancy-employer"><p>SIA Ulvkalns Forest · Reģ. nr. 44103099118 · Rīgas iela 61, Gulbene, LV-4401</p></div>
      <a class="apply" href="/pieteikties/338812">Pieteikties / Apply</a></section><aside><h4>Līdzīgas vakances</h4><ul><li>
      <a href="/vakance/338790">Meža tehnikas mehāniķis</a> – Alūksne</li><li><a href="/vakance/338771">Kokvedēja vadītājs</a> – Madona</li><li>
      <a href="/vakance/338760">Conductor, narrow-gauge railway (seasonal)</a> – Gulbene</li></ul></aside></main><footer>
      <p>UlvDarbs.lv © 2026 · SIA Ulvzemes Reklāmas Tīkls · <a href="/noteikumi">Lietošanas noteikumi</a> · <a href="/privatums">Privātuma politika</a></p>
      </footer>`,
    );
    expect(read(html, 'https://www.ulvdarbs.lv/vakance/338812')?.hiringOrganization?.name).toBe('SIA Ulvkalns Forest');
  });
});

describe("the board's own name is no title", () => {
  test('en: "Job details | Ulvcoyne Jobs Hub" with the logo\'s h1: the job is the div under it', () => {
    const html = doc(
      'en',
      'Job details | Ulvcoyne Jobs Hub',
      '',
      `<header><h1 class="logo"><img src="data:," alt="Ulvcoyne Jobs Hub"> Ulvcoyne Jobs Hub</h1></header><main><div class="job-title">Farm Supervisor – Banana Block (Full-time)</div><div class="advertiser">Ulvview Produce</div>
      <p>Ulvview Produce grows bananas on 120 hectares along the river.</p><h3>Key responsibilities</h3><ul><li>Lead a crew of eight</li></ul><h3>About you</h3><ul><li>Two seasons of supervising</li></ul>
      <h3>Where</h3><p>Plantation office, 1184 North River Road, Carnarvon WA 6701 — about ten minutes from town. Produce is trucked to Perth three times a week.</p>
      <p>Applications close 5pm AWST Monday 11 January 2027.</p><p class="registry">Advertiser: Ulvview Produce Pty Ltd · ABN 63 614 209 877</p></main>`,
    );
    const got = read(html, 'https://www.ulvcoynejobs.example/jobs/3391');
    expect(got?.title).toBe('Farm Supervisor – Banana Block');
    // The address's town and state, not the line's first part ("Plantation office") nor the prose after it.
    expect(got?.locations).toEqual([{ city: 'Carnarvon', region: 'WA' }]);
  });
  test('en: "Customs Entry Clerk | UlvRiverWorks – Jobs in the Rainy River District" with the site\'s h1; a pin\'s town the text names', () => {
    const html = doc(
      'en',
      'Customs Entry Clerk (Bilingual) | UlvRiverWorks – Jobs in the Rainy River District',
      '',
      `<header><h1 class="site-name">UlvRiverWorks</h1><p>Jobs from Atikokan to Rainy River</p></header><main><img src="data:," alt="Ulvgate"><h2>Customs Entry Clerk (Bilingual) — Temporary, 12 months</h2>
      <p class="where">📍 Fort Frances &nbsp; 🕒 Posted December 3, 2026</p><p>Ulvgate Customs Brokers Inc. has cleared freight at the Fort Frances – International Falls crossing for thirty years.</p>
      <h3>Responsibilities</h3><ul><li>Prepare release entries</li></ul><h3>Qualifications</h3><ul><li>Fluency in English and French</li></ul><p>Please apply by 4:00 p.m. on Friday, January 8, 2027.</p></main>`,
    );
    const got = read(html, 'https://www.ulvriverworks.example/jobs/2026-1187');
    expect(got?.title).toBe('Customs Entry Clerk (Bilingual)');
    expect(got?.hiringOrganization?.name).toBe('Ulvgate Customs Brokers Inc.');
    expect(got?.locations).toEqual([{ city: 'Fort Frances' }]);
  });
});

describe('places', () => {
  test('en: "Thurso, Caithness, KW14": a Scottish county after its town is its region, no second place', () => {
    const html = doc(
      'en',
      'Radiation Protection Technician - Ulvness Jobs',
      '',
      `<main><h1>Radiation Protection Technician</h1><table><tr><td>Client</td><td>Ulvvik Decommissioning Services</td></tr><tr><td>Location</td><td>Thurso, Caithness, KW14</td></tr><tr><td>Closing date</td><td>31st December 2026</td></tr></table>
      <p>Ulvvik Decommissioning Services Ltd is a specialist contractor with offices in Thurso.</p><h2>Key duties</h2><ul><li>Carry out surveys</li></ul><h2>Essential</h2><ul><li>An HNC</li></ul></main>`,
    );
    expect(read(html, 'https://www.ulvnessjobs.example/vacancy/9042')?.locations).toEqual([{ city: 'Thurso', region: 'Caithness' }]);
  });
});
