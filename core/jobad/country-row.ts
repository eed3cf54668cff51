import type { TextBlock } from '../model';
import { findLabelled } from './labels';
import { isCountry } from './location';
import { knownTown } from '../places';
import { foldTerm } from '../search/normalize';
import type { JobLocation } from './types';

/** A country's code and the names pages write for it besides its own names in English, Norwegian and Swedish. */
const NAMES: Readonly<Record<string, readonly string[]>> = {
  SE: ['schweden'],
  NO: ['noreg', 'norwegen'],
  DK: ['dänemark'],
  FI: ['suomi', 'finnland'],
  DE: ['deutschland'],
  US: ['usa', 'united states of america'],
};

/**
 * "SE" in the structured data and a row of its own on the page, "Country: Sweden" or "Land: Sverige": the country as
 * the reader sees it written, as the sets label it. A country only inside a place's line ("Plats: Umeå, Västerbottens
 * län, Sverige") leaves the code.
 */
export function countryFromRow(locations: readonly JobLocation[], blocks: readonly TextBlock[]): JobLocation[] {
  const row = findLabelled(blocks, ['land', 'country', 'job country'])?.trim();
  if (!row) return [...locations];
  // "Job Country | Jordan" beside "Job City | Amman": the country the row gives, where the place has none (the label says
  // it is a country, so "Jordan" too, which a place line might mean as a name).
  if (locations.length === 1 && locations[0]!.city && !locations[0]!.country && (isCountry(row) || /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,3}$/u.test(row))) return [{ ...locations[0]!, country: row }];
  return locations.map((l) => (l.country && namesOf(l.country).includes(row.toLocaleLowerCase()) ? { ...l, country: row } : l));
}

/**
 * "Kronoberg" in the structured data and "Län: Kronobergs län" on the page: the one place's region as the page's row
 * writes it, where the row is the data's region in full (its name, then the county's word).
 */
export function regionFromRow(locations: readonly JobLocation[], blocks: readonly TextBlock[]): JobLocation[] {
  const [only] = locations;
  if (locations.length !== 1 || !only?.region) return [...locations];
  const row = findLabelled(blocks, ['län', 'fylke', 'county', 'region', 'province', 'state'])?.trim();
  if (!row || row.length > 40) return [...locations];
  const region = only.region.toLocaleLowerCase();
  const fuller = row.toLocaleLowerCase().startsWith(region) && /^s?\s+(?:län|fylke|county|region|province)$/u.test(row.slice(region.length).toLocaleLowerCase());
  return fuller ? [{ ...only, region: row }] : [...locations];
}

/**
 * v59: "Hofn" the JobPosting's one place, "Location: Höfn, Hornafjörður" the page's row: the name the row adds after the data's
 * town (one no register knows as a town, the data never naming it, the ad's prose never either) is the town's municipality or
 * area, no second place; "Arbetsorter: Skinnskatteberg, Kolsva" over "… runt Skinnskatteberg och … vid Kolsva" names two.
 */
export function areaAfterDataTown(locations: readonly JobLocation[], structured: readonly JobLocation[], blocks: readonly TextBlock[]): JobLocation[] {
  const [town, area] = locations;
  const data = structured.length === 1 ? structured[0]!.city : undefined;
  if (locations.length !== 2 || !data || !town?.city || !area?.city || town.region || area.region) return [...locations];
  const inProse = blocks.some((b) => b.tag === 'p' && b.text.includes(area.city!));
  const agrees = !inProse && foldTerm(town.city) === foldTerm(data) && area.country === town.country && knownTown(area.city) === undefined && foldTerm(area.city) !== foldTerm(data);
  return agrees ? [{ ...town, region: area.city }] : [...locations];
}

/** "PK": "pakistan", the names the code goes by in the languages the ads are read in. */
function namesOf(code: string): readonly string[] {
  const upper = code.trim().toUpperCase();
  const listed = NAMES[upper] ?? [];
  if (!/^[A-Z]{2}$/u.test(upper)) return listed;
  const named = regionNames().map((names) => {
    try {
      return names.of(upper)?.toLocaleLowerCase();
    } catch {
      return undefined;
    }
  });
  return [...listed, ...named.filter((n): n is string => n !== undefined && n !== upper.toLocaleLowerCase())];
}

let displayNames: Intl.DisplayNames[] | undefined;
/** The country names in English, Norwegian and Swedish, made once for every page read. */
function regionNames(): Intl.DisplayNames[] {
  displayNames ??= ['en', 'nb', 'sv'].map((lang) => new Intl.DisplayNames([lang], { type: 'region' }));
  return displayNames;
}
