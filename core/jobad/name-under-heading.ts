import { sameCompanyName as same } from '../company/names';
import { isMunicipality, knownTown, withoutLeadingSymbols } from '../places';
import { escapePattern } from '../text/pattern';
import { classifyHeading } from './headings';
import { isFactLabel } from './labels';
import type { JobAdInput } from './types';

// The employer's name on a line of its own under an ad's heading, as boards write it.

/** A line that can be a company's name: a few capitalised words, no figures, no sentence. */
const NAME_LINE = /^[\p{Lu}\d][\p{L}\d&.'’-]*(?:\s+(?:&|og|och|and|of|[\p{Lu}\d][\p{L}\d&.'’-]*)){0,5}$/u;

/**
 * On a board, the line right under the ad's heading names the employer (Indeed, LinkedIn and
 * FINN all put it there), with or without a legal form: "Ashby & Crane Engineering".
 */
export function nameUnderHeading(input: JobAdInput): string | undefined {
  const header = input.lines?.header ?? [];
  // A heading styled as a div is the page's heading too when the capture read it as one.
  const at = header.findIndex((b) => (/^h[12]$/.test(b.tag) || input.lines?.h1 !== undefined) && (b.text === input.lines?.h1 || b.tag === 'h1'));
  if (at < 0) return undefined;
  const line = header[at + 1];
  const text = line && !/^h[1-6]$/.test(line.tag) && line.text.length <= 60 ? line.text.trim() : undefined;
  if (!text || !NAME_LINE.test(text) || knownTown(text) || isFactLabel(text) || classifyHeading(text) || same(text, input.siteName) || /\d/.test(text) || HOURS_OR_TERMS.test(text)) return undefined;
  return text;
}

const HOURS_OR_TERMS = /(?<!\p{L})(?:full[- ]?time|part[- ]?time|permanent|contract|heltid|deltid|fast|vikariat|tillsvidare|remote|hybrid|apply|søk|ansök)(?!\p{L})/iu;

/**
 * On a board the list does not know, the line under the heading names the employer when the ad's opening
 * sentence is about it: "The Copper Kettle" under the heading, "The Copper Kettle is a family-run café …".
 */
export function nameTheOpeningRepeats(input: JobAdInput): string | undefined {
  const name = nameUnderHeading(input);
  if (!name) return undefined;
  const opening = input.blocks.filter((b) => b.tag === 'p').slice(0, 2);
  const told = new RegExp(String.raw`^${escapePattern(name)}(?:['’]s)?\s+(?:is|are|was|has|er|var|har|driver|är)\s`, 'u');
  return opening.some((b) => told.test(b.text)) ? name : undefined;
}

/**
 * "Sørbø Hotell og Spiseri · Sogndal · Frist 1/2-2027" under the heading: the name standing beside the town; or above
 * the town's own line ("Kingsmere Shared Services", then "Worcester"), as many boards lay their icon lines out.
 */
export function nameBesideTown(input: JobAdInput): string | undefined {
  const header = input.lines?.header ?? [];
  // The heading as the board marks it up: an h1 or h2, or a styled div the page reads as its heading.
  const at = header.findIndex((b) => !!input.lines?.h1 && b.text === input.lines.h1);
  const [line, below] = at >= 0 ? [header[at + 1]?.text, header[at + 2]?.text] : [];
  const parts = line?.split(/\s+[·•|]\s+/) ?? [];
  if (parts.length === 1 && below && knownTown(withoutLeadingSymbols(below))) parts.push(below);
  // "Sølvsberget Gartneri · Gran": a municipality whose name is also a word ("gran", spruce) is a town beside a name.
  const town = (p: string): boolean => !!knownTown(p) || (/^\p{Lu}/u.test(p) && isMunicipality(p));
  if (parts.length < 2 || !parts.slice(1).some(town)) return undefined;
  const name = parts[0]!.trim();
  const plain = name.split(/\s+/).length >= 2 && NAME_LINE.test(name) && !knownTown(name) && !HOURS_OR_TERMS.test(name) && !isFactLabel(name);
  return plain && !same(name, input.siteName) ? name : undefined;
}
