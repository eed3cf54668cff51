/**
 * A person named after their occupation at the opening of a Bokmål or Swedish sentence, the one the sentence is about:
 * "Producenten Elsa Segerfeldt hade ringt …", "Dirigenten Anton Hedlöf lät oss …", "Regissøren Kari Holm satte …". The
 * occupation is known by its shape (a trade's ending in its definite form), not from a list, so the conductor and the
 * producer count as the manager does (people.ts lists those roles). Only endings a trade of a person takes: "-eren"
 * names a firm as often ("Oppdretteren Skarvik Havbruk må …"). English is left out: a capitalised word in -er before two
 * more capitals is as often a firm or a magazine ("Calder Valley Cycles started …", "Outdoor Trade Review is …").
 * Not a place or a thing with a two-word name ("Hotellet Grand Central ligger …"), nor a title with no name after it.
 */
import { isPersonName } from './people';
import { bareToken } from './stems';

/** A trade's noun in its definite form: "Producenten", "Dirigenten", "Regissören", "Läraren", "Sjåføren", "Teknikeren". */
const NORDIC_OCCUPATION = /^\p{Lu}\p{Ll}{2,}(?:ent|ant|ist|ör|ør|or|are|graf|log)(?:en|n)$/u;
/** Words that end like a trade and are none: a time, a place, a group. */
const NOT_OCCUPATION = /^(?:momenten|kontinenten|elementen|dokumenten|segmenten|instrumenten|restauranten|motoren|sektoren|faktoren|traktoren|korridoren|interiören|kvarteren)$/iu;
const clean = (token: string | undefined): string => bareToken(token ?? '');

/** Whether a person's name of two or three words stands from `start`, runs on without a comma and is followed by a word in lower case. */
function nameFrom(tokens: readonly string[], start: number): boolean {
  return [start + 2, start + 3].some((end) => {
    const name = tokens.slice(start, end).map(clean).join(' ');
    const next = tokens[end] ?? '';
    // v52: "Virkesköparen Lappmarkens Skog planerar …": a first word in a place's genitive opens a firm's name, no person's.
    return isPersonName(name) && !/^\p{Lu}\p{Ll}{5,}ens$/u.test(clean(tokens[start])) && tokens.slice(start, end - 1).every((t) => !/[,.;:]$/u.test(t)) && /^\p{Ll}/u.test(next);
  });
}

/**
 * A title in the indefinite form, of one word or a few in lower case after the first, before the name: "Fiskehelsebiolog
 * Jon Arne Tjelde følger opp …", "Medicinskt ansvarig läkare Oskar Dahlström-Vinge leder …", "Fish health biologist Jon
 * Tjelde follows …". The title's last word is a trade by its ending; the words after the first are in lower case, so a
 * firm's capitalised name ("Calder Valley Cycles") is never one.
 */
const TRADE_ENDING = /(?:biolog|log|loge|lege|läkare|are|ør|ör|ist|graf|sjef|chef|leder|ledare|ingeniør|ingenjör|tekniker|sköterska|pleier|rådgiver|rådgivare|konsulent|koordinator|direktør|direktör|ologist|ician|ist|officer|nurse|manager|engineer|technician|adviser|advisor|coordinator|director)$/iu;
const MAX_TITLE_WORDS = 3;
/** An academic title between the role and the name: "Ämnesföreträdare professor Gunnel …", "Forskningsleder dr. Ola …", "Head teacher Dr Amy …". */
const ACADEMIC = /^(?:professor|prof\.?|docent|dosent|dr\.?|doctor|doktor)$/iu;
/** Where the name starts after a title ending at `at`: past an academic title, if one stands there. */
const nameStart = (tokens: readonly string[], at: number): number => (ACADEMIC.test(tokens[at] ?? '') ? at + 1 : at);

function titleBeforeName(tokens: readonly string[]): boolean {
  for (let length = 1; length <= MAX_TITLE_WORDS; length++) {
    const title = tokens.slice(0, length).map(clean);
    if (title.length < length || !/^\p{Lu}\p{Ll}/u.test(title[0]!) || !title.slice(1).every((w) => /^\p{Ll}+$/u.test(w))) return false;
    if (TRADE_ENDING.test(title[length - 1]!) && nameFrom(tokens, nameStart(tokens, length))) return true;
  }
  return false;
}

/** Whether the sentence opens with an occupation, a person's name of two or three words, and a word in lower case. */
export function occupationBeforeName(sentence: string): boolean {
  const tokens = sentence.trim().split(/\s+/);
  const first = clean(tokens[0]);
  if (!NOT_OCCUPATION.test(first) && NORDIC_OCCUPATION.test(first) && nameFrom(tokens, nameStart(tokens, 1))) return true;
  return titleBeforeName(tokens);
}
