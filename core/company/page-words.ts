/**
 * Words a page uses for itself or its parts ("Opportunity Detail", "Job Description", "Stillingsdetaljer",
 * "Annonsdetaljer"): a text of such words only is a page's or a section's heading, never anyone's name.
 */
const PAGE_WORD = new Set(
  [
    // English
    'opportunity', 'opportunities', 'detail', 'details', 'job', 'jobs', 'position', 'positions', 'vacancy', 'vacancies',
    'description', 'posting', 'postings', 'overview', 'view', 'apply', 'application', 'applications', 'search', 'results',
    'result', 'home', 'page', 'listing', 'listings', 'career', 'careers', 'information', 'info', 'summary', 'requisition',
    'opening', 'openings', 'announcement', 'announcements', 'advert', 'advertisement', 'notice', 'role', 'roles', 'current', 'open', 'all', 'now', 'online', 'candidate', 'portal', 'board',
    'profile', 'main', 'welcome', 'back', 'to', 'the', 'a', 'of', 'and', 'our', 'for', 'more', 'share', 'this', 'print',
    // German, on boards that write it
    'jobsuche', 'stellenangebot', 'stellenangebote', 'stellenanzeige', 'stellenbörse', 'jobbörse', 'stelle', 'stellen',
    // Norwegian
    'stilling', 'stillingen', 'stillinger', 'stillingsdetaljer', 'stillingsannonse', 'stillingsbeskrivelse', 'annonse',
    'annonsen', 'detaljer', 'ledig', 'ledige', 'søk', 'søknad', 'jobb', 'jobber', 'jobbdetaljer', 'om', 'beskrivelse',
    'forside', 'side', 'siden', 'hjem', 'utlysning', 'utlysningen', 'og', 'til', 'alle', 'her', 'nå',
    // Swedish
    'tjänst', 'tjänsten', 'tjänster', 'annons', 'annonsen', 'annonsdetaljer', 'jobbannons', 'platsannons', 'lediga',
    'ansökan', 'sök', 'jobbet', 'startsida', 'sida', 'sidan', 'beskrivning', 'och', 'alla', 'här', 'nu', 'visa',
  ],
);

/** Whether every word of a text is such a page word: "Opportunity Detail", "Job Details", "Annonsdetaljer". */
export function isPageWords(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => PAGE_WORD.has(w));
}
