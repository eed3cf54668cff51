import type { TextBlock } from '../model';
import { PROMPTS } from '../prompts';
import { hasEvidence, type ClipKind, type EvidencePrompt, type Lang, type Prompt } from '../prompts/types';
import { compileCues, matchCues, openingCues, type CueMatcher } from './cues';
import { resolveLang } from './lang';
import { asList, inlinePerson, isRoleLine, mentionsPerson, namesByRelation, personUnits, rolesBeforeNames, signatureLine, withoutContactDetails } from './people';
import { linkListBlocks, sentenceQuality } from './quality';
import { splitSentences } from './segment';
import { tellsImprovement, tellsShortfall } from './shortfall';
import { fold, sentenceKey, words } from './stems';
import type { EvidenceHit } from './types';

/** Hits kept per prompt per clip: enough to choose from, small enough to store with the clip. */
export const DEFAULT_LIMIT = 5;

/** A sentence under a heading such as "Vår visjon" is worth two passing mentions. */
const HEADING_WEIGHT = 2;
const FIRST_CUE_WEIGHT = 1;
const EXTRA_CUE_WEIGHT = 0.5;
const MAX_COUNTED_CUES = 3;
/** Below this, a sentence is page chrome whatever it mentions. */
const MIN_QUALITY = 0.15;

export interface ScoreOptions {
  limit?: number;
  /** When known, prompts that do not look at this kind of clip are skipped. */
  clipKind?: ClipKind;
}

interface Rule {
  promptId: string;
  cues: CueMatcher;
  pairs: Array<readonly [CueMatcher, CueMatcher]>;
  headings: CueMatcher;
  broader?: CueMatcher;
  not?: CueMatcher;
  notOpenings?: CueMatcher;
  people: boolean;
  namedInSection: boolean;
  shortfalls: boolean;
  borrows?: { promptId: string; weight: number };
}

/** A sentence that opens with a unit's name, in a section where another sentence names a unit by a cue. */
const NAMED_IN_SECTION_WEIGHT = 0.5;
/** Words that open a sentence without naming a unit: the company or the reader speaking, pointing, or counting ("Two customers …"). */
const NOT_A_UNIT = new RegExp(
  '^(?:we|our|you|your|the|this|these|it|they|there|here|each|every|all|both|vi|vår|vårt|våre|våra|du|ni|dere|det|den|de|dette|denne|detta|denna|her|här|der|där|' +
    'alle|alla|begge|båda|hver|varje|selskapet|bolaget|företaget|konsernet|koncernen|the company|the group|' +
    'two|three|four|five|six|seven|eight|nine|ten|some|many|most|several|few|' +
    'to|tre|fire|fem|seks|sju|syv|åtte|ti|noen|mange|flere|få|två|fyra|sex|åtta|nio|tio|några|många|flera|' +
    // … or setting a time or place ("Till 2028 ska …", "Vinteren 2025 …"), or naming the board or the management.
    'in|on|at|for|by|from|until|next|last|today|i|på|för|fra|från|med|under|etter|efter|innen|senast|till|neste|nästa|idag|' +
    'spring|summer|autumn|winter|våren|sommeren|høsten|vinteren|sommaren|hösten|vintern|styret|styrelsen|ledelsen|ledningen|board)$',
  'iu',
);
const MIN_NAMED_WORDS = 6;

function opensWithName(sentence: string): boolean {
  const first = sentence.trim().split(/\s+/)[0]?.replace(/[^\p{L}]/gu, '') ?? '';
  return /^\p{Lu}\p{Ll}/u.test(first) && !NOT_A_UNIT.test(first) && sentence.trim().split(/\s+/).length >= MIN_NAMED_WORDS;
}

const MAX_TITLE_WORDS = 4;

function isJobTitle(heading: string): boolean {
  return heading.trim().split(/\s+/).length <= MAX_TITLE_WORDS && isRoleLine(heading);
}

/** A section heading over a sub-section's heading ("Our teams" over "Fabrication") counts half. */
const OUTER_HEADING_WEIGHT = HEADING_WEIGHT / 2;

/**
 * For each block, the heading one level above its own: blocks carry only the nearest heading, so a
 * card under "Our teams" › "Fabrication" would otherwise lose the section it belongs to.
 */
export function outerHeadings(blocks: readonly TextBlock[]): Array<string | undefined> {
  const stack: Array<{ level: number; text: string }> = [];
  return blocks.map((block) => {
    const level = /^h([1-6])$/i.exec(block.tag)?.[1];
    if (level) {
      while (stack.length && stack[stack.length - 1]!.level >= Number(level)) stack.pop();
      stack.push({ level: Number(level), text: block.text });
      return undefined;
    }
    const own = stack.findLastIndex((h) => h.text === block.heading);
    return own > 0 ? stack[own - 1]!.text : undefined;
  });
}

/** A sentence holding a broader view than the prompt asks for ("the group has 40 000 employees"). */
const BROADER_WEIGHT = 0.5;
/** A name with a role is people evidence in itself, as much as two cues. */
const PERSON_RELEVANCE = FIRST_CUE_WEIGHT + EXTRA_CUE_WEIGHT;

function compileRules(prompts: readonly Prompt[], lang: Lang, clipKind: ClipKind | undefined): Rule[] {
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
      people: evidence.units === 'people',
      namedInSection: evidence.namedInSection === true,
      shortfalls: evidence.shortfalls === true,
      ...(evidence.borrows && clipKind && evidence.borrows.clipKinds.includes(clipKind)
        ? { borrows: { promptId: evidence.borrows.promptId, weight: evidence.borrows.weight } }
        : {}),
    }));
}

/**
 * A year, a month or "last year" makes a sentence an event: "When a storm cut the power in March …" happened,
 * where "When a bill run fails, …" is a routine.
 */
const DATED = new RegExp(
  '^(?:(?:19|20)\\d{2}|january|february|march|april|june|july|august|september|october|november|december|' +
    'januar|februar|mars|mai|juni|juli|oktober|desember|januari|februari|maj|augusti|yesterday|fjor|fjol|igår)$',
);

/** A sentence that holds the rule's cues but says something else (see `notCues`, `notOpenings`). */
function saysSomethingElse(rule: Rule, sentenceWords: readonly string[]): boolean {
  if (rule.not && matchCues(sentenceWords, rule.not).length > 0) return true;
  if (!rule.notOpenings || sentenceWords.some((word) => DATED.test(word))) return false;
  return openingCues(sentenceWords, rule.notOpenings).length > 0;
}

function cueScore(found: number): number {
  if (found === 0) return 0;
  return FIRST_CUE_WEIGHT + EXTRA_CUE_WEIGHT * (Math.min(found, MAX_COUNTED_CUES) - 1);
}

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Hits far weaker than the clip's best for a prompt are passing mentions: when a
 * page has a "Vår visjon" section, a stray "visjon" elsewhere adds nothing.
 */
const RELATIVE_CUTOFF = 0.3;

function keepTop(hits: EvidenceHit[], limit: number): EvidenceHit[] {
  const seen = new Set<string>();
  // A loop, not Math.max(...scores): a long page has more hits than a call can take arguments.
  const best = hits.reduce((max, hit) => Math.max(max, hit.score), 0);
  return hits
    .sort((a, b) => b.score - a.score || a.blockIndex - b.blockIndex)
    .filter((hit) => {
      if (hit.score < best * RELATIVE_CUTOFF) return false;
      const key = sentenceKey(hit.sentence);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}

/**
 * Sentences of a clip that may answer each prompt, best first, at most
 * `limit` per prompt. A sentence counts when it holds one of the prompt's cues
 * or stands under a heading that matches the prompt's heading cues; the score
 * is that relevance times the sentence's quality (boilerplate scores ~0).
 */
export function scoreBlocks(
  blocks: readonly TextBlock[],
  lang: string | undefined,
  prompts: readonly Prompt[] = PROMPTS,
  options: ScoreOptions = {},
): EvidenceHit[] {
  const language = resolveLang(lang, blocks);
  const rules = compileRules(prompts, language, options.clipKind);
  const byPrompt = new Map<string, EvidenceHit[]>(rules.map((r) => [r.promptId, []]));
  const headingMatches = new Map<string, boolean[]>();
  const menus = linkListBlocks(blocks);
  const outer = outerHeadings(blocks);

  const headingHits = (heading: string | undefined): boolean[] | undefined => {
    if (heading === undefined) return undefined;
    let found = headingMatches.get(heading);
    if (!found) {
      const headingWords = words(fold(heading));
      // A job title as a heading ("Verkstedleder", "Head of Strategy") names the role, not a section on a unit or a plan.
      const title = isJobTitle(heading);
      found = rules.map((rule) => (rule.people || !title) && matchCues(headingWords, rule.headings).length > 0);
      headingMatches.set(heading, found);
    }
    return found;
  };
  const people = rules.findIndex((rule) => rule.people);
  const units = people >= 0 ? personUnits(blocks, language) : [];
  const inUnits = new Set(units.flatMap((unit) => unit.parts.map(sentenceKey)));
  for (const unit of units) {
    const rule = rules[people]!;
    // A name with a role is short, not too short: judged as a list item is.
    const quality = sentenceQuality(unit.sentence, 'li');
    const relevance = PERSON_RELEVANCE + (headingHits(blocks[unit.blockIndex]?.heading)?.[people] ? HEADING_WEIGHT : 0);
    const hit: EvidenceHit = { promptId: rule.promptId, sentence: unit.sentence, score: round(relevance * quality), blockIndex: unit.blockIndex };
    if (unit.heading !== undefined) hit.heading = unit.heading;
    if (unit.parts.length > 1) hit.parts = unit.parts;
    byPrompt.get(rule.promptId)?.push(hit);
  }

  // Sections (by heading) where a rule's cue was found, and the sentences there that open with a name.
  const cuedSections = rules.map(() => new Set<string>());
  const named: Array<{ rule: number; hit: EvidenceHit }> = [];
  blocks.forEach((block, blockIndex) => {
    if (/^h[1-6]$/i.test(block.tag) || menus.has(blockIndex)) return;
    const heading = block.heading;
    const underHeading = headingHits(heading);
    const underOuter = headingHits(outer[blockIndex]);
    for (const sentence of splitSentences(block.text, language)) {
      const plain = sentenceQuality(sentence, block.tag);
      const person = !inUnits.has(sentenceKey(sentence)) && mentionsPerson(sentence);
      const signature = person && signatureLine(sentence);
      const contactLine =
        person && (signature || inlinePerson(sentence) !== undefined || rolesBeforeNames(sentence).length > 0 || namesByRelation(sentence).length > 0);
      const bare = person ? withoutContactDetails(signature ? asList(sentence) : sentence) : sentence;
      // A contact line is about a person: a phone number or an address in it is no sign of page furniture.
      const quality = person ? Math.max(plain, sentenceQuality(bare, block.tag)) : plain;
      // … and it is evidence of nothing else: "Enhetschef Petra Lund, 019-20 55 31" is no unit.
      const contactOnly = contactLine && bare !== sentence.trim();
      if (quality < MIN_QUALITY) continue;
      const sentenceWords = words(fold(sentence));
      rules.forEach((rule, i) => {
        if (rule.people && inUnits.has(sentenceKey(sentence))) return;
        if (!rule.people && contactOnly) return;
        const paired = rule.pairs.filter(([a, b]) => matchCues(sentenceWords, a).length > 0 && matchCues(sentenceWords, b).length > 0);
        const shortfall = rule.shortfalls && tellsShortfall(sentenceWords) ? 1 : 0;
        const cues = cueScore(matchCues(sentenceWords, rule.cues).length + paired.length + shortfall);
        // Only on a company's own pages: in an ad, the name opening a sentence is the employer's.
        if (rule.namedInSection && heading !== undefined && options.clipKind === 'company') {
          if (cues > 0) cuedSections[i]!.add(heading);
          else if (!person && opensWithName(sentence)) {
            const hit: EvidenceHit = { promptId: rule.promptId, sentence, score: round(NAMED_IN_SECTION_WEIGHT * quality), blockIndex, heading };
            named.push({ rule: i, hit });
          }
        }
        // Under a people heading, only a sentence that names someone or a role is about people:
        // the team page's introduction ("We are 64 people across four sites") is not.
        // A person under "Kontakt avdelingen" is whom to call, not the department, unless the sentence
        // says so itself (in news, people quoted by name and role are the story).
        const headingCounts = underHeading?.[i] && !(rule.people && cues === 0 && !person) && !(person && cues === 0 && !rule.people && options.clipKind !== 'news');
        const outerCounts = !underHeading?.[i] && underOuter?.[i] && !rule.people && !(person && cues === 0) && !inUnits.has(sentenceKey(sentence));
        const relevance =
          (rule.people && contactLine ? Math.max(cues, PERSON_RELEVANCE) : cues) + (headingCounts ? HEADING_WEIGHT : outerCounts ? OUTER_HEADING_WEIGHT : 0);
        // A news quote ("Vi tror feilen skyldes …") reports, it does not state the company's values.
        if (relevance === 0 || (options.clipKind !== 'news' && saysSomethingElse(rule, sentenceWords))) return;
        if (rule.shortfalls && tellsImprovement(sentenceWords)) return;
        const broader = rule.broader && matchCues(sentenceWords, rule.broader).length > 0 ? BROADER_WEIGHT : 1;
        const hit: EvidenceHit = { promptId: rule.promptId, sentence, score: round(relevance * quality * broader), blockIndex };
        if (heading !== undefined) hit.heading = heading;
        byPrompt.get(rule.promptId)?.push(hit);
      });
    }
  });

  for (const { rule, hit } of named) {
    const hits = byPrompt.get(hit.promptId);
    if (hits && cuedSections[rule]!.has(hit.heading!) && !hits.some((h) => h.sentence === hit.sentence)) hits.push(hit);
  }

  const limit = options.limit ?? DEFAULT_LIMIT;
  const kept = new Map([...byPrompt].map(([id, hits]) => [id, keepTop(hits, limit)]));
  // A borrowed hit has passed its own prompt's cut; it is weighed down, not cut again against this prompt's best.
  for (const rule of rules) {
    if (!rule.borrows) continue;
    const { promptId, weight } = rule.borrows;
    const own = kept.get(rule.promptId)!;
    const lent = (kept.get(promptId) ?? []).filter((hit) => !own.some((h) => sentenceKey(h.sentence) === sentenceKey(hit.sentence)));
    const merged = [...own, ...lent.map((hit) => ({ ...hit, promptId: rule.promptId, score: round(hit.score * weight) }))];
    kept.set(rule.promptId, merged.sort((a, b) => b.score - a.score || a.blockIndex - b.blockIndex).slice(0, limit));
  }
  return [...kept.values()].flat();
}
