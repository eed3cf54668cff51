import { isMunicipality, knownTown } from '../places';
import type { JobLocation } from './types';
import { escapePattern } from '../text/pattern';
import { TERMS_PART } from './place-rows';

/** A line that is a town alone: one a register knows, or a municipality's name written with a capital ("Åre", "Ål"). */
function townAlone(line: string | undefined): string | undefined {
  const text = line?.trim() ?? '';
  return knownTown(text) ?? (/^\p{Lu}/u.test(text) && isMunicipality(text) ? text : undefined);
}

/**
 * "Östersund", then "Åre": the header's tags after a town standing alone that are towns standing alone too are the
 * job's other places (a board writes each place as a tag of its own).
 */
export function tagsAfter(header: readonly string[], at: number, text = ''): JobLocation[] {
  const first = knownTown(header[at]?.trim() ?? '');
  if (!first) return [];
  // "Gnosjö", then "Hillerstorp", a village no register knows, that the ad's text names with it ("i Gnosjö och Hillerstorp").
  const listed = (line: string | undefined): string | undefined => {
    const name = line?.trim() ?? '';
    const joined = (a: string, b: string): string => `${escapePattern(a)}(?:,\\s*|\\s+(?:og|och|and|&)\\s+)${escapePattern(b)}`;
    return /^\p{Lu}[\p{L}-]{2,}$/u.test(name) && new RegExp(`(?<!\\p{L})(?:${joined(first, name)}|${joined(name, first)})(?!\\p{L})`, 'u').test(text) ? name : undefined;
  };
  const more: JobLocation[] = [];
  for (let i = at + 1, next = townAlone(header[i]) ?? listed(header[i]); next; i++, next = townAlone(header[i]) ?? listed(header[i])) more.push({ city: next });
  return more;
}

/** "Tømrer – Tromsø og Finnsnes": each town a short line names, where reading the line as a place found fewer. */
export function eachTown(places: readonly JobLocation[], inLine: readonly string[], line: string): JobLocation[] {
  const cities = places.filter((l) => l.city);
  // "Lakselv, Porsanger": a town that is no municipality, then the municipality it lies in, is one place.
  const towns = inLine.filter((t, i) => !(i > 0 && isMunicipality(t) && !isMunicipality(inLine[i - 1]!) && line.includes(`${inLine[i - 1]}, ${t}`)));
  return towns.length > cities.length ? towns.map((town) => cities.find((l) => l.city === town) ?? { city: town }) : cities;
}

/** v61: "Heltid · Dals-Ed · Sök senast 10 januari 2027": a header line's hours and terms are no village before the town. */
export function withoutTermsParts(line: string): string {
  const parts = line.split(/\s+[·•|]\s+/u);
  return parts.length > 1 && parts.some((p) => TERMS_PART.test(p.trim())) ? parts.filter((p) => !TERMS_PART.test(p.trim())).join(' · ') : line;
}
