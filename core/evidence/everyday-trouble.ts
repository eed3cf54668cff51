/**
 * Trouble that is part of the work, not a shortfall of the company's: a problem set as a task ("Du får ett
 * konstruktionsproblem att lösa hemma", "you get a design problem to solve"), and a mishap told as what sometimes
 * happens and what is then done ("Ibland brister pappersbanan …, och då tar det en halvtimme", "Sometimes a belt
 * snaps, and then …"): the job described, as "When a …" is. Works on folded words (see stems.ts).
 */

/** A word of trouble, alone or ending a compound ("konstruktionsproblem", "designutfordring", "case"). */
const TROUBLE = /(?:problem|problems|problemer|problemet|utfordring|utfordringer|utmaning|utmaningar|challenge|challenges|case|caset|oppgave|uppgift)$/;
/** "to solve", "å løse", "att lösa", "to work out", "to crack". */
const TO = /^(?:to|å|att|og|och|and)$/;
const SOLVE = /^(?:solve|crack|work|løse|løyse|lösa|knäcka|jobbe|arbeta)$/;
/** How far the solving may follow the trouble: "a problem for you to solve", "et problem du skal løse". */
const SOLVE_REACH = 4;

/** "a", "ett", "et", "ditt": one problem handed over; "we had problems to …" ("hade problem att lösa leveranserna") is trouble. */
const ONE = /^(?:a|an|one|your|en|ei|et|ett|ditt|din|di)$/;

/** "ett konstruktionsproblem att lösa", "a problem to solve": a task given, not something that went wrong. */
function problemAsTask(text: readonly string[]): boolean {
  return text.some((word, i) => TROUBLE.test(word) && (ONE.test(text[i - 1] ?? '') || ONE.test(text[i - 2] ?? '')) && text.slice(i + 1, i + 1 + SOLVE_REACH).some((w, n) => SOLVE.test(w) && TO.test(text[i + n] ?? '')));
}

/** "Sometimes", "ibland", "iblant", "av og til", "now and then", "occasionally": what may happen on any day. */
const SOMETIMES = /^(?:sometimes|occasionally|ibland|iblant|stundom|tidvis|innimellom|emellanåt)$/;
const NOW_AND_THEN = (text: readonly string[]): boolean =>
  (text[0] === 'av' && text[1] === 'og' && text[2] === 'til') || (text[0] === 'now' && text[1] === 'and' && text[2] === 'then') || (text[0] === 'noen' && text[1] === 'ganger');
/** "then", "da", "då", "så": what is done when it happens. */
const THEN = /^(?:then|da|då|så)$/;

/** "Ibland brister pappersbanan …, och då tar det …": a mishap of the work and how it is met, not a shortfall. */
function sometimesThen(text: readonly string[]): boolean {
  return (SOMETIMES.test(text[0] ?? '') || NOW_AND_THEN(text)) && text.slice(2).some((w) => THEN.test(w));
}

/** Whether a sentence's trouble is part of the work: see the module comment. */
export function troubleAsWork(text: readonly string[]): boolean {
  return problemAsTask(text) || sometimesThen(text);
}
