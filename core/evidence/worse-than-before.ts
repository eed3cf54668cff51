/**
 * A figure set against an earlier figure of the same kind, where the change is for the worse: "88 procent …, mot
 * 96 procent ett år tidigare", "gjekk frå 71 prosent i 2023 til 63 prosent i 2025", "median first reply went from
 * 2 hours in Q2 to 9 hours in Q3", "14 ungdomar, jämfört med 31 för fem år sedan". A structure, not wording: two
 * figures, one tied to an earlier time, and a direction read from what is measured (a time, or a bad thing such
 * as complaints, is worse when it grows; anything else a company counts is worse when it shrinks). Good news
 * ("revenue grew from 10 to 14 million") and targets ("skal gå fra 40 til 60 prosent") are not told.
 * Reads the folded sentence (see stems.ts) with its decimal commas, which the word list loses.
 */
import { countsBadThing, figuresOf, type Figure, type FiguresRead, isTime, isYear, isYearOrQuarter, sameKind, worse } from './figure-tokens';
import { FROM } from './small-words';
import { tellsWorseInBrackets } from './bracketed-earlier';
import { troubleFromOutside } from './outside-causes';

/** A plan or a target falls short of nothing yet. */
const FUTURE = /^(?:will|shall|skal|ska|skall|aim|target|goal|mål|målet|kommer)$/;

/** "mot", "against", "compared with", "jämfört med", "samanlikna med", "versus": the earlier figure follows. */
const BESIDE = /^(?:mot|against|compared|versus|vs|jämfört|jamfort|sammenlignet|samanlikna|sammenliknet)$/;
/** An earlier time after the second figure: "ett år tidigare", "året innan", "for fem år sedan", "a year ago", "i fjor". */
const EARLIER = /^(?:ago|before|earlier|previously|tidligere|tidlegare|tidigare|sedan|siden|innan|før|före|fjor|fjol|förra|forrige|last)$/;
/** "up from", "opp fra", "upp från", "down from": the earlier figure follows, the change told by the words themselves. */
const UP_OR_DOWN = /^(?:up|down|opp|ned|upp|ner)$/;
/** How far the earlier time may stand after the figure set beside: "96 procent ett år tidigare". */
const EARLIER_REACH = 6;

/** "from … to": `FROM`, then "til", "till", "to". */
const TO = /^(?:to|til|till)$/;
/** A word of change before "from": "went", "gjekk", "gick", "rose", "sank", "økte", "changed". */
const CHANGED = /^(?:went|gone|moved|changed|rose|risen|fell|fallen|grew|grown|dropped|increased|decreased|declined|climbed|slipped|gikk|gjekk|gick|gått|økte|økt|auka|steg|steget|stigit|falt|fall|sank|sjönk|sjunkit|ökade|ökat|minsket|minska|minskade|redusert|endret|endra|ändrades)$/;
/** How many words the "to" figure may stand after the "from" figure: "2 hours in Q2 to 9 hours". */
const TO_REACH = 5;

/**
 * An earlier time after the figure set beside: a word ("ett år tidigare", "året før") or a year before the one the
 * later figure is told in ("fire skader i 2025, mot én i 2024"), or any year when the later figure has none.
 */
function earlierTime(tokens: readonly string[], at: number, beside: number): boolean {
  const after = tokens.slice(at + 1, at + 1 + EARLIER_REACH);
  if (after.some((t) => EARLIER.test(t))) return true;
  const then = after.find(isYear);
  const now = tokens.slice(0, beside).filter(isYear).map(Number);
  return then !== undefined && now.every((year) => year > Number(then));
}

/** "X …, mot Y <earlier time>": the later figure first, the earlier one after the word that sets it beside. */
function besideEarlier(tokens: readonly string[], figures: readonly Figure[]): boolean {
  return figures.some((earlier, n) => {
    const upFrom = FROM.test(tokens[earlier.at - 1] ?? '') && UP_OR_DOWN.test(tokens[earlier.at - 2] ?? '');
    const beside = upFrom ? earlier.at - 2 : [1, 2, 3].map((back) => earlier.at - back).find((i) => BESIDE.test(tokens[i] ?? ''));
    if (beside === undefined || isTime(earlier, tokens)) return false;
    const later = [...figures.slice(0, n)].reverse().find((f) => f.at < beside && !isTime(f, tokens));
    if (!later || !sameKind(later, earlier)) return false;
    return (upFrom || earlierTime(tokens, earlier.at, beside)) && worse(earlier, later, tokens);
  });
}

/** "went from X (in 2023) to Y (in 2025)": a change told, with a word of change or a time tied to the first figure. */
function fromTo(tokens: readonly string[], figures: readonly Figure[]): boolean {
  return figures.some((earlier, n) => {
    if (!FROM.test(tokens[earlier.at - 1] ?? '') || isTime(earlier, tokens)) return false;
    const later = figures.slice(n + 1).find((f) => f.at - earlier.at <= TO_REACH + 1 && TO.test(tokens[f.at - 1] ?? '') && !isTime(f, tokens));
    if (!later || !sameKind(earlier, later)) return false;
    const told = tokens.slice(Math.max(0, earlier.at - 4), earlier.at - 1).some((t) => CHANGED.test(t));
    const dated = tokens.slice(earlier.at + 1, later.at).some((t) => isYearOrQuarter(t) || EARLIER.test(t));
    return (told || dated) && worse(earlier, later, tokens);
  });
}

/** "9 procent mindre än året innan", "12 percent lower than last year", "8 prosent færre enn året før": a share less than before. */
const LESS = /^(?:less|lower|fewer|smaller|mindre|lägre|färre|lavere|færre|lågare)$/;
const THAN = /^(?:than|än|enn)$/;

/** v51: one figure, then less than an earlier time: worse, unless what is counted is a bad thing (fewer complaints) or a dry year did it. */
function lessThanBefore(tokens: readonly string[], figures: readonly Figure[]): boolean {
  return !countsBadThing(tokens) && !troubleFromOutside(tokens) && figures.some((f) => {
    const less = [1, 2].map((n) => f.at + n).find((i) => LESS.test(tokens[i] ?? ''));
    const than = less === undefined ? -1 : [1, 2, 3].map((n) => less + n).find((i) => THAN.test(tokens[i] ?? '')) ?? -1;
    return than > 0 && tokens.slice(than + 1, than + 4).some((t) => EARLIER.test(t));
  });
}

/** Whether a sentence sets a figure against an earlier one and the change is for the worse: see the module comment. */
export function tellsWorseThanBefore(sentence: string, read: FiguresRead = figuresOf(sentence)): boolean {
  const { tokens, figures } = read;
  if (figures.length === 0 || tokens.some((t) => FUTURE.test(t))) return false;
  return (figures.length >= 2 && (besideEarlier(tokens, figures) || fromTo(tokens, figures) || tellsWorseInBrackets(sentence, tokens))) || lessThanBefore(tokens, figures);
}
