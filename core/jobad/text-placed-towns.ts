import type { TextBlock } from '../model';
import { escapePattern } from '../text/pattern';
import { locationsFromText } from './location';
import type { JobLocation } from './types';

/**
 * "İzmir (Torbalı), Manisa" on the icon line under the heading, "… two plants, in Torbalı (İzmir) and in Manisa's
 * industrial zone" in the text: a header line of a few names no register knows, each of which (or the district in
 * brackets after it) the ad's own text puts the work in, names the job's places.
 */
const NAMES_LINE = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?(?:\s\(\p{Lu}[\p{L}'’ -]*\))?(?:,\s\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?(?:\s\(\p{Lu}[\p{L}'’ -]*\))?){0,2}$/u;
/** The words that put work in a place: "in Manisa", "i Lia", "på Holmsund", "at Kellwick", "on West Island", "vid Backa", "ved Lia". */
const IN = String.raw`(?<!\p{L})(?:in|i|på|at|on|vid|ved)\s+`;

export function townsTheTextPlaces(header: readonly TextBlock[], text: string): JobLocation[] {
  // The lines at the top of the ad, above its first section.
  const first = header.findIndex((b) => /^h[2-6]$/.test(b.tag));
  for (const { text: line } of header.slice(0, first < 0 ? 12 : first)) {
    if (line.length > 60 || !NAMES_LINE.test(line)) continue;
    const parts = line.split(/,\s/u).map((p) => /^(.+?)(?:\s\((.+)\))?$/u.exec(p)!.slice(1).filter((n): n is string => n !== undefined));
    const placed = (name: string): boolean => new RegExp(`${IN}${escapePattern(name)}(?!\\p{L})`, 'u').test(text);
    if (parts.every((names) => names.some(placed))) return locationsFromText(line);
  }
  return [];
}
