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

/**
 * A picture's alt text that says what the picture is, not whose it is: "Logo", "Bedriftslogo", "Kommunevåpen",
 * "Byvapen", "Coat of arms", "Company logo". Never a name, however near the heading it stands.
 */
const PICTURE_WORD = /^(?:(?:company|employer|our|the)\s+)?(?:\p{L}*(?:logo|logotyp|logotype|logga|våpen|vapen|emblem)|coat of arms|crest|image|photo|picture|bilde|bild|foto|icon|ikon)$/iu;
/** "Council crest", "Lundevik kommunes våpen", "Town coat of arms": whose arms, then the arms. */
const ARMS = /^(?:[\p{L}'’]+\s+){1,2}(?:crest|coat of arms|arms|våpen|vapen|kommunevåpen|kommunvapen)$/iu;

export function isPictureWord(alt: string): boolean {
  return PICTURE_WORD.test(alt.trim()) || ARMS.test(alt.trim());
}

/**
 * An empty field, not a name: "Confidential", "Anonym", "Ikke oppgitt", "N/A", or a language switch's code ("ET · EN · RU"
 * after a menu's "Employer" link) where a row's value or a JobPosting's employer should be.
 */
const NO_NAME = /^(?:name|navn|namn|n\/?a|none|unknown|confidential|undisclosed|konfidensiell|konfidentiell|anonym|anonymous|not (?:specified|stated|given|disclosed)|ikke (?:oppgitt|oppgjeve)|ukjent|ej angivet|ej angiven|okänd|saknas|[-–—.]+|en|et|ru|nb|nn|sv|fi|da|de|lv|lt|pl)$/iu;

export const isNoName = (text: string): boolean => NO_NAME.test(text.trim());

