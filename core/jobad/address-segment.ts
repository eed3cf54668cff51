import { knownTown, townOfAddress, withoutLeadingSymbols } from '../places';
import { escapePattern } from '../text/pattern';
import { isStateCode, parseAddressText } from './location';
import type { JobLocation } from './types';

/** "London EC2M 7PY", "0150 Oslo", "Piteå 941 31": a town with its postcode is a place, never the employer. */
export function isAddressSegment(segment: string): boolean {
  // "Swansea SA3": a British outward code alone is part of an address too.
  const postcode = /\b(?:\d{4,5}|\d{3}\s\d{2}|[A-Z]{1,2}\d[A-Z\d]?(?:\s?\d[A-Z]{2})?)\b/u;
  // "Bendigo VIC 3550", "Osage Beach, MO 65065": a town, its state's code and its postcode, as Australian and American boards write a place.
  const state = /^\p{Lu}[\p{L}'’. -]*?,?\s([A-Z]{2,3})\s\d{4,5}(?:-\d{4})?$/u.exec(segment.trim())?.[1];
  if (state && isStateCode(state)) return true;
  return postcode.test(segment) && (townOfAddress(segment) !== undefined || segment.split(/[\s,]+/).some((w) => knownTown(w) !== undefined));
}

/** ", Brandon, MB R7B 4E7", ", Mildura VIC 3500", ", Dayton, OH 45402": a province's or state's code and its postcode closing an address line. */
const CODE_AND_POSTCODE = /,\s*[\p{Lu}][\p{L}'’. -]*?,?\s([A-Z]{2,3})\s+(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4,5}(?:-\d{4})?)\s*$/u;

/**
 * v44: "Address: Unit 4, 2210 Currie Boulevard, Brandon, MB R7B 4E7": the town before a province's code and postcode (a
 * town no register knows), with that code as its region; the street and the unit before it are no place.
 */
export function placeOfNorthernAddress(line: string): JobLocation | undefined {
  const code = CODE_AND_POSTCODE.exec(line)?.[1];
  if (!code || !isStateCode(code)) return undefined;
  const place = parseAddressText(line.replace(/^[^:]{1,20}:\s*/u, ''));
  return place?.city && place.region === code ? place : undefined;
}

/**
 * v48: "Bairnsdale VIC 3875" alone on an icon line, v51: "Inuvik, NT X0E 0T0" under "Work Location": a town no register knows,
 * its state's or province's code and its postcode; v63: "Cobar NSW" without a postcode, where the heading names the town;
 * v65: after a pin ("📍 Kingaroy QLD 4610").
 */
const STATE_LINE = /^(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}),?\s([A-Z]{2,3})(\s(?:\d{4,5}|[A-Z]\d[A-Z]\s?\d[A-Z]\d))?$/u;

export function placeOfStateLine(line: string, titled = ''): JobLocation | undefined {
  const m = STATE_LINE.exec(withoutLeadingSymbols(line).trim());
  if (!m || !isStateCode(m[2]!)) return undefined;
  if (!m[3] && !new RegExp(String.raw`(?<!\p{L})${escapePattern(m[1]!)}(?!\p{L})`, 'u').test(titled)) return undefined;
  return { city: m[1]!, region: m[2]! };
}

/** "… Ltd. Cranbrook, BC V1C 0A0", "… 48 Main Street Red Deer, AB T4N 1A1": a town of one or two words, a province's or state's code, a postcode. */
const CLOSING_ADDRESS = /(?:^|[\s,.])(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?),\s*([A-Z]{2})\s+(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{5}(?:-\d{4})?)\s*$/u;
const SHORT_BLOCK = 120;

/**
 * v45: the employer's address closing an ad on a board ("Baker Hill Veterinary Clinic Ltd." over "Cranbrook, BC V1C 0A0",
 * read as one block): the town and its province's code, when nothing nearer the heading placed the job. The last such block.
 */
export function placeOfClosingAddress(blocks: ReadonlyArray<{ text: string }>): JobLocation[] {
  for (const { text } of [...blocks].reverse()) {
    const m = text.length <= SHORT_BLOCK ? CLOSING_ADDRESS.exec(text.trim()) : null;
    if (!m || !isStateCode(m[2]!)) continue;
    // "Clinic Cranbrook": of two capitalised words only a town the register knows is both.
    const words = m[1]!.split(' ');
    const city = words.length === 2 && !knownTown(m[1]!) ? words[1]! : m[1]!;
    return [{ city, region: m[2]! }];
  }
  return [];
}
