import type { TextBlock } from '../model';
import { PROMPTS } from '../prompts';
import type { ClipKind, Prompt } from '../prompts/types';
import { matchCues } from './cues';
import { DEFAULT_LIMIT, keepBest, round } from './keep';
import { resolveLang } from './lang';
import { asList, inlinePerson, mentionsPerson, namesByRelation, personAsSubject, rolesBeforeNames, signatureLine } from './people';
import { personUnits } from './person-units';
import { withoutContactDetails } from './contact-details';
import { personStartedAs, roleInApposition } from './apposition';
import { occupationBeforeName } from './occupation-names';
import { isGreeting } from './greetings';
import { linkListBlocks, sentenceQuality } from './quality';
import { compileRules, cueRelevance, type Rule, EXTRA_CUE_WEIGHT, FIRST_CUE_WEIGHT, HEADING_WEIGHT, isJobTitle, opensWithName, saysSomethingElse } from './rules';
import { splitSentences } from './segment';
import { tellsImprovement } from './shortfall';
import { tellsPaidLearning } from './paid-learning';
import { tellsRouteOn } from './routes-on';
import { startedAndNow, tellsCareerPath } from './career-path';
import { fold, sentenceKey, words } from './stems';
import { tellsNorm, tellsPurpose } from './habits-norms';
import { tellsPresentPlan } from './plans';
import { fellShort } from './structures';
import { keyRowWeight } from './bracketed-earlier';
import { tellsRuleLaidDown } from './imposed';
import { holdsFigure, YEAR_OR_MONTH } from './figures';
import { namesUnitAsSubject } from './unit-subject';
import { judgeSentence } from './model/hook';
import { tellsNoShortfall } from './no-shortfall';
import { planOfOthers } from './others-plans';
import { tellsHabitInUnit } from './unit-habits';
import { holdsName, namesWithDescriptors, titlesWithField } from './bylines';
import { isHeadline } from './headlines';
import { announcesTopics } from './teasers';
import { isDateline } from './datelines';
import type { EvidenceHit } from './types';
import { SWEDISH_PAST } from './small-words';
import { withinScoringCap } from './scoring-cap';

export { DEFAULT_LIMIT };

/** Below this, a sentence is page chrome whatever it mentions. */
const MIN_QUALITY = 0.15;

export interface ScoreOptions {
  limit?: number;
  /** When known, prompts that do not look at this kind of clip are skipped. */
  clipKind?: ClipKind;
}

/** A heading that ends as a sentence or a question does, and is as long as one. */
const SENTENCE_HEADING = /[.?]$/;
const MIN_SENTENCE_HEADING_WORDS = 5;
const QUOTED_HEADING = /^["«“”„]/u;

/** A line in lower case after its first letter: what its words say, without a name's and a title's capitals. */
const titleCaseFree = (line: string): string => line.charAt(0) + line.slice(1).toLowerCase();

/** A sentence that opens with a unit's name, in a section where another sentence names a unit by a cue. */
const NAMED_IN_SECTION_WEIGHT = 0.5;

/** A section heading over a sub-section's heading ("Our teams" over "Fabrication") counts half. */
const OUTER_HEADING_WEIGHT = HEADING_WEIGHT / 2;

/** For each block, the heading one level above its own: a card under "Our teams" › "Fabrication" keeps its section. */
function outerHeadings(blocks: readonly TextBlock[]): Array<string | undefined> {
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

/** Something ahead: a modal or a word of what is to come ("will", "skal", "ska", "kommer att", "plans", "next year"). */
const AHEAD = /^(?:will|shall|skal|ska|skall|kommer|plan|plans|planned|planning|planlegger|planerar|going|next|neste|nästa)$/;
/** A deadline ahead ("innen 2030", "by 2028") or a goal to reach ("målet er å eksportere", "the goal is to"). */
const BY = /^(?:by|innen|senast|senest|till|før|före)$/;
const GOAL_TO = /^(?:å|att|to)$/;

/** Something ahead: a word of the future, "by 2028", "the goal is to …". */
const looksAhead = (folded: readonly string[]): boolean =>
  folded.some((word, i) => AHEAD.test(word) || (BY.test(word) && /^20\d{2}$/.test(folded[i + 1] ?? '')) || (/^(?:is|er|är)$/.test(word) && GOAL_TO.test(folded[i + 1] ?? '')));
/** A figure that fell short (`fellShort`) and nothing ahead: a gap, not a plan. */
function tellsGapNow(folded: readonly string[], fell: () => boolean): boolean {
  return !looksAhead(folded) && fell();
}

/** Told as done, last season or last year: "Last winter a grower lost a field …", "I fjor hadde vi …". */
const LAST = /^(?:last|fjor|fjol|förra|forrige|ifjor|ifjol)$/;
const DONE = /^(?:was|were|had|lost|ble|blei|blev|hadde|hade|mistet|tapte|förlorade)$/;
const toldAsDone = (folded: readonly string[]): boolean =>
  !looksAhead(folded) && folded.some((w) => LAST.test(w)) && folded.some((w) => DONE.test(w) || SWEDISH_PAST.test(w));
/**
 * A wish for the people served, or what should be so for them, with no year ("Vi vill att varje barn … ska kunna cykla …"):
 * the vision's (habits-norms.ts), not a plan, even under a heading of goals; with a year it is a target.
 */
const wishWithoutYear = (folded: readonly string[]): boolean => !folded.some((w) => /^20\d{2}$/.test(w)) && (tellsNorm(folded) || tellsPurpose(folded));

const READER = /^(?:you|your|du|deg|dere|ni|dig)$/;
/** Leading a unit: its head tells of it ("leder ett team av förare", "har ansvaret for laget", "heads the night crew", "Plant Engineering, led by …"), v65: or reports on it ("… said the finishing team will double …"). */
const LEADS = /^(?:leads|led|heads|headed|runs|manages|leder|ledes|ledet|leds|leiar|ansvarar|ansvaret|ansvar|said|says|sier|säger|sade)$/;
const asksReader = (sentence: string, folded: readonly string[]): boolean => sentence.trim().endsWith('?') && folded.some((word) => READER.test(word));

/** A sentence holding a broader view than the prompt asks for ("the group has 40 000 employees"). */
const BROADER_WEIGHT = 0.5;
/** A path on offered weighs half for a prompt of habits (values). */
const PATH_WEIGHT = 0.5;
const MENTOR = /^(?:mentor|mentors|mentoren|fadder|faddere|handledare)$/;
const tellsPathOffered = (folded: readonly string[]): boolean =>
  tellsPaidLearning(folded) || tellsRouteOn(folded) || tellsCareerPath(folded) || startedAndNow(folded) || folded.some((w) => MENTOR.test(w));
/** A rule laid down by others (imposed.ts) weighs half for a prompt of plans. */
const LAID_DOWN_WEIGHT = 0.5;
/** A name with a role is people evidence in itself, as much as two cues. */
const PERSON_RELEVANCE = FIRST_CUE_WEIGHT + EXTRA_CUE_WEIGHT;
/** A unit named as the sentence's subject is department evidence in itself, as much as two cues. */
const UNIT_RELEVANCE = FIRST_CUE_WEIGHT + EXTRA_CUE_WEIGHT;
/** An own figure that fell short, against a target, a bar or an earlier time (structures.ts, fellShort), is a shortfall in itself, as much as two cues. */
const FELL_SHORT_RELEVANCE = FIRST_CUE_WEIGHT + EXTRA_CUE_WEIGHT;
/**
 * … when it tells the unit as it is: not a dated event or plan of it ("Hemdialysteamet utökas … i april 2026"), nor the
 * whole group ("Koncernen har totalt 900 anställda").
 */
function unitNamed(rule: Rule, sentence: string, folded: readonly string[], cues: number): boolean {
  if (cues === 0 || !rule.structures.includes('unit-subject') || folded.some((word) => YEAR_OR_MONTH.test(word))) return false;
  return !(rule.broader && matchCues(folded, rule.broader).length > 0) && namesUnitAsSubject(sentence);
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
  blocks = withinScoringCap(blocks);
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
      // A heading written as a sentence or a question ("Vi har fått dubbla värden efter ett byte.") is a topic, not a
      // section's name: a single cue word in it ("värden", meter readings) names no section; a phrase ("så jobbar vi") still does.
      // A heading that opens with a quote (a review's title, "”Mycket eget ansvar” – Montör, Luleå") is someone's words, not a section's name either; so is a headline about a named person ("Marte Engen blir ny leder for VA-avdelingen", headlines.ts).
      const topic =
        (SENTENCE_HEADING.test(heading.trim()) && headingWords.length >= MIN_SENTENCE_HEADING_WORDS) || QUOTED_HEADING.test(heading.trim()) || isHeadline(heading);
      found = rules.map((rule) => (rule.people || !title) && matchCues(headingWords, rule.headings).some((cue) => !topic || cue.includes(' ')));
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
    // The lines it was read from, also one line rewritten ("Lena Berg, vd, Bergs Åkeri AB" shown as "Lena Berg – vd.").
    if (unit.parts.length > 1 || sentenceKey(unit.parts[0] ?? '') !== sentenceKey(unit.sentence)) hit.parts = unit.parts;
    byPrompt.get(rule.promptId)?.push(hit);
  }

  // Sections (by heading) where a rule's cue was found, and the sentences there that open with a name.
  const cuedSections = rules.map(() => new Set<string>());
  const named: Array<{ rule: number; hit: EvidenceHit }> = [];
  // People hits whose sentence names nobody ("Alle ledere går gjennom …"): weighed down once each sentence has gone to its prompt.
  const nameless = new Set<string>();
  blocks.forEach((block, blockIndex) => {
    if (/^h[1-6]$/i.test(block.tag) || menus.has(blockIndex)) return;
    const heading = block.heading;
    const underHeading = headingHits(heading);
    const underOuter = headingHits(outer[blockIndex]);
    for (const sentence of splitSentences(block.text, language)) {
      const plain = sentenceQuality(sentence, block.tag);
      // A closing line of names with what each is, a title with its field before a name (bylines.ts): people the page signs or quotes.
      const signed = namesWithDescriptors(sentence).length > 0;
      const titled = !signed && titlesWithField(sentence).length > 0;
      // … and a person named after their trade at the opening ("Dirigenten Anton Hedlöf lät …", occupation-names.ts).
      const started = personStartedAs(sentence) || occupationBeforeName(sentence);
      // … and a person opening the sentence with what they are between commas ("Fiona Laird, our harbour master, …", apposition.ts).
      const apposed = roleInApposition(sentence);
      const person = !inUnits.has(sentenceKey(sentence)) && (signed || titled || started || apposed || mentionsPerson(sentence));
      const signature = person && (signed || signatureLine(sentence));
      const inline = person && inlinePerson(sentence, true) !== undefined;
      const contactLine =
        person && (signature || titled || inline || rolesBeforeNames(sentence).length > 0 || namesByRelation(sentence).length > 0 || personAsSubject(sentence) || roleInApposition(sentence) || started);
      const bare = person ? withoutContactDetails(signature ? asList(sentence) : sentence) : sentence;
      // A contact line is about a person: a phone number or an address in it is no sign of page furniture, and what is left may be as terse as
      // a list item when a role opens it ("Driftchef Jonas Lindkvist, 026-…"); nor, in a name with its role, are a title's capitals ("Jonathan Pell, Chief Executive Officer, …").
      const quality = person ? Math.max(plain, sentenceQuality(bare, contactLine && bare !== sentence.trim() && rolesBeforeNames(bare).length > 0 ? 'li' : block.tag), inline ? sentenceQuality(titleCaseFree(bare), block.tag) : 0) : plain;
      // … and it is evidence of nothing else: "Enhetschef Petra Lund, 019-20 55 31" is no unit.
      const contactOnly = contactLine && bare !== sentence.trim();
      if (quality < MIN_QUALITY) continue;
      const sentenceWords = words(fold(sentence));
      // Whether a figure fell short, worked out once a sentence, when a rule first asks.
      let fellShortHere: boolean | undefined;
      const fell = (): boolean => (fellShortHere ??= fellShort(sentence, sentenceWords));
      // A question to the reader ("Vil du høre mer?", "Want to know more?") invites; it tells nothing.
      if (asksReader(sentence, sentenceWords)) continue;
      // … and an article's teaser ("X talks to the founder of Y about …") names topics it tells nothing of (teasers.ts); a dateline, a place and a date (datelines.ts).
      if (announcesTopics(sentenceWords) || isDateline(sentence)) continue;
      // Prompts a rule has ruled this sentence out of (a trouble that is no shortfall of the company's): the judge adds none.
      const ruledOut = new Set<string>();
      rules.forEach((rule, i) => {
        // A person card's lines are the card's (one people hit), and v54: no habit of the house's ("Piret … still walks the whole yard every morning").
        if (inUnits.has(sentenceKey(sentence)) && (rule.people || rule.structures.includes('habit'))) return void (rule.people || ruledOut.add(rule.promptId));
        // … nor is a greeting or a thank-you ("Tack för ett gott samarbete …", greetings.ts) of anything but the people it names.
        if (!rule.people && (contactOnly || isGreeting(sentenceWords))) return;
        const cues = cueRelevance(rule, sentence, sentenceWords);
        // Only on a company's own pages: in an ad, the name opening a sentence is the employer's.
        if (rule.namedInSection && heading !== undefined && options.clipKind === 'company') {
          if (cues > 0) cuedSections[i]!.add(heading);
          else if (!person && !inUnits.has(sentenceKey(sentence)) && opensWithName(sentence)) {
            const hit: EvidenceHit = { promptId: rule.promptId, sentence, score: round(NAMED_IN_SECTION_WEIGHT * quality), blockIndex, heading };
            named.push({ rule: i, hit });
          }
        }
        // Under a people heading, only a sentence that names someone or a role is about people: the team page's introduction ("We are 64 people across four sites") is not.
        // A person under "Kontakt avdelingen" is whom to call, not the department, unless the sentence says so itself (in news, people quoted by name and role are the story).
        const headingCounts = underHeading?.[i] && !(rule.people && cues === 0 && !person) && !(person && cues === 0 && !rule.people && options.clipKind !== 'news');
        const outerCounts = !underHeading?.[i] && underOuter?.[i] && !rule.people && !(person && cues === 0) && !inUnits.has(sentenceKey(sentence));
        // A unit named as the subject is the department's evidence in itself, as a name with a role is a person's.
        // … and an own figure read against a bar or an earlier time, and worse, is a shortfall in itself (structures.ts, fellShort).
        const own =
          rule.people && contactLine
            ? Math.max(cues, PERSON_RELEVANCE)
            : unitNamed(rule, sentence, sentenceWords, cues)
              ? Math.max(cues, UNIT_RELEVANCE)
              : cues > 0 && rule.structures.includes('shortfall') && fell()
                ? Math.max(cues, FELL_SHORT_RELEVANCE)
                : cues;
        const relevance = own + (headingCounts ? HEADING_WEIGHT : outerCounts ? OUTER_HEADING_WEIGHT : 0);
        // A news quote ("Vi tror feilen skyldes …") reports, it does not state the company's values.
        // … but another's plan ("The government aims to …") is no strategy of the company's in news either (others-plans.ts), nor a
        // sentence the rule's not-cues rule out (v51: "ny vei til …", a road; a shortfall's, said in a quote, still counts).
        const notInNews = (): boolean => (rule.not !== undefined && !rule.structures.includes('shortfall') && matchCues(sentenceWords, rule.not).length > 0) || (!!rule.notOthers && planOfOthers(sentenceWords, true, sentence));
        if (relevance === 0 || (options.clipKind !== 'news' ? saysSomethingElse(rule, sentenceWords, sentence) : notInNews())) return;
        // A named person as the subject ("Jonas Berg är ordförande … i Ekhagens arbetslag") is about the person: a unit
        // the line names in passing is no evidence of the unit, unless the person leads it ("Kristin Aas leder ett team av …").
        if (rule.structures.includes('unit-subject') && person && personAsSubject(sentence) && !sentenceWords.some((w) => LEADS.test(w))) return;
        // … and a named person with their role between commas, as the subject ("Eirik Tverråsen, Secretary General, will present the
        // figures in March 2027"), tells their own diary, not the company's plan.
        if (rule.structures.includes('plan') && apposed) return;
        if (rule.structures.includes('shortfall') && tellsImprovement(sentenceWords)) return void ruledOut.add(rule.promptId);
        // Time decides a plan from a gap: a figure that fell short, told with nothing ahead, is how things stand now.
        if (rule.structures.includes('plan') && tellsGapNow(sentenceWords, fell)) return;
        // A rule for a case, another's trouble, a fault as the work itself: no shortfall of the company's (not-shortfall.ts).
        if (rule.structures.includes('shortfall') && tellsNoShortfall(sentence, sentenceWords, options.clipKind, fell, cues)) return void ruledOut.add(rule.promptId);
        const broader = rule.broader && matchCues(sentenceWords, rule.broader).length > 0 ? BROADER_WEIGHT : 1;
        // A rule laid down by others ("Miljødirektoratet krever at … fra 2027") tells less of a strategy than the company's own plan.
        // … and so does what happened last year, told under a heading of what lies ahead.
        const laidDown = rule.structures.includes('plan') && (tellsRuleLaidDown(sentenceWords) || toldAsDone(sentenceWords) || wishWithoutYear(sentenceWords)) ? LAID_DOWN_WEIGHT : 1;
        // A unit's plan with its time ("Avdelingen skal vokse til 18 ansatte innen 2028") is the strategy's more than the unit's,
        // and a habit told in a unit ("I teamene drøfter vi alle nye saker sammen hver tirsdag", unit-habits.ts) the values'.
        const unitPlan = rule.structures.includes('unit-subject') && ((sentenceWords.some((w) => YEAR_OR_MONTH.test(w)) && (looksAhead(sentenceWords) || tellsPresentPlan(sentence, sentenceWords))) || tellsHabitInUnit(sentence, sentenceWords)) ? LAID_DOWN_WEIGHT : 1;
        if (rule.people && !person && !holdsName(sentence)) nameless.add(sentence);
        // A path on offered (a course paid for, a route to a role, a mentor of one's own) is career goals' evidence: it tells a value or a unit less;
        const path = (rule.structures.includes('habit') || rule.structures.includes('unit-subject')) && tellsPathOffered(sentenceWords) ? PATH_WEIGHT : 1;
        // … and a key figure as a row, its earlier one in brackets and no word of the rule's own, a shortfall less than a sentence (bracketed-earlier.ts).
        const hit: EvidenceHit = { promptId: rule.promptId, sentence, score: round(relevance * quality * broader * laidDown * unitPlan * path * keyRowWeight(rule.structures, rule.cues, sentence, sentenceWords)), blockIndex };
        if (heading !== undefined) hit.heading = heading;
        byPrompt.get(rule.promptId)?.push(hit);
      });
      // Figures are the rules' to read: a sentence that gives them tells a shortfall only if one fell short, whatever its words.
      if (holdsFigure(sentenceWords) && !fell()) for (const rule of rules) if (rule.structures.includes('shortfall')) ruledOut.add(rule.promptId);
      // The learned judge's word on the prompts it knows (model/hook.ts).
      if (!contactOnly) judgeSentence(byPrompt, sentence, quality, blockIndex, heading, ruledOut);
    }
  });

  for (const { rule, hit } of named) {
    const hits = byPrompt.get(hit.promptId);
    if (hits && cuedSections[rule]!.has(hit.heading!) && !hits.some((h) => h.sentence === hit.sentence)) hits.push(hit);
  }

  return keepBest(byPrompt, rules, options.limit ?? DEFAULT_LIMIT, nameless);
}
