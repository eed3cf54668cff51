import { joinsNext } from './abbreviations';

/** Longer sentences are cut at clause boundaries: a quote should fit on a card. */
export const MAX_SENTENCE_CHARS = 320;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string | undefined): Intl.Segmenter | undefined {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return undefined;
  const key = lang ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      // An invalid language tag: fall back to the default locale's rules.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/** Where Intl.Segmenter is missing: break after . ! ? … before a capital, digit or quote. */
function splitByPunctuation(text: string): string[] {
  const parts: string[] = [];
  const boundary = /[.!?…]+["»”’')\]]*\s+(?=["«“(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    parts.push(text.slice(start, end));
    start = end;
  }
  parts.push(text.slice(start));
  return parts;
}

function rawSegments(text: string, lang: string | undefined): string[] {
  const segmenter = segmenterFor(lang);
  if (!segmenter) return splitByPunctuation(text);
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** ICU does not break before a dash that opens a quote: "…kundeservice. – Når en app svikter…". */
function splitAtQuoteDashes(segment: string): string[] {
  return segment.split(/(?<=[.!?…]["»”]?)\s+(?=[–—]\s)/u);
}

function joinAbbreviations(segments: readonly string[]): string[] {
  const joined: string[] = [];
  for (const segment of segments) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && joinsNext(previous, segment)) joined[joined.length - 1] = previous + segment;
    else joined.push(segment);
  }
  return joined;
}

const CLAUSE_BREAKS = [/[;:]\s/g, /\s[–—-]\s/g, /,\s/g, /\s/g];

/** Cut a long run of text at the latest clause break that leaves a piece of at most `max`. */
export function splitLong(text: string, max = MAX_SENTENCE_CHARS): string[] {
  if (text.length <= max) return [text];
  const minPiece = Math.floor(max * 0.4);
  for (const pattern of CLAUSE_BREAKS) {
    let cut = -1;
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (end > max) break;
      if (end >= minPiece) cut = end;
    }
    if (cut > 0) return [text.slice(0, cut).trim(), ...splitLong(text.slice(cut).trim(), max)];
  }
  return [text.slice(0, max), ...splitLong(text.slice(max), max)];
}

/**
 * The sentences of a block of text, in order, whitespace-normalised. Uses the
 * language's sentence rules where the runtime has them (service workers do),
 * repairs breaks after known abbreviations, and cuts over-long sentences.
 */
export function splitSentences(text: string, lang?: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  return joinAbbreviations(rawSegments(clean, lang).flatMap(splitAtQuoteDashes))
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .flatMap((s) => splitLong(s));
}
