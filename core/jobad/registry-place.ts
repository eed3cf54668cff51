import type { TextBlock } from '../model';
import { knownTown, townOfAddress } from '../places';
import type { JobAdInput, JobLocation } from './types';

/** A paragraph of prose, not a fact line: a p of ten words or more. */
export function isProse(block: TextBlock | undefined): boolean {
  return block?.tag === 'p' && block.text.split(/\s+/).length >= 10;
}

/**
 * The town of the ad's own registry line, outside the site's footer ("Åsundens Väveri AB · Org.nr 556084-3317 ·
 * Fabriksgatan 12, 523 30 Ulricehamn"): where the employer is, when the ad's prose names other towns only in passing.
 */
export function registryTown(input: JobAdInput): JobLocation | undefined {
  for (const line of input.lines?.registered ?? []) {
    const town = townOfAddress(line);
    if (town && knownTown(town)) return { city: town };
  }
  return undefined;
}
