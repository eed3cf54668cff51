import type { TextBlock } from '../model';
import { findLabelled } from './labels';
import type { JobLocation } from './types';

/** A country's code and the names pages write for it. */
const NAMES: Readonly<Record<string, readonly string[]>> = {
  SE: ['sverige', 'sweden', 'schweden'],
  NO: ['norge', 'noreg', 'norway', 'norwegen'],
  DK: ['danmark', 'denmark', 'dänemark'],
  FI: ['suomi', 'finland', 'finnland'],
  DE: ['deutschland', 'germany', 'tyskland'],
  GB: ['united kingdom', 'storbritannia', 'storbritannien'],
  IE: ['ireland', 'irland'],
  US: ['united states', 'usa', 'united states of america'],
};

/**
 * "SE" in the structured data and a row of its own on the page, "Country: Sweden" or "Land: Sverige": the country as
 * the reader sees it written, as the sets label it. A country only inside a place's line ("Plats: Umeå, Västerbottens
 * län, Sverige") leaves the code.
 */
export function countryFromRow(locations: readonly JobLocation[], blocks: readonly TextBlock[]): JobLocation[] {
  const row = findLabelled(blocks, ['land', 'country'])?.trim();
  if (!row) return [...locations];
  return locations.map((l) => (l.country && NAMES[l.country.toUpperCase()]?.includes(row.toLocaleLowerCase()) ? { ...l, country: row } : l));
}
