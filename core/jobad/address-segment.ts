import { knownTown, townOfAddress } from '../places';
import { isStateCode } from './location';

/** "London EC2M 7PY", "0150 Oslo", "Piteå 941 31": a town with its postcode is a place, never the employer. */
export function isAddressSegment(segment: string): boolean {
  // "Swansea SA3": a British outward code alone is part of an address too.
  const postcode = /\b(?:\d{4,5}|\d{3}\s\d{2}|[A-Z]{1,2}\d[A-Z\d]?(?:\s?\d[A-Z]{2})?)\b/u;
  // "Bendigo VIC 3550", "Osage Beach, MO 65065": a town, its state's code and its postcode, as Australian and American boards write a place.
  const state = /^\p{Lu}[\p{L}'’. -]*?,?\s([A-Z]{2,3})\s\d{4,5}(?:-\d{4})?$/u.exec(segment.trim())?.[1];
  if (state && isStateCode(state)) return true;
  return postcode.test(segment) && (townOfAddress(segment) !== undefined || segment.split(/[\s,]+/).some((w) => knownTown(w) !== undefined));
}
