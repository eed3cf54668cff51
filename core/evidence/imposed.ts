/**
 * A rule laid down, not a plan made: a requirement ("Miljødirektoratet krever at … fra 2027", "the regulator requires
 * that …", "Lagen kräver att …") or a rule's coming into force ("Vedtaket gjelder fra 1. januar 2027", "The new rules
 * take effect in 2027", "träder i kraft"). A plan's time may stand in it, but what is told is what others decided the
 * company must do: its own plan ("… IKS foreslår å …", "Vi bygger …") answers the strategy question better.
 * Works on folded words (see stems.ts).
 */
import { FROM } from './small-words';

const REQUIRES = /^(?:requires|require|required|demands|krever|krevde|kräver|krävde|påbyr|påbjuder)$/;
const THAT = /^(?:that|at|att|all|every|alle|alla)$/;
/** "gjelder fra", "gäller från", "applies from". */
const APPLIES = /^(?:gjelder|gjeld|gäller|applies|apply)$/;
/** "trer i kraft", "träder i kraft", "takes effect", "comes into force". */
const INTO_FORCE = (text: readonly string[], i: number): boolean =>
  (/^(?:trer|trår|träder|tritt)$/.test(text[i] ?? '') && text[i + 1] === 'i' && text[i + 2] === 'kraft') ||
  (/^(?:takes|take|took)$/.test(text[i] ?? '') && text[i + 1] === 'effect') ||
  (/^(?:comes|come)$/.test(text[i] ?? '') && text[i + 1] === 'into' && text[i + 2] === 'force');

/** Whether a sentence tells a rule laid down rather than a plan made: see the module comment. */
export function tellsRuleLaidDown(text: readonly string[]): boolean {
  return text.some(
    (word, i) => (REQUIRES.test(word) && THAT.test(text[i + 1] ?? '')) || (APPLIES.test(word) && FROM.test(text[i + 1] ?? '')) || INTO_FORCE(text, i),
  );
}
