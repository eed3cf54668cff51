import type { Structure } from '../prompts/types';
import { tellsAgainstNorm } from './against-norm';
import { figuresOf } from './figure-tokens';
import { holdsFigure } from './figures';
import { tellsCareerPath } from './career-path';
import { tellsPaidLearning } from './paid-learning';
import { tellsRouteOn } from './routes-on';
import { tellsHabit, tellsNorm, tellsPurpose } from './habits-norms';
import { tellsHouseRule } from './house-rules';
import { tellsOwnPromise } from './own-promises';
import { tellsLeadersThemselves } from './leaders-themselves';
import { tellsRoleRoutine } from './role-routines';
import { opensWithPlan, tellsPresentPlan } from './plans';
import { tellsRoutineOfAll } from './routines-of-all';
import { tellsShortfall } from './shortfall';
import { tellsShortOfPlan } from './short-of-plan';
import { tellsPastOwnBar } from './own-bar-words';
import { tellsGapInPractice } from './gaps-in-practice';
import { namesUnitAsSubject } from './unit-subject';
import { namesUnitInCompound } from './unit-compounds';
import { tellsWorseThanBefore } from './worse-than-before';
import { tellsChosenWay } from './chosen-way';
import { tellsRoutineWhen } from './routine-when';
import { tellsFigureTarget } from './figure-targets';
import { tellsOpenBooks } from './open-books';
import { tellsRoundHabit } from './round-habits';
import { tellsSameDay } from './same-day';
import { tellsFoundingPurpose } from './founding-purpose';
import { tellsOwnCall } from './own-call';
import { tellsUnitSplit } from './unit-split';
import { opensWithLedUnit, tellsUnitShifts } from './unit-shifts';
import { tellsSafetyRule } from './safety-rules';
import { tellsNewcomersTaught } from './newcomers-taught';
import { tellsCountedOutcome, tellsRisenColleagues } from './risen-colleagues';
import { tellsMadeToLast } from './made-to-last';

/**
 * The structural signals a prompt's rule may count as one cue each (see `EvidenceRule.structures`):
 * what a sentence is built as, rather than which words it holds; these carry over to pages nobody has seen.
 */
/** A figure that fell short: against a target, a norm or a wait (shortfall.ts, against-norm.ts), past a bar the company set itself (own-bar-words.ts), or worse than an earlier one. */
export function fellShort(sentence: string, folded: readonly string[]): boolean {
  // A sentence that opens with a time ahead and a present doing word is a plan: its goal falls short of nothing yet.
  if (opensWithPlan(sentence, folded, false)) return false;
  if (tellsShortfall(folded) || tellsGapInPractice(folded) || tellsShortOfPlan(folded) || tellsPastOwnBar(folded)) return true;
  // Figures compared need a figure: a sentence without one is read no further, one with them is read once.
  if (!holdsFigure(folded)) return false;
  const read = figuresOf(sentence);
  return read.figures.length > 0 && (tellsWorseThanBefore(sentence, read) || tellsAgainstNorm(sentence, read));
}

const DETECTORS: Record<Structure, (sentence: string, folded: readonly string[]) => boolean> = {
  shortfall: fellShort,
  'unit-subject': (sentence, folded) => namesUnitAsSubject(sentence) || tellsUnitSplit(folded) || tellsUnitShifts(sentence, folded) || opensWithLedUnit(sentence),
  'unit-compound': (_, folded) => namesUnitInCompound(folded),
  // A rule of gear or hygiene for whoever is on the site (safety-rules.ts) is the law's and the trade's: no habit, norm or purpose.
  habit: (sentence, folded) =>
    !tellsSafetyRule(folded) && (tellsHabit(folded) || tellsRoutineOfAll(sentence) || tellsHouseRule(sentence) || tellsLeadersThemselves(folded) || tellsRoleRoutine(folded) || tellsOwnPromise(sentence) || tellsChosenWay(folded) || tellsRoutineWhen(folded, sentence) || tellsOpenBooks(folded) || tellsRoundHabit(folded) || tellsOwnCall(folded) || tellsNewcomersTaught(folded) || tellsSameDay(folded)),
  norm: (_, folded) => tellsNorm(folded) && !tellsSafetyRule(folded),
  purpose: (sentence, folded) => !tellsSafetyRule(folded) && (tellsPurpose(folded) || tellsFoundingPurpose(sentence) || tellsMadeToLast(folded)),
  plan: (sentence, folded) => tellsPresentPlan(sentence, folded) || tellsFigureTarget(folded),
  'career-path': (_, folded) => tellsCareerPath(folded) || tellsRouteOn(folded) || tellsPaidLearning(folded) || tellsRisenColleagues(folded) || tellsCountedOutcome(folded),
};

/** How many of the given structures a sentence shows (its raw text for capitals, its folded words for the rest). */
export function structuresFound(structures: readonly Structure[], sentence: string, folded: readonly string[]): number {
  return structures.filter((structure) => DETECTORS[structure](sentence, folded)).length;
}
