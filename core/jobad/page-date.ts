import type { TextBlock } from '../model';
import { findDate, toIsoDate } from './dates';
import { findLabelled } from './labels';
import type { JobAdInput } from './types';

/**
 * The page's own date, which a date written without a year ("senast fredag den 15 januari",
 * "Closing date: Monday 11th January") is read after: a publishing date the page shows, an
 * email's "Date:" line, its `article:published_time`; failing those, the day it was read.
 */

/** The header lines of an email saved as a page ("From:", "Subject:"), in en/nb/sv. */
const MAIL_HEADERS = ['subject', 'emne', 'ämne', 'from', 'fra', 'från', 'to', 'til', 'till'];
const MAIL_DATE = ['date', 'dato', 'datum', 'sent', 'sendt', 'skickat'];

/** "Date: Thursday 3 December 2026" in an email's header, beside its "Subject:" line. */
export function mailDate(blocks: readonly TextBlock[]): string | undefined {
  if (findLabelled(blocks, MAIL_HEADERS) === undefined) return undefined;
  const line = findLabelled(blocks, MAIL_DATE);
  return line ? findDate(line.slice(0, 60)) : undefined;
}

/** The date a page was read, as an ISO date, from a capture's time (ms since 1970). */
export function readOn(capturedAt: number | undefined): string | undefined {
  return capturedAt !== undefined && Number.isFinite(capturedAt) ? new Date(capturedAt).toISOString().slice(0, 10) : undefined;
}

/**
 * The reference for dates without a year: the structured `datePosted`, then the posted line, then
 * an email's date, the page's published time and, last, the day it was read.
 */
export function pageDate(blocks: readonly TextBlock[], input: JobAdInput, ...stated: (string | undefined)[]): string | undefined {
  return stated.find((d) => d !== undefined) ?? mailDate(blocks) ?? toIsoDate(input.published) ?? input.readOn;
}
