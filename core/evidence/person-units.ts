import type { TextBlock } from '../model';
import { sentenceQuality } from './quality';
import { splitSentences } from './segment';
import { namedAsUnit, namesNoPerson } from './not-person-names';
import { inlinePerson, isPersonName, isRoleLine, nameWordsFrom, personAsSubject, rolesBeforeNames, wordCount } from './people';
import { bareName, NAME_PART } from './people-names';

/**
 * People as team pages and ads show them, read as one unit each: a name line, its role on a short line below and the
 * bio's first sentence; a "Name, role" line; a profile in prose; or a role line over a bio that names the person
 * ("Chairman" / "Tafue Lopati has chaired the board since 2022 …").
 */

const MIN_BIO_WORDS = 5;

export interface PersonUnit {
  /** The block the name stands in. */
  blockIndex: number;
  sentence: string;
  heading?: string;
  /** Sentences the unit holds, so they are not also shown on their own. */
  parts: string[];
  /** Indexes of the blocks it was read from. */
  blocks: number[];
}

/** Below this a line is page furniture, no bio: "Pennine Fibre Ltd · Company no. … · Privacy" under a signature. */
const MIN_BIO_QUALITY = 0.5;
const PAPERS_IMPRINT = /(?:^|·\s*)(?:ansvarlig|ansvarleg|ansvarig)\s+(?:redaktør|redaktör|utgiver|utgivare|utgjevar)\s*:\s*[^,·]+$|(?:^|·\s*)editor-in-chief\s*:\s*[^,·]+$/iu;

function firstSentence(block: TextBlock | undefined, lang: string): string | undefined {
  if (!block || /^h[1-6]$/.test(block.tag) || wordCount(block.text) < MIN_BIO_WORDS) return undefined;
  const first = splitSentences(block.text, lang)[0];
  return first !== undefined && sentenceQuality(first, block.tag) >= MIN_BIO_QUALITY ? first : undefined;
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim().replace(/[.:,;]+$/, '');

const PRONOUN_START = /^(?:hun|han|hen|hon|she|he|they)\s/iu;

/** A profile in prose: "Økonomisjef Kari Lie leder økonomi. Hun har lang erfaring …", read as one person. */
function proseProfile(block: TextBlock, lang: string): { sentence: string; parts: string[] } | undefined {
  if (/^h[1-6]$/.test(block.tag)) return undefined;
  const [first, second] = splitSentences(block.text, lang);
  if (!first || !second || !PRONOUN_START.test(second)) return undefined;
  const [person] = rolesBeforeNames(first);
  const opensWithRole = person !== undefined && first.trimStart().toLowerCase().startsWith(person.role.toLowerCase());
  if (!opensWithRole && !personAsSubject(first)) return undefined;
  return { sentence: `${first.trim()} ${second.trim()}`, parts: [first, second] };
}

/** "… says Lim Wei Ling, who now runs …", "sier Kari Lie", "säger Anna Ek": the speaker named after a verb of saying. */
const SAID_BY = new RegExp(String.raw`(?<!\p{L})(?:says|said|sier|seier|sa|sade|säger)\s+${NAME_PART}\s+${NAME_PART}`, 'u');

/** "Oddvar Lyngstad fordeler oppdragene …": a person's name, then a verb in lower case. */
function opensWithName(sentence: string): boolean {
  const tokens = sentence.trim().split(/\s+/);
  const { words, at } = nameWordsFrom(tokens, 0);
  return words.length >= 2 && at === words.length && isPersonName(words.join(' ')) && /^\p{Ll}/u.test(tokens[at] ?? '');
}

/**
 * A role line over a bio that names the person: "Chairman" / "Tafue Lopati has chaired the board since 2022 …",
 * "Daglig leder" / "Hilde Brattvåg har ledet …", "Teknisk chef" / "Mats Ehrnrooth ansvarar för …". The role alone is
 * a heading's fragment and the bio alone may not say the post; together they are the person.
 */
function roleOverBio(blocks: readonly TextBlock[], i: number, lang: string): { sentence: string; parts: string[] } | undefined {
  const role = blocks[i]!.text.trim();
  const next = blocks[i + 1];
  // A page's or a section's heading ("Data Engineer", "Letter from the CEO") over the first paragraph is no person's card.
  if (!next || /^h[12]$/.test(blocks[i]!.tag) || /^h[1-6]$/.test(next.tag) || wordCount(role) > 4 || /[.,:;!?]$/.test(role) || !isRoleLine(role) || inlinePerson(role)) return undefined;
  const bio = firstSentence(next, lang);
  if (!bio || !(opensWithName(bio) || personAsSubject(bio) || rolesBeforeNames(bio).length > 0 || SAID_BY.test(bio))) return undefined;
  return { sentence: `${clean(role)} – ${bio.trim()}`, parts: [blocks[i]!.text, bio] };
}

/**
 * "Hans Peter Berthelsen" / "Head guide, Icefjord team" / "Hans Peter trains every new guide …", "Leila Haddad" / "Konstruktör" /
 * "Leila ritar …": a short line between a name and a bio (a paragraph, not a menu's next item) that opens with the person's first
 * name is their post, in whatever words.
 */
function postOverOwnBio(name: string, line: string, bio: TextBlock | undefined): boolean {
  const first = bareName(name).split(/\s+/)[0]!;
  return bio?.tag === 'p' && wordCount(line) <= 6 && !/[.!?:]$/.test(line.trim()) && bio.text.trimStart().startsWith(`${first} `);
}

/** The people a clip's blocks present as name + role (+ the bio's first sentence). */
export function personUnits(blocks: readonly TextBlock[], lang: string): PersonUnit[] {
  const units: PersonUnit[] = [];
  let pageText: string | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    let name: string | undefined;
    let role: string | undefined;
    let bioAt = i + 1;
    if (isPersonName(block.text) && next && !/^h[1-6]$/.test(next.tag) && (isRoleLine(next.text) || postOverOwnBio(block.text, next.text, blocks[i + 2]))) {
      name = block.text.trim();
      role = next.text.trim();
      bioAt = i + 2;
    } else if (/^h[1-6]$/.test(block.tag) || wordCount(block.text) <= 6) {
      // A heading or a short line that is "Name, role": a sentence of its own would be too short to count.
      const inline = inlinePerson(block.text);
      // A paper's imprint ("Bladet · Ansvarlig redaktør: Ronny Eilertsen") names the paper's editor; with a post of the
      // company's after the name ("Ansvarig utgivare: Petra Ekvall, kommunikationsansvarig") a staff magazine's is one of its people.
      if (inline && !PAPERS_IMPRINT.test(block.text.trim()) && !namesNoPerson(inline.name) && !namedAsUnit(inline.name, (pageText ??= blocks.map((b) => b.text).join('\n')))) ({ name, role } = inline);
    }
    if (!name || !role) {
      const over = roleOverBio(blocks, i, lang);
      const prose = over ?? proseProfile(block, lang);
      if (prose) units.push({ blockIndex: i, ...(block.heading && !/^h[1-6]$/.test(block.tag) ? { heading: block.heading } : {}), ...prose, blocks: over ? [i, i + 1] : [i] });
      if (over) i += 1;
      continue;
    }
    const bio = firstSentence(blocks[bioAt], lang);
    // v51: "Rangi Mohi, Chief Executive" over "Registered office: 80 Lakefront Drive …": a labelled line or © is no bio.
    const useBio = bio && !isPersonName(blocks[bioAt]!.text) && !inlinePerson(blocks[bioAt]!.text) && !/^(?:[^.!?:]{2,30}:\s|©)/u.test(bio.trim());
    const sentence = `${clean(name)} – ${clean(role)}.${useBio ? ` ${bio.trim()}` : ''}`;
    const parts = [block.text, ...(bioAt > i + 1 ? [next!.text] : []), ...(useBio ? [bio] : [])];
    const heading = /^h[1-6]$/.test(block.tag) ? undefined : block.heading;
    const used = [i, ...(bioAt > i + 1 ? [i + 1] : []), ...(useBio ? [bioAt] : [])];
    units.push({ blockIndex: i, sentence, ...(heading ? { heading } : {}), parts, blocks: used });
    if (useBio) i = bioAt;
  }
  return units;
}

