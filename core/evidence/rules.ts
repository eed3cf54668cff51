import { planOfOthers } from './others-plans';
import type { ClipKind, EvidencePrompt, Lang, Prompt, Structure } from '../prompts/types';
import { hasEvidence } from '../prompts/types';
import { compileCues, matchCues, openingCues, type CueMatcher } from './cues';
import { YEAR_OR_MONTH } from './figures';
import { opensWithShare } from './gaps-in-practice';
import { isRoleLine } from './people';
import { structuresFound } from './structures';
import { NUMBER_WORD } from './unit-head-count';
import { withoutRoleUnits } from './unit-roles';

/**
 * A prompt's evidence rule compiled for one language and one kind of clip, and the judgements made
 * of one sentence against it: how many cues it holds, whether it says something else, whether it
 * opens with a unit's name. Ranking the hits is score.ts's and keep.ts's.
 */
export interface Rule {
  promptId: string;
  cues: CueMatcher;
  pairs: Array<readonly [CueMatcher, CueMatcher]>;
  headings: CueMatcher;
  broader?: CueMatcher;
  not?: CueMatcher;
  notOpenings?: CueMatcher;
  notTargets?: CueMatcher;
  notLeaders?: CueMatcher;
  /** A plan whose subject is someone outside the company is not evidence (others-plans.ts). */
  notOthers: boolean;
  people: boolean;
  namedInSection: boolean;
  structures: Structure[];
  borrows?: { promptId: string; weight: number };
}

/** A sentence under a heading such as "Vår visjon" is worth two passing mentions. */
export const HEADING_WEIGHT = 2;
export const FIRST_CUE_WEIGHT = 1;
export const EXTRA_CUE_WEIGHT = 0.5;
const MAX_COUNTED_CUES = 3;

export function compileRules(prompts: readonly Prompt[], lang: Lang, clipKind: ClipKind | undefined): Rule[] {
  return prompts
    .filter((p): p is EvidencePrompt => hasEvidence(p))
    .filter((p) => !clipKind || !p.evidence.clipKinds || p.evidence.clipKinds.includes(clipKind))
    .map(({ id, evidence }) => ({
      promptId: id,
      cues: compileCues(evidence.cues[lang], lang),
      pairs: (evidence.pairedCues?.[lang] ?? []).map(([a, b]) => [compileCues(a, lang), compileCues(b, lang)] as const),
      headings: compileCues((evidence.headingCues ?? evidence.cues)[lang], lang),
      ...(evidence.broaderCues ? { broader: compileCues(evidence.broaderCues[lang], lang) } : {}),
      ...(evidence.notCues ? { not: compileCues(evidence.notCues[lang], lang) } : {}),
      ...(evidence.notOpenings ? { notOpenings: compileCues(evidence.notOpenings[lang], lang) } : {}),
      ...(evidence.notTargets ? { notTargets: compileCues(evidence.notTargets[lang], lang) } : {}),
      ...(evidence.notLeaders ? { notLeaders: compileCues(evidence.notLeaders[lang], lang) } : {}),
      notOthers: evidence.notOthersPlans === true,
      people: evidence.units === 'people',
      namedInSection: evidence.namedInSection === true,
      structures: evidence.structures ?? [],
      ...(evidence.borrows && clipKind && evidence.borrows.clipKinds.includes(clipKind)
        ? { borrows: { promptId: evidence.borrows.promptId, weight: evidence.borrows.weight } }
        : {}),
    }));
}

/** Words that open a sentence without naming a unit: the company or the reader speaking, pointing, or counting ("Two customers …"). */
const NOT_A_UNIT = new RegExp(
  '^(?:we|our|you|your|the|this|these|it|they|there|here|each|every|all|both|vi|vår|vårt|våre|våra|du|ni|dere|det|den|de|dette|denne|detta|denna|her|här|der|där|' +
    'alle|alla|begge|båda|hver|varje|selskapet|bolaget|företaget|konsernet|koncernen|the company|the group|' +
    'two|three|four|five|six|seven|eight|nine|ten|some|many|most|several|few|' +
    'to|tre|fire|fem|seks|sju|syv|åtte|ti|noen|mange|flere|få|två|fyra|sex|åtta|nio|tio|några|många|flera|' +
    // … or setting a time or place ("Till 2028 ska …", "Vinteren 2025 …"), or naming the board or the management.
    'in|on|at|for|by|from|until|next|last|today|i|på|för|fra|från|med|under|etter|efter|innen|senast|till|neste|nästa|idag|' +
    'spring|summer|autumn|winter|våren|sommeren|høsten|vinteren|sommaren|hösten|vintern|styret|styrelsen|ledelsen|ledningen|board|' +
    // … or a person speaking or spoken of, or everything at once.
    'i|he|she|jeg|eg|han|hun|hon|jag|hen|everything|alt|allt)$',
  'iu',
);
const MIN_NAMED_WORDS = 6;

/** The most capitalised words a unit's name may take ("Enheten Terminal Väst"). */
const MAX_NAME_WORDS = 4;
/** A present doing word after the name: "forecasts", "runs", "lager", "säljer"; not "was", "var", "bought", "betalade". */
const PRESENT_VERB = /^(?:\p{Ll}+s|\p{Ll}+r)$/u;
const PAST_OR_PLURAL = /^(?:was|var|less|ss)$|ss$/u;
/** Prepositions and joining words that end like a doing word: "Revenue for the half year was …" names no unit. */
const NOT_A_VERB = /^(?:for|för|før|after|under|over|per|or|nor|our|your|their|other|either|whether|etter|efter|eller|across|towards|unless|as|plus|versus)$/u;
const PLACE_PREPOSITION = /^(?:på|i|in|at|ved|vid)$/u;
const LEGAL_FORM = /^(?:AB|AS|ASA|SA|Ltd|Limited|plc|PLC|LLP|Inc|GmbH|Oy|ApS|A\/S|HB|KB|ANS|DA)$/u;

/**
 * A sentence that opens with a unit's name and says what the unit does now: "Bokbinderiet lager …",
 * "Central Planning forecasts …", "Marknad säljer …". Not one that tells what happened ("Kommunen betalade …",
 * "Players bought …"), nor one that names something else first ("Reklamationerna på fönster …").
 */
export function opensWithName(sentence: string): boolean {
  const tokens = sentence.trim().split(/\s+/).map((t) => t.replace(/[^\p{L}'-]/gu, ''));
  const first = tokens[0]?.replace(/[^\p{L}]/gu, '') ?? '';
  // A question ("Vil du høre mer?") asks the reader; it names nothing.
  if (sentence.trim().endsWith('?') || tokens.length < MIN_NAMED_WORDS) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(first) || NOT_A_UNIT.test(first)) return false;
  let at = 1;
  while (at < MAX_NAME_WORDS && /^\p{Lu}/u.test(tokens[at] ?? '')) at += 1;
  // A legal form names the company itself: "Brantevik Försäkring AB står under …".
  if (tokens.slice(0, at).some((t) => LEGAL_FORM.test(t))) return false;
  // … and where it sits: "Energihandel på Bømoen selger …", "Central Planning in Leeds forecasts …".
  if (PLACE_PREPOSITION.test(tokens[at] ?? '') && /^\p{Lu}/u.test(tokens[at + 1] ?? '')) at += 2;
  const verb = tokens[at] ?? '';
  return PRESENT_VERB.test(verb) && !PAST_OR_PLURAL.test(verb) && !NOT_A_VERB.test(verb);
}

const MAX_TITLE_WORDS = 4;

/** A job title as a heading ("Verkstedleder", "Head of Strategy") names the role, not a section on a unit or a plan. */
export function isJobTitle(heading: string): boolean {
  return heading.trim().split(/\s+/).length <= MAX_TITLE_WORDS && isRoleLine(heading);
}

/**
 * A year, a month or "last year" makes a sentence an event: "When a storm cut the power in March …" happened,
 * where "When a bill run fails, …" is a routine.
 */
const LAST_YEAR_OR_DAY = /^(?:yesterday|fjor|fjol|igår)$/;
const dated = (word: string): boolean => YEAR_OR_MONTH.test(word) || LAST_YEAR_OR_DAY.test(word);

/** A head count or the unit's make-up: "a team of 12 developers", "består av åtte utviklere" (a year is no count). */
// Not "to" (English "report to") nor "ni" (Swedish "you").
// Not an hour ("after 3 pm", "etter klokken 22").
const HOUR = (words: readonly string[], i: number): boolean => /^(?:pm|am|o'clock)$/.test(words[i + 1] ?? '') || /^(?:klokken|klokka|klockan|kl)$/.test(words[i - 1] ?? '');
const countsPeople = (words: readonly string[]): boolean =>
  words.some((w, i) => (/^(?:\d{1,3}|consists|består)$/.test(w) && !HOUR(words, i)) || (NUMBER_WORD.test(w) && w !== 'to' && w !== 'ni'));

/** A sentence that holds the rule's cues but says something else (see `notCues`, `notOpenings`, `notLeaders`). */
export function saysSomethingElse(rule: Rule, sentenceWords: readonly string[], sentence?: string): boolean {
  if (rule.not && matchCues(sentenceWords, rule.not).length > 0) return true;
  // A deadline makes a target of it, unless it names the prompt itself ("Vår visjon er å … innen 2035").
  if (rule.notTargets && matchCues(sentenceWords, rule.notTargets).length > 0 && matchCues(sentenceWords, rule.headings).length === 0) return true;
  if (rule.notOthers && planOfOthers(sentenceWords, false, sentence)) return true;
  if (rule.notLeaders && matchCues(sentenceWords, rule.notLeaders).length > 0 && !countsPeople(sentenceWords)) return true;
  // "Hver fjerde vakt …", "Every third shift …" opens with a share, not with a habit of every one.
  if (!rule.notOpenings || sentenceWords.some(dated) || opensWithShare(sentenceWords)) return false;
  return openingCues(sentenceWords, rule.notOpenings).length > 0;
}

function cueScore(found: number): number {
  if (found === 0) return 0;
  return FIRST_CUE_WEIGHT + EXTRA_CUE_WEIGHT * (Math.min(found, MAX_COUNTED_CUES) - 1);
}

/** How much a sentence speaks to a rule by itself: its cues, its pairs of cues, the structures it shows (structures.ts). */
export function cueRelevance(rule: Rule, sentence: string, folded: readonly string[]): number {
  // A rule of units does not read the unit in a role's name ("team leaders", unit-roles.ts).
  const sentenceWords = rule.structures.includes('unit-subject') ? withoutRoleUnits(folded) : folded;
  const paired = rule.pairs.filter(([a, b]) => matchCues(sentenceWords, a).length > 0 && matchCues(sentenceWords, b).length > 0);
  return cueScore(matchCues(sentenceWords, rule.cues).length + paired.length + structuresFound(rule.structures, sentence, sentenceWords));
}
