/**
 * A dateline: a place and a date and nothing more ("Oxelösund den 12 mars 2026", "Manchester, 10 November 2026.",
 * "Ålesund, 3. desember 2026"), where a report, a letter or a press release was signed or sent from. It tells no plan,
 * whatever its year or the heading over it, and nothing else a prompt asks.
 */
import { MONTH_NAMES } from './figures';

/** Each month in lower case or with its capital: the pattern is case-sensitive, so the place's capitals are real. */
const MONTH = `(?:${MONTH_NAMES.map((m) => `[${m[0]}${m[0]!.toUpperCase()}]${m.slice(1)}`).join('|')})`;
/** A place's name: "Oxelösund", "New York", "Mo i Rana", "Stratford-upon-Avon". */
const PLACE = String.raw`\p{Lu}[\p{L}'’-]+(?:\s(?:(?:i|på|upon|on)\s)?\p{Lu}[\p{L}'’-]+){0,2}`;
const DATELINE = new RegExp(String.raw`^${PLACE},?\s(?:den\s|the\s)?(?:\d{1,2}\.?\s)?${MONTH}\s\d{4}\.?$`, 'u');

/** Whether a sentence is a dateline alone: see the module comment. */
export function isDateline(sentence: string): boolean {
  return DATELINE.test(sentence.trim());
}
