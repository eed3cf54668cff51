import type { JobAd, JobAdInput, SourceDraft } from './types';

/**
 * The page says the post is open until someone is found: "We review applications every Friday until the role is filled",
 * "Stillingen står åpen til den er besatt", "Annonsen ligger ute tills tjänsten är tillsatt", "on a rolling basis".
 */
const OPEN_UNTIL_FILLED =
  /until (?:the (?:role|position|post|job|vacancy) (?:is|has been) |it is |it's |we have |we've )?(?:filled|found the right (?:person|candidate))|on a rolling basis|(?:inn)?til (?:stillingen|stillinga) er (?:besatt|fylt|tilsett)|til vi har funne?t? (?:rett|riktig) (?:person|kandidat)|tills? (?:tjänsten|platsen) (?:är|har) tillsatts?|tills vi (?:har )?hittat rätt (?:person|kandidat)/iu;

/**
 * Structured data the visible page has moved past. A board that updates the page but not its JSON-LD leaves a
 * deadline the page contradicts: earlier than the deadline it shows ("Frist 20.01.2027" against a JSON-LD
 * 2026-10-30), earlier than its own visible posted or updated date, or, while the page shows none and says it stays
 * open until filled, already past on the day the page is read or a round period after the posting.
 */
export function structuredIsStale(structured: SourceDraft | undefined, page: SourceDraft, input: JobAdInput): boolean {
  const through = structured?.fields.validThrough;
  if (!through) return false;
  const shown = page.fields.validThrough;
  if (shown && shown > through) return true;
  const posted = page.fields.datePosted;
  if (posted && posted > through) return true;
  // "validThrough" the same day as "datePosted" (Shine's data): the day it went up, not a deadline anyone set.
  if (structured.fields.datePosted === through) return true;
  if (shown || !OPEN_UNTIL_FILLED.test(input.textContent)) return false;
  // "We review applications on a rolling basis" and no date shown: a structured date already past, or one a round period
  // after the posting (Remotive's 90 days, a board's month), is the listing's expiry, not a deadline the ad states.
  return (input.readOn !== undefined && through < input.readOn) || automaticExpiry(structured.fields.datePosted, through);
}

const DAY = 86_400_000;

/** 30, 60, 90 … days or whole months (1, 2, 3, 6, 12) after the posting date: a board's automatic end, not a date anyone chose. */
function automaticExpiry(posted: string | undefined, through: string): boolean {
  if (!posted) return false;
  const days = (Date.parse(through) - Date.parse(posted)) / DAY;
  if ([30, 45, 60, 90, 120, 180, 365].includes(days)) return true;
  const [py, pm, pd] = posted.split('-').map(Number);
  const [ty, tm, td] = through.split('-').map(Number);
  return pd === td && [1, 2, 3, 6, 12].includes((ty! - py!) * 12 + (tm! - pm!));
}

const HOURS = new Set(['FULL_TIME', 'PART_TIME']);

/**
 * The page over stale structured data: a stale deadline with no date shown goes (the page is open-ended), and the
 * hours the page shows ("Fast, 75 %") beat the JSON-LD's old FULL_TIME.
 */
export function preferPageOverStale(ad: JobAd, page: SourceDraft): void {
  if (ad.sources.validThrough !== 'heuristic' && !page.fields.validThrough) {
    delete ad.validThrough;
    delete ad.sources.validThrough;
  }
  preferShownHours(ad, page);
}

/**
 * The hours the page shows beat the structured data's other hours: a badge "Full-time, 40h" over a JSON-LD PART_TIME,
 * "Fast, 75 %" over a stale FULL_TIME. The reader applies for what the page says; the structured data's other types
 * (TEMPORARY, CONTRACTOR) stay beside them.
 */
export function preferShownHours(ad: JobAd, page: SourceDraft): void {
  const shownHours = (page.fields.employmentType ?? []).filter((t) => HOURS.has(t));
  const givenHours = ad.employmentType.filter((t) => HOURS.has(t));
  if (ad.sources.employmentType !== 'heuristic' && shownHours.length > 0 && shownHours.join() !== givenHours.join()) {
    ad.employmentType = [...shownHours, ...ad.employmentType.filter((t) => !HOURS.has(t) && !shownHours.includes(t))];
    ad.sources.employmentType = 'heuristic';
  }
}
