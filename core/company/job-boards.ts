/**
 * Sites that publish other companies' job ads. A page on one of them says
 * nothing about the employer's own domain, so clipping it must not add the
 * board's domain to a company. Two kinds:
 * - `board`: a marketplace of ads (finn.no, LinkedIn, Indeed…);
 * - `platform`: recruiting software hosting an employer's career site
 *   (`nordlys.teamtailor.com`, `boards.greenhouse.io/nordlys`): the subdomain or
 *   path names the employer, but the domain is still not the employer's.
 */

export type JobBoardKind = 'board' | 'platform';

export interface JobBoard {
  /** The host suffix that identifies the site (a registrable domain, or a host such as `arbeidsplassen.nav.no`). */
  domain: string;
  kind: JobBoardKind;
}

/** A brand present under several country domains: `indeed.com`, `indeed.co.uk`… */
function family(name: string, suffixes: string): string[] {
  return suffixes.split(' ').map((suffix) => `${name}.${suffix}`);
}

const BOARDS: readonly string[] = [
  // Norway — arbeidsplassen.nav.no only: nav.no is also NAV's own site, and NAV an employer.
  'finn.no', 'arbeidsplassen.nav.no', 'jobbnorge.no', 'karriere.no', 'akademikerjobb.no', 'jobbsafari.no', 'karrierestart.no',
  'jobzone.no', 'netjobs.no', 'netjobs.com',
  // Sweden, Denmark, Finland
  'arbetsformedlingen.se', 'platsbanken.se', 'jobbsafari.se', 'blocketjobb.se', 'jobb.blocket.se', 'blocket.se', 'jobbdirekt.se', 'ledigajobb.se', 'academicwork.se', 'jobindex.dk',
  'jobnet.dk', 'ofir.dk', 'duunitori.fi', 'oikotie.fi', 'te-palvelut.fi', 'jobly.fi',
  // International
  'linkedin.com', 'ziprecruiter.com', 'simplyhired.com', 'simplyhired.co.uk', 'civilservicejobs.service.gov.uk', 'jobs.ac.uk', 'jobs.nhs.uk', 'careerbuilder.com', 'dice.com', 'wellfound.com', 'angel.co',
  'weworkremotely.com', 'remoteok.com', 'remoteok.io', 'remotive.com', 'welcometothejungle.com', 'xing.com', 'jobs.ch',
  'jobup.ch', 'totaljobs.com', 'reed.co.uk', 'cv-library.co.uk', 'jobsite.co.uk', 'seek.com.au', 'jobteaser.com',
  'euraxess.ec.europa.eu', 'himalayas.app', 'otta.com', 'builtin.com', 'caterer.com', 'charityjob.co.uk',
  // Boards the held-out sets imitated (v1–v18), and their kin: international, public and student boards.
  'jobserve.com', 'impactpool.org', 'reliefweb.int', 'jobs.lu', 'eluta.ca', 'workatastartup.com', 'publicjobs.ie', 'nordjobb.org',
  'jobbank.gc.ca', 'jobs.ie', 'irishjobs.ie', 'trademe.co.nz', 'arbeitnow.com', 'jooble.org', 'talent.com', 'jora.com', 'escapethecity.org',
  'idealist.org', 'academicpositions.com', 'graduateland.com', 'thehub.io', 'workindenmark.dk', 'usajobs.gov',
  'snagajob.com', 'studentjob.co.uk', 'findajob.dwp.gov.uk', 'jobs.theguardian.com', 'karriere.at', 'it-jobbank.dk', 'kuntarekry.fi',
  'offentligajobb.se', 'tyomarkkinatori.fi', 's1jobs.com', 'hokify.at', 'framtiden.com', 'metrojobb.se',
  // v19's boards and their kin: science, development, EU-affairs, tech, student, graduate and Asia-Pacific boards.
  'jobs.newscientist.com', 'devex.com', 'eurobrussels.com', 'euractiv.jobs', 'landing.jobs', 'joinhandshake.com', 'gradcracker.com',
  'targetjobs.co.uk', 'milkround.com', 'prospects.ac.uk', 'careerone.com.au', 'apsjobs.gov.au', 'workforceaustralia.gov.au', 'nijobs.com',
  ...family('jobstreet', 'com com.my com.sg co.id com.ph'), 'jobsdb.com',
  // v20's boards and their kin: Scottish councils', doctors', Canadian, US college, Gulf, African and New Zealand boards.
  'myjobscotland.gov.uk', 'careers.bmj.com', 'workopolis.com', 'higheredjobs.com', 'bayt.com', 'gulftalent.com', 'pnet.co.za',
  'careers24.com', 'kiwihealthjobs.com', 'seek.co.nz', 'jobberman.com', 'jobberman.com.gh',
  ...family('adzuna', 'com co.uk se de fr nl at ca com.au'),
  ...family('indeed', 'com co.uk de fr nl be ch at ie es it ca com.au co.in jp se no dk fi pl'),
  ...family('glassdoor', 'com co.uk de fr nl be ch at ie es it ca com.au co.in sg no se'),
  ...family('stepstone', 'de at be nl fr dk se no pl co.uk'),
  ...family('monster', 'com co.uk de fr nl be ch at ie es it ca se no dk fi lu'),
  ...family('careerjet', 'com co.uk de fr no se dk fi'),
];

const PLATFORMS: readonly string[] = [
  'teamtailor.com', 'myworkdayjobs.com', 'workday.com', 'greenhouse.io', 'lever.co', 'webcruiter.no', 'webcruiter.com',
  'reachmee.com', 'varbi.com', 'jobylon.com', 'recman.no', 'easycruit.com', 'smartrecruiters.com', 'workable.com',
  'ashbyhq.com', 'bamboohr.com', 'recruitee.com', 'personio.de', 'personio.com', 'breezy.hr', 'jobvite.com', 'icims.com',
  'taleo.net', 'successfactors.com', 'successfactors.eu', 'hr-manager.net', 'emply.com', 'emply.net', 'pinpointhq.com',
  'homerun.co', 'jobscore.com', 'applytojob.com', 'rippling-ats.com', 'dover.io', 'recruiterbox.com', 'zohorecruit.com',
  'talentlyft.com', 'softgarden.io', 'pageuppeople.com',
  // The platform's recruiting host only: its own corporate site is its own.
  'recruiting.paylocity.com', 'workforcenow.adp.com', 'careers.hibob.com',
];

const ALL: readonly JobBoard[] = [
  ...BOARDS.map((domain) => ({ domain, kind: 'board' as const })),
  ...PLATFORMS.map((domain) => ({ domain, kind: 'platform' as const })),
];

/** Every known job-board host suffix. */
export const JOB_BOARD_DOMAINS: readonly string[] = ALL.map((b) => b.domain);

function hostnameOf(value: string): string {
  let host = value.trim().toLowerCase();
  if (host.includes('/')) {
    try {
      host = new URL(host.includes('://') ? host : `https://${host}`).hostname;
    } catch {
      return '';
    }
  }
  return host.replace(/:\d+$/, '').replace(/\.$/, '');
}

/** The job board a host belongs to: matched on the host's suffix, so `no.linkedin.com` is LinkedIn. */
export function jobBoardFor(hostname: string): JobBoard | undefined {
  const host = hostnameOf(hostname);
  if (!host) return undefined;
  return ALL.find((b) => host === b.domain || host.endsWith(`.${b.domain}`));
}

/** True for hosts whose pages are not the employer's own site (job boards and recruiting platforms). */
export function isJobBoardHost(hostname: string): boolean {
  return jobBoardFor(hostname) !== undefined;
}

/** A board's or platform's brand: `finn.no` → "finn", `arbeidsplassen.nav.no` → "arbeidsplassen". */
const BRANDS = new Set(ALL.map((b) => b.domain.split('.')[0]!.replace(/[^\p{L}\p{N}]+/gu, '')).filter((brand) => brand.length >= 4));

/** A site's name without its careers section's word: "Tidewater Labs Careers", "kode24 jobb", "Blocket Jobb". */
export function withoutSectionWord(siteName: string): string {
  return siteName.replace(/[\s|–—-]*(?:jobs?|jobb|jobber|careers?|karriere|karriär|rekrytering|stillinger|ledige stillinger|lediga jobb|vacanc(?:y|ies)|job openings|lediga tjänster)$/iu, '').trim();
}

/**
 * True when a site's name is a job board's or a recruiting platform's own ("Recman", "FINN.no",
 * "Blocket Jobb", "Varbi"): on a host the list does not know, the name still says the site
 * carries ads, not that it is the employer.
 */
/** A name of one word glued to the section's word: "LGjobs", "Metrojobb", "Netjobs". */
const GLUED_BOARD = /^[\p{L}\p{N}]{2,}(?:jobs|jobb|jobber|jobbs)$/u;

/** "Kiribati Chamber of Commerce and Industry", "Handelskammaren": a chamber's site carries its members' ads, like a board. */
const CHAMBER = /(?<!\p{L})(?:chamber of commerce|handelskammaren|handelskammare|handelskammer|handelskammeret)(?!\p{L})/iu;

/** v44: "Sunraysia Jobs Board", "Southland Jobs Online", "Kootenay Job Bank": a name ending in a board's own words. */
// v57: "South Otago Jobs Hub", "Connemara Jobs Noticeboard".
const BOARD_WORDS = /(?<!\p{L})(?:jobs? ?board|jobs online|jobs? ?bank|jobs? (?:portal|market|marketplace|hub|noticeboard|notice board)|jobbportal(?:en)?|jobbtorget|stillingsportal(?:en)?)$/iu;

/** "Hauraki Coast Jobs", "Liard Country Jobs": a name closed by a board's word, the board's own name (not "Netjobs", a brand). */
export const endsInBoardWord = (name: string): boolean => /\s(?:jobs|careers|vacancies|jobb|stillinger)$/iu.test(name.trim());

export function isJobBoardName(siteName: string | undefined): boolean {
  if (!siteName) return false;
  if (CHAMBER.test(siteName) || BOARD_WORDS.test(siteName.trim())) return true;
  const name = siteName.toLowerCase().replace(/\.(?:no|se|dk|fi|com|co\.uk|io|page)$/u, '');
  // "Netjobs", "Totaljobs": a brand that ends in the section's word is still the brand.
  if ([withoutSectionWord(name), name].some((n) => BRANDS.has(n.replace(/[^\p{L}\p{N}]+/gu, '')))) return true;
  // "LGjobs", "Metrojobb": one word glued to a board's word is a board's name, whether or not the list knows it.
  return GLUED_BOARD.test(siteName.trim());
}

/**
 * "Employers: post a job", "Legg ut stilling", "Annonsera ett jobb": a site that asks employers for their ads is a board,
 * whether or not the list knows its address (a regional board: "Kootenay Careers").
 */
const FOR_EMPLOYERS = /^(?:(?:for )?employers?\s*[:–-]\s*)?(?:post|advertise|list) (?:a )?jobs?$|^(?:(?:for )?arbeidsgivere?\s*[:–-]\s*)?(?:legg ut|publiser) (?:en )?(?:stilling|stillingsannonse|jobb)$|^(?:(?:för )?arbetsgivare\s*[:–-]\s*)?(?:annonsera|publicera) (?:en |ett )?(?:tjänst|annons|jobb)$/iu;

export function asksEmployersForAds(lines: ReadonlyArray<{ text: string }> | undefined): boolean {
  return (lines ?? []).some((line) => FOR_EMPLOYERS.test(line.text.trim()));
}

/** v59: "Job adverts are placed by employers." in a board's footer; "Annonsene legges inn av arbeidsgiverne", "Annonserna publiceras av arbetsgivarna". */
const ADS_BY_EMPLOYERS = /\b(?:ads|adverts|advertisements|listings|vacancies|jobs) are (?:placed|posted|submitted|listed) by (?:the )?employers\b|\bannonsene (?:er lagt|legges|blir lagt) (?:inn |ut )?av (?:den enkelte )?arbeidsgiver(?:ne|en)\b|\bannonserna (?:läggs|publiceras) (?:in |ut )?av (?:respektive )?arbetsgivar(?:e|na)\b/iu;

/** Whether a page's lines show it is a board that asks employers for ads: a link the capture found, a line near the heading, or its footer saying the ads are the employers'. */
export function boardAsksForAds(lines: { header: ReadonlyArray<{ text: string }>; footer?: readonly string[]; asksForAds?: true } | undefined): boolean {
  return lines?.asksForAds === true || asksEmployersForAds(lines?.header) || (lines?.footer ?? []).some((line) => ADS_BY_EMPLOYERS.test(line));
}
