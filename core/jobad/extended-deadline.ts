import type { TextBlock } from '../model';
import { findDate } from './dates';

/** Extending a deadline: "förlängt", "forlenget", "forlænget", "extended", "prolonged", "utsatt", "pushed back". */
const EXTENDED = String.raw`(?:förläng\p{L}*|forleng\p{L}*|forlæng\p{L}*|extended|extending|prolonged|utsatt|utskjut\p{L}*|pushed back|moved)`;
/** What is extended: the deadline, the application period, the closing date. */
const DEADLINE = String.raw`(?:ansökningstid\p{L}*|ansökningsperiod\p{L}*|sista ansökningsdag\p{L}*|søknadsfrist\p{L}*|soknadsfrist\p{L}*|ansøgningsfrist\p{L}*|fristen|deadline|closing date|application (?:period|window)|applications? (?:will )?close)`;
/** "… till den 31 januari 2027", "… til 15. januar", "… to 31 January 2027", "… until Friday 9 January". */
const UNTIL = String.raw`(?:till(?: och med| den)?|til(?: og med)?|to|until|till den|fram till|frem til)`;

const SENTENCE = new RegExp(
  String.raw`(?<!\p{L})(?:${EXTENDED}(?:[^.!?\n]|\.(?=\S)){0,60}?${DEADLINE}|${DEADLINE}(?:[^.!?\n]|\.(?=\S)){0,60}?${EXTENDED})(?:[^.!?\n]|\.(?=\S)){0,30}?\s${UNTIL}\s`,
  'giu',
);

/**
 * The deadline the page says was extended: "Vi har förlängt ansökningstiden till den 31 januari 2027",
 * "Søknadsfristen er forlenget til 15. januar", "The closing date has been extended to 31 January 2027".
 * It beats every other date the page or its structured data gives, which are the first, now passed.
 */
export function extendedDeadline(blocks: readonly TextBlock[], reference?: string): string | undefined {
  for (const block of blocks) {
    for (const m of block.text.matchAll(SENTENCE)) {
      const date = findDate(block.text.slice(m.index + m[0].length, m.index + m[0].length + 40), reference);
      if (date) return date;
    }
  }
  return undefined;
}
