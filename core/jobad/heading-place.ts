import { isCountry, isRegion } from './location';
import { escapePattern } from '../text/pattern';
import { tidyTitle } from './title-tidy';
import { isOtherAdsHeading } from './headings';
import type { JobAdInput, JobLocation } from './types';

/** "Quality Assurance Executive (Shah Alam)", "Lagerarbetare – Sörbyn": the place a heading names as its tail. */
const TAIL = /(?:\s*\(([^()]{2,40})\)|\s+[-–—]\s+([^–—()-]{2,40}))\s*$/u;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u;
const PIN_LINE = /^\s*(?:📍|📌|⚲)\uFE0F?\s*([^\p{Extended_Pictographic}\p{So}]+?)\s*(?:[\p{Extended_Pictographic}\p{So}]|$)/u;

const tailOf = (text: string): string | undefined => {
  const m = TAIL.exec(text);
  return (m?.[1] ?? m?.[2])?.trim();
};

/** The heading's tail in brackets or after a dash; where that is its terms ("– Adamstown (part-time, 60 %)"), the tail before them. */
function headingTail(heading: string | undefined): string | undefined {
  if (!heading) return undefined;
  const raw = tailOf(heading);
  return raw && NAME.test(raw) ? raw : tailOf(tidyTitle(heading));
}

/**
 * "Quality Assurance Executive (Shah Alam)" over the line "Shah Alam, Selangor": a town the heading names as its
 * tail, that a line beside the heading writes again with its region or country, is the job's place, whether or not
 * a register knows the town.
 */
export function placeTheHeadingNames(input: JobAdInput): JobLocation[] {
  const heading = input.lines?.h1 ?? input.blocks.find((b) => b.tag === 'h1')?.text ?? input.blocks.find((b) => b.tag === 'h2')?.text;
  const town = headingTail(heading);
  // v59: "Production Operative – Crab Processing – Castlebay & Northbay" over "… a unit at Castlebay and a shed at Northbay": both.
  const pair = town?.split(/\s+(?:&|and|og|och)\s+|\s*\/\s*/u);
  if (pair?.length === 2 && pair.every((t) => NAME.test(t) && !isCountry(t) && !isRegion(t) && textSeats(input, t, heading))) return pair.map((city) => ({ city }));
  if (!town || !NAME.test(town) || isCountry(town) || isRegion(town)) return townOfNameLine(input);
  for (const { text } of input.lines?.header ?? []) {
    const line = text.trim();
    if (line === heading || line.length > 60 || !line.startsWith(`${town},`)) continue;
    const rest = line.slice(town.length + 1).trim();
    if (!(NAME.test(rest) || isRegion(rest)) || /\s(?:kommune|kommun|herad)$/u.test(rest)) continue;
    return [isCountry(rest) ? { city: town, country: rest } : { city: town, region: rest }];
  }
  // "Cold Storage Shift Supervisor – Tafuna" over "… our freezer warehouse … in Tafuna": the ad's text seats it there too; v62: or
  // the board's own "Other jobs near Winton" under "Head Stockperson – Winton".
  return textSeats(input, town, heading) || othersNear(input, town) ? [{ city: town }] : townOfNameLine(input);
}

/** v62: the board's heading of other ads near the town ("Other jobs near Winton", "Fler jobb i Vansbro"). */
function othersNear(input: JobAdInput, town: string): boolean {
  const near = new RegExp(String.raw`\s(?:near|in|around|i|på|nära|nær)\s+${escapePattern(town)}:?$`, 'u');
  return [...input.blocks, ...(input.lines?.header ?? [])].some((b) => /^h[2-6]$/.test(b.tag) && isOtherAdsHeading(b.text.trim()) && near.test(b.text.trim()));
}

/** The ad's text, but the line itself, names the place after a word of place or a comma ("in Tafuna", "Taylors Road, Burnt Pine"). */
export function textSeats(input: JobAdInput, town: string, line?: string): boolean {
  const seated = new RegExp(String.raw`(?:(?<!\p{L})(?:in|i|på|at|ved|vid)\s+|,\s+)${escapePattern(town)}(?!\p{L})`, 'u');
  return input.blocks.some((b) => b.text !== line && b.tag !== 'li' && seated.test(b.text));
}

/** The ad's own prose, but the line itself, names the place at all. */
function textNames(input: JobAdInput, town: string, line: string): boolean {
  const named = new RegExp(String.raw`(?<!\p{L})${escapePattern(town)}(?!\p{L})`, 'u');
  return input.blocks.some((b) => b.text !== line && b.tag === 'p' && named.test(b.text));
}

/**
 * "Anson Bay Store · Burnt Pine" under the heading: a line of the header giving a name of several words, then one of a
 * few that the ad's text seats the business in, is the employer and its town (a board's sub line), known or not.
 */
function townOfNameLine(input: JobAdInput): JobLocation[] {
  for (const { text } of (input.lines?.header ?? []).slice(0, 40)) {
    // "📍 Bjorli 🕒 Deltid · Engasjement": the name a pin draws before the next fact's symbol, the text seating the work there.
    const pinned = PIN_LINE.exec(text)?.[1]!.trim();
    // v54: "📍 Fort Frances 🕒 Posted …" over "… at the Fort Frances – International Falls crossing": a pin's name the text names too.
    if (pinned && NAME.test(pinned) && !isCountry(pinned) && !isRegion(pinned) && (textSeats(input, pinned, text) || textNames(input, pinned, text))) return [{ city: pinned }];
    const parts = text.trim().split(/\s+[·•]\s+/u);
    if (parts.length !== 2 || text.length > 80 || !/^\p{Lu}\S*(?:\s+\S+){1,4}$/u.test(parts[0]!)) continue;
    const town = parts[1]!;
    if (NAME.test(town) && !isCountry(town) && !isRegion(town) && textSeats(input, town, text)) return [{ city: town }];
  }
  return [];
}

/**
 * "Account Executive – Kuala Belait" over "Location: Belait": the row names the district the heading's town is named
 * for. The town, in that district.
 */
export function headingTownInDistrict(input: JobAdInput, place: JobLocation): JobLocation | undefined {
  const town = headingTail(input.lines?.h1 ?? input.blocks.find((b) => b.tag === 'h1')?.text);
  if (!town || !place.city || place.region || !NAME.test(town) || !town.endsWith(` ${place.city}`)) return undefined;
  return { ...place, city: town, region: place.city };
}

/** The words for another office of the firm: its head office, a sales or a regional office (merge.ts reads them too). */
export const OFFICE_WORDS = String.raw`(?:head ?office|headquarters|sales office|regional office|hovedkontor(?:et)?|hovudkontor(?:et)?|huvudkontor(?:et)?|salgskontor(?:et)?|säljkontor(?:et)?)`;
const OTHER_OFFICE = new RegExp(String.raw`(?<!\p{L})${OFFICE_WORDS}(?!\p{L})`, 'iu');
const THE_JOB = /(?<!\p{L})(?:role|position|job|post|you(?:'ll| will)?|based|stillingen|stillinga|jobben|tjänsten|jobbet|du|placert|plassert|placerad|stationert|stationerad)(?!\p{L})/iu;

/**
 * "… a Swedish packaging group with its head office in Borås. Our sales office is in Singapore.", "Vi har
 * hovedkontor i Oslo": a sentence that seats the employer's head office or another office in a town names no place of
 * the job; one that puts the job there ("The role is based at our head office in Leeds") still does.
 */
export function withoutOtherOffices(line: string): string {
  if (!OTHER_OFFICE.test(line)) return line;
  return line
    .split(/(?<=[.!?])\s+/u)
    .filter((sentence) => !OTHER_OFFICE.test(sentence) || THE_JOB.test(sentence))
    .join(' ');
}
