/**
 * A company name reduced to what identifies it, so that the same employer
 * clipped from different sites lands on one company: "Nordlys Energi AS",
 * "NORDLYS ENERGI" and "Nordlys-Energi" all become `nordlys energi`.
 */

/** Legal-form suffixes as token runs (after punctuation is folded: "A/S" → `a s`, "Inc." → `inc`). */
const LEGAL_SUFFIXES: readonly string[][] = [
  'ab publ', 'a s', 'a s a', 'l l c', 's a', 'b v', 'n v', 'co ltd', 'pty ltd', 'sp z o o', 'ag', 'as', 'asa', 'ab', 'publ',
  'ltd', 'limited', 'inc', 'incorporated', 'llc', 'gmbh', 'oy', 'oyj', 'aps', 'sa', 'bv', 'nv', 'plc', 'corp',
  'corporation', 'co', 'ans', 'da', 'sas', 'srl', 'kb', 'hb', 'ehf', 'hf',
]
  .map((s) => s.split(' '))
  // Longest first, so "ab publ" goes before "ab".
  .sort((a, b) => b.length - a.length);

/** Letters the Nordic languages treat as their own, not as accented a/o. */
const KEEP = new Set(['æ', 'ø', 'å', 'ä', 'ö']);

function foldAccents(text: string): string {
  let out = '';
  for (const ch of text) out += KEEP.has(ch) ? ch : ch.normalize('NFD').replace(/\p{M}+/gu, '');
  return out;
}

function endsWith(tokens: readonly string[], suffix: readonly string[]): boolean {
  if (suffix.length >= tokens.length) return false;
  return suffix.every((t, i) => tokens[tokens.length - suffix.length + i] === t);
}

export function normalizeCompanyName(name: string): string {
  const folded = foldAccents(name.normalize('NFKC').toLowerCase()).replace(/ß/g, 'ss');
  let tokens = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // Strip suffixes repeatedly ("Acme Holding Co. Ltd"), but never the whole name ("AS" alone stays).
  for (let again = true; again; ) {
    again = false;
    for (const suffix of LEGAL_SUFFIXES) {
      if (endsWith(tokens, suffix)) {
        tokens = tokens.slice(0, tokens.length - suffix.length);
        again = true;
        break;
      }
    }
  }
  return tokens.join(' ');
}
