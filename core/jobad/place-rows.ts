import type { TextBlock } from '../model';
import { findAllLabelled, findLabelled } from './labels';
import { isCountry, isRegion, isStateCode, locationsFromText } from './location';
import type { JobLocation } from './types';

/** "Songinokhairkhan district", "Grünerløkka bydel": a part of the town, no region of it. */
const PART_OF_TOWN = /(?<!\p{L})(?:district|borough|ward|quarter|bydel|stadsdel)$/iu;
/** "Oslo, Hybrid; Bergen, Hybrid": how the work is done, no region. */
const HOW_WORKED = /^(?:hybrid|remote|on-?site|hjemmekontor|distans|fjernarbeid)$/iu;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s[\p{L}'’.-]+){0,3}$/u;

/**
 * "Ulaanbaatar, Songinokhairkhan district; Dalanzadgad, Ömnögovi": a place row that splits its places with
 * semicolons gives each place as its town and what stands after the comma, a region or country (a part of the town
 * is neither).
 */
export function placesSplitBySemicolons(row: string): JobLocation[] | undefined {
  const parts = row.split(/\s*;\s*/u).filter(Boolean);
  if (parts.length < 2 || parts.length > 8) return undefined;
  const places = parts.map((part) => part.split(/\s*,\s*/u));
  // "Canberra ACT; Adelaide SA": without a comma in any, each place is read as a row of one place is.
  if (!places.some((p) => p.length === 2) || !places.every((p) => p.length <= 2 && p.every((w) => NAME.test(w) && !HOW_WORKED.test(w)))) return undefined;
  return places.flatMap(([city, after]) =>
    !after ? locationsFromText(city!).slice(0, 1) : PART_OF_TOWN.test(after) ? [{ city: city! }] : isCountry(after) ? [{ city: city!, country: after }] : [{ city: city!, region: after }],
  );
}

/**
 * "Town: San Pedro, Ambergris Caye" and "District: Belize District": the region a row of its own names is the town's
 * region, over a part of the town row that no register knows as one (an island, a district).
 */
/** "Belize District", "Saint George Parish": a row that names itself a region ('Division: Corporate Services' does not). */
const REGION_WORD = /(?<!\p{L})(?:district|county|province|region|parish|län|fylke)$/iu;
export function withRegionRow(places: JobLocation[], region: string | undefined): JobLocation[] {
  const named = region?.trim();
  if (!named || places.length !== 1) return places;
  const [place] = places;
  // "Bend, OR" over "Division: Youth Services": a state's code is a region already.
  return place!.city && place!.region && !isRegion(place!.region) && !/^\p{Lu}{2,3}$/u.test(place!.region) && (isRegion(named) || REGION_WORD.test(named))
    ? [{ ...place!, region: named }]
    : places;
}

/** The hours and terms a row runs on into after a bar: "Sunne | Heltid, tillsvidare | Publicerad 2 december 2026". */
export const TERMS_PART = /^(?:heltid|deltid|fast|fast stilling|tillsvidare|vikariat|sesong|full[- ]time|part[- ]time|permanent|temporary|publicerad|publisert|published|posted)(?!\p{L})/iu;

/** A place row cut before the first part after a bar (or a dot) that gives the hours, the terms or the date. */
export function beforeTermsPart(row: string): string {
  // v65: or a dot ("Alsen · Deltid · Tillsvidare", spans the page set apart).
  const bar = /\s+\|\s+/u.test(row) ? ' | ' : ' · ';
  const parts = row.split(bar === ' | ' ? /\s+\|\s+/u : /\s+·\s+/u);
  const at = parts.findIndex((p, i) => i > 0 && TERMS_PART.test(p.trim()));
  return at > 0 ? parts.slice(0, at).join(bar) : row;
}

/**
 * "Arbetsort: Knäred" and "Kommun: Laholm", "Arbeidssted: Vinstra" and "Kommune: Nord-Fron": the municipality's own row
 * beside a place row names where the place lies, no second place.
 */
export function withoutMunicipalityRow(blocks: readonly TextBlock[], rows: readonly string[]): string[] {
  const municipalities = new Set(findAllLabelled(blocks, ['kommune', 'kommun', 'municipality'], 3).map((v) => v.trim()));
  const others = rows.filter((r) => !municipalities.has(r.trim()));
  return others.length > 0 ? others : [...rows];
}

/** "State" over "NSW" (v51): a state's row, where its value is a state's code or a region the register knows ("State: Open" is none). */
export function stateRow(blocks: readonly TextBlock[]): string | undefined {
  const value = findLabelled(blocks, ['state', 'territory', 'state/territory'])?.trim();
  return value && (isStateCode(value) || isRegion(value)) ? value : undefined;
}

/** v52: "District: Kaikōura" beside "Region: Canterbury" (New Zealand's boards): a district no register knows as a region is named for its town, the place. */
export function districtTown(blocks: readonly TextBlock[]): JobLocation | undefined {
  const [district, region] = [findLabelled(blocks, ['district'])?.trim(), findLabelled(blocks, ['region'])?.trim()];
  if (!district || !region || district === region || !NAME.test(district) || isRegion(district) || isCountry(district) || REGION_WORD.test(district)) return undefined;
  return { city: district, region };
}
