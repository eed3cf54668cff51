import type { TextBlock } from '../model';
import { findDate } from './dates';
import { textAfterLabel } from './labels';

/**
 * A label for the whole time the ad is open, not its last day: "Open & closing dates", "Application period",
 * "Søknadsperiode", "Ansökningsperiod". Its value is a range, and the deadline is where the range ends.
 */
const PERIOD_LABEL =
  /(?<!\p{L})(?:open(?:ing)? (?:&|and) closing dates?|application (?:period|window)|søknadsperiode(?:n)?|ansökningsperiod(?:en)?|ansøgningsperiode(?:n)?)(?!\p{L})\s*[:：]?\s*/iu;

/** Where one date of a range ends and the next begins: "to", "until", "till", "–" (a hyphen only between spaces: dates hold hyphens). */
// A tilde too, as East Asian sites write a range: "2026.12.04 (Fri) ~ 2027.01.15 (Fri)".
const RANGE_SEPARATOR = /\s+(?:to|until|through|till|til|tom|t\.o\.m\.?|–|—|-)\s+|(?<=\d)\s*[–—]\s*(?=\d)|\s*[~〜～]\s*/iu;

/** The last date of a range written "11/30/2026 to 12/14/2026", "1.12.2026 – 15.1.2027"; none unless both ends are dates. */
export function rangeEnd(text: string, reference?: string, monthFirst = false): string | undefined {
  const at = RANGE_SEPARATOR.exec(text);
  if (!at) return undefined;
  const start = findDate(text.slice(0, at.index), reference, monthFirst);
  const end = findDate(text.slice(at.index + at[0].length), reference, monthFirst);
  return start && end && end >= start ? end : undefined;
}

/** The deadline a period label gives as the end of its range, beside the label or on the line under it. */
export function periodDeadline(blocks: readonly TextBlock[], reference?: string, monthFirst = false): string | undefined {
  for (const { after, next } of textAfterLabel(blocks, PERIOD_LABEL)) {
    const own = after.slice(0, 80);
    const end = rangeEnd(own, reference, monthFirst) ?? (!own.trim() && next ? rangeEnd(next.slice(0, 80), reference, monthFirst) : undefined);
    if (end) return end;
  }
  return undefined;
}

/**
 * "snarast, og seinast 8. februar 2027", "snarest og senest 1. mars", "as soon as possible and no later than 5 May":
 * a deadline that asks for applications soon still ends on the date it gives as the latest.
 */
const LATEST = /(?<!\p{L})(?:seinast|senest|senast|no later than|at the latest|latest)(?!\p{L})/iu;

/** The date after "at the latest" in a value that opens with "as soon as possible"; none without that word. */
export function latestAfterAsap(text: string, reference?: string, monthFirst = false): string | undefined {
  const at = LATEST.exec(text);
  return at ? findDate(text.slice(at.index + at[0].length), reference, monthFirst) : undefined;
}
