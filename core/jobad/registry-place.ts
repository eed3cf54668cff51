import type { TextBlock } from '../model';
import { knownTown, townOfAddress } from '../places';
import { escapePattern } from '../text/pattern';
import type { JobAdInput, JobLocation } from './types';

/** A paragraph of prose, not a fact line: a p of ten words or more. */
export function isProse(block: TextBlock | undefined): boolean {
  // … and a duty in a list ("Samarbeide med skolene i Bergen og Osterøy om Den kulturelle skolesekken"): a sentence without its stop.
  const length = block?.text.split(/\s+/).length ?? 0;
  return (block?.tag === 'p' && length >= 10) || (block?.tag === 'li' && length >= 8);
}

/**
 * The town of the ad's own registry line, outside the site's footer ("Åsundens Väveri AB · Org.nr 556084-3317 ·
 * Fabriksgatan 12, 523 30 Ulricehamn"): where the employer is, when the ad's prose names other towns only in passing.
 */
export function registryTown(input: JobAdInput): JobLocation | undefined {
  for (const line of input.lines?.registered ?? []) {
    const town = townOfAddress(line);
    // "… · Garnvegen 2, 5265 Ytre Arna · Org.nr …": the post town after its code, also one the register does not know.
    if (town && (knownTown(town) || new RegExp(String.raw`\d{3}\s?\d{2}\s+${escapePattern(town)}(?![\p{L}])|\d{4}\s+${escapePattern(town)}(?![\p{L}])`, 'u').test(line))) return { city: town };
  }
  return undefined;
}
