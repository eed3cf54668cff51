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

/** Whether the sentence opens with an occupation, a person's name of two or three words, and a word in lower case. */
export function occupationBeforeName(sentence: string): boolean {
  const tokens = sentence.trim().split(/\s+/);
  const first = clean(tokens[0]);
  if (NOT_OCCUPATION.test(first) || !NORDIC_OCCUPATION.test(first)) return false;
  return [3, 4].some((end) => {
    const name = tokens.slice(1, end).map(clean).join(' ');
    const next = tokens[end] ?? '';
    return isPersonName(name) && tokens.slice(1, end - 1).every((t) => !/[,.;:]$/u.test(t)) && /^\p{Ll}/u.test(next);
  });
}
