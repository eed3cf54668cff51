import type { ClipKind } from '../prompts/types';
import { isKeyFigureRow } from './bracketed-earlier';
import { troubleAsWork } from './everyday-trouble';
import { tellsNorm } from './habits-norms';
import { noneTooSmall, rulesTroubleOut } from './never-have-to';
import { faultAsCase, faultAsWork, notJustUs, opensWithInvertedCondition, troubleOfOthers } from './not-shortfall';
import { troubleFromOutside } from './outside-causes';
import { tellsLearning, tellsPaidLearning } from './paid-learning';
import { tellsPresentPlan } from './plans';
import { tellsRouteOn } from './routes-on';
import { tellsRoutineWhen } from './routine-when';
import { fieldWide, troubleOfServed } from './served-and-field';
import { tellsWeatheredTrouble } from './weathered';

/**
 * Whether a sentence a do-better cue found tells no shortfall of the company's own: the trouble was those served's,
 * the field's, history, an outside cause's, the work itself, or it is a norm, a plan or a vision. `fell` says whether
 * a figure fell short of a bar (asked only when needed). On a company's own page "their problem" is a customer's; in
 * news, "their" may be the company.
 */
export function tellsNoShortfall(sentence: string, folded: readonly string[], clipKind: ClipKind | undefined, fell: () => boolean, cues: number): boolean {
  // Those the company serves, or the whole field, had the trouble or the figure: whatever fell short was theirs.
  // … or it is history, remembered or a feat's backdrop (weathered.ts), or a trouble ruled out for them, or nothing ever too small for them (never-have-to.ts).
  // … and what hit everyone, the company told as one of many, in news too ("… hurt every grower in the valley, not just us", "… ikke bare oss").
  if (opensWithInvertedCondition(sentence) || notJustUs(folded) || troubleOfServed(folded) || fieldWide(folded) || tellsWeatheredTrouble(folded) || rulesTroubleOut(folded) || noneTooSmall(folded)) return true;
  if (fell()) return false;
  // A key-figure row that did not fall is read by its figures, whatever it counts: "Number of complaints 38 (61)",
  // "Antall reklamasjoner 38 (61)", "Antal klagomål 38 (61)" got better (bracketed-earlier.ts).
  if (isKeyFigureRow(sentence)) return true;
  // The weather, nature or others' works caused it, with nothing of the company's own told and no figure short of a bar (outside-causes.ts).
  if (troubleFromOutside(folded)) return true;
  // Nor is trouble that is the work itself (a problem set as a task, a mishap met as it sometimes comes), learning paid for or a route on
  // offered; learning told under a heading alone ("Å bli bedre i faget" over "Tre av formennene har tatt fagskole …") is growth, not a gap.
  if (troubleAsWork(folded) || tellsPaidLearning(folded) || (cues === 0 && tellsLearning(folded)) || tellsRouteOn(folded)) return true;
  // What should be so for the people served ("We think the battery … should …") is a vision, and a plan with its time
  // ("Till 2030 ska utsläppen minska …") a strategy, whatever they say went or may go wrong.
  // … and a routine of the house with the case it answers ("Vi ringer kunden når en levering blir forsinket", routine-when.ts).
  return tellsRoutineWhen(folded) || faultAsWork(folded) || faultAsCase(folded) || tellsNorm(folded) || tellsPresentPlan(sentence, folded) || (clipKind !== 'news' && troubleOfOthers(folded));
}
