/**
 * A result told past a bar the company set itself, where the comparison is in words rather than in a second figure
 * beside the own one (against-norm.ts reads those), in four shapes:
 * - short of it: "2 300 tonnes less than the board assumed", "40 tonn under budsjett", "overlapped for less than the
 *   ten minutes our own policy asks for", "12 ton färre än vi hade räknat med";
 * - a time past it: "reached site after the 60 minutes we set ourselves", "mer enn de 30 minuttene rutinen vår tillater";
 * - a time, then what the plan says: "closed after 11 minutes; our emergency plan says 5", "i beredskapsplanen står det 5";
 * - a part of a whole against a routine for every time: "done on 19 of 30 days, although our routine says every day".
 * Not spending under budget, a bad thing below its bar, a limit kept, nor a rule or a plan for the time ahead.
 * Structure, not vocabulary: a comparative, a figure and the bar's word after it. Works on folded words (stems.ts).
 */
import { ANY_UNIT, isNumber, numberValue } from './figures';
import { countsBadThing } from './figure-tokens';

/** Short of: "less than", "fewer than", "under", "below", "mindre enn", "færre enn", "lavere enn", "färre än", "lägre än". */
const LESS = /^(?:less|fewer|lower|under|below|mindre|færre|lavere|lågare|färre|lägre)$/;
/** Past: "more than", "longer than", "later than", "after", "over", "mer enn", "etter", "efter", "över", "längre än". */
const MORE = /^(?:more|longer|later|after|over|beyond|past|mer|mere|meir|lenger|lengre|seinare|senere|senare|etter|efter|över|utover|utöver|längre)$/;
const THAN = /^(?:than|enn|än|en)$/;
/**
 * The bar the company set itself: its target, plan, budget, policy, requirement, or what it counted on ("styret la til
 * grunn", "vi hade räknat med", "we set ourselves", "we had expected").
 */
const OWN_BAR = /^(?:targets?|goals?|aim|plan|planen|planned|planlagt|planlagde|planerat|planerade|budgets?|budgeted|budgeten|budgeterat|budsjett|budsjettet|budsjettert|budsjetterte|\p{L}*policy|\p{L}*policyn|requirements?|krav|kravet|kraven|mål|målet|målsettingen|målsättningen|expected|assumed|reckoned|counted|forventet|forventa|väntat|förväntat|räknat|räknade|regnet|regna|grunn|ourselves|selv|själva|standard|standarden|rutinen|rutinene|routine)$/u;
/** A limit kept is no shortfall: "below our limit of 5", "under grensen", "under taket". */
const LIMIT = /^(?:limits?|ceiling|maximum|max|maks|grense|grensen|gräns|gränsen|tak|taket|høyst|högst)$/;
/** Spending told against a budget: under it is good news ("kostnadene ble 2 millioner under budsjett"). */
const SPENT = /^(?:costs?|spent|spend|spending|expenses?|kostnad\p{L}*|utgift\p{L}*|forbruk\p{L}*|förbrukning\p{L}*)$/u;
/** Money after a figure: "2 millioner kroner", "400 000 pounds" ("the mill" is no money). */
const MONEY = /^(?:kroner|kronor|kr|nok|sek|pounds?|euros?|dollars?|millioner|miljoner|million|millions|mill|mnok|msek)$/;
const spends = (text: readonly string[]): boolean => text.some((w, i) => SPENT.test(w) || (MONEY.test(w) && isNumber(text[i - 1])));
/** A rule or a plan told for the time ahead, or as it should be: nothing has fallen short of it yet. */
const AHEAD = /^(?:will|shall|skal|ska|skall|kommer|should|must|bør|bör|må|måste|aim|plans)$/;
/** How far the bar's word may stand after the comparative: "less than the ten minutes our own policy asks for". */
const BAR_REACH = 6;
/** How far back an own figure may stand before "under": "40 tonn under budsjett". */
const FIGURE_BACK = 4;

/** "the", "de", "den", "dei": between "than" and the bar's figure. */
const THE = /^(?:the|de|den|dei|det)$/;

/** A figure at or near i: the own result "2 200 tonn mindre enn" or the bar's "less than the ten minutes". */
const figureNear = (text: readonly string[], from: number, to: number): boolean => text.slice(Math.max(0, from), to).some(isNumber);

/** "under" before a time is "during" ("under året", "under 2025", "under hösten"): no bar is below it. */
const DURING_TIME = /^(?:året|år|perioden|säsongen|sesongen|hösten|høsten|våren|sommaren|sommeren|vintern|vinteren|veckan|uka|uken|månaden|måneden|dagen|natten|natta|helgen|(?:19|20)\d{2})$/;

/** Short of an own bar: a comparative of less, a figure before it or after it, and the bar's word within reach. */
function shortOfOwnBar(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (!LESS.test(word) || (word === 'under' && DURING_TIME.test(text[i + 1] ?? ''))) return false;
    const at = THAN.test(text[i + 1] ?? '') ? i + 2 : i + 1;
    if (!/^(?:under|below)$/.test(word) && at === i + 1) return false;
    const ahead = text.slice(at, at + BAR_REACH);
    if (!ahead.some((w) => OWN_BAR.test(w)) || ahead.some((w) => LIMIT.test(w))) return false;
    return figureNear(text, i - FIGURE_BACK, i) || figureNear(text, at, at + 3);
  });
}

/** A unit of time, also in its definite plural: "minutes", "minuttene", "minuterna", "timmarna". */
const isTimeWord = (word: string | undefined): boolean =>
  word !== undefined && (ANY_UNIT.test(word) || /^(?:minuttene|minuterna|timene|timane|timmarna|dagene|dagane|dagarna|ukene|veckorna)$/.test(word));

/** A time past an own bar: "after the 60 minutes we set ourselves", "mer enn de 30 minuttene som kravet er". */
function timePastOwnBar(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (!MORE.test(word)) return false;
    let at = THAN.test(text[i + 1] ?? '') ? i + 2 : i + 1;
    // Without "than", the bar's time is told as known ("after the 60 minutes we set"); "after 4 minutes" is the own time.
    if (THE.test(text[at] ?? '')) at += 1;
    else if (at === i + 1) return false;
    if (!isNumber(text[at]) || !isTimeWord(text[at + 1])) return false;
    return text.slice(at + 2, at + 2 + BAR_REACH).some((w) => OWN_BAR.test(w) && !LIMIT.test(w));
  });
}

/** A document of the house's rules, also closing a compound: "beredskapsplanen", "our emergency plan", "rutinen", "policy". */
const RULEBOOK = /(?:plan|planen|rutine|rutinen|rutin|routine|policy|policyn|instruks|instruksen|prosedyre|prosedyren|procedure|rutiner|rutinerna|manual|handbook|håndboka|håndboken|handboken)$/;
/** What it says: "says", "står (det)", "sier", "säger", "anger", "sets". */
const SAYS = /^(?:says|states|sets|står|sier|seier|säger|anger|sätter|setter)$/;
const SAYS_REACH = 3;

/** A time, then what the house's plan says: "stengt etter 11 minutter; i beredskapsplanen vår står det 5". */
function timeOverWhatThePlanSays(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (!RULEBOOK.test(word)) return false;
    const own = text.slice(0, i).findLastIndex((w, n) => isNumber(w) && isTimeWord(text[n + 1]));
    const says = text.slice(i + 1, i + 1 + SAYS_REACH).findIndex((w) => SAYS.test(w));
    if (own < 0 || says < 0) return false;
    const from = i + 2 + says;
    const bar = text.slice(from, from + SAYS_REACH).find(isNumber);
    const [mine, set] = [numberValue(text[own]), numberValue(bar)];
    return mine !== undefined && set !== undefined && mine > set;
  });
}

/** A part of a whole: "19 of 30", "tre av tolv". */
const OF = /^(?:of|av)$/;
/** A contrast that sets the routine against what was done: "although", "despite", "trots att", "selv om", "where". */
const THOUGH = /^(?:although|though|despite|whereas|where|while|trots|selv|sjølv|fast|men|but|der|där|mens|medan)$/;
/** The routine's word: a routine, a rule, a procedure, a requirement. */
const ROUTINE = /^(?:routines?|rules?|procedures?|rutine|rutinen|rutinene|rutin|rutinen|rutinerna|regel|regelen|regeln|reglene|reglerna|krav|kravet|prosedyren|instruksen)$/;
const PART_REACH = 12;
const ROUTINE_REACH = 4;

/** A part of a whole, then a contrast with the routine: "gjorts 19 av 30 dagar i augusti, trots att vår rutin säger varje dag". */
function partAgainstRoutine(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (!isNumber(word) || !OF.test(text[i + 1] ?? '')) return false;
    const [part, whole] = [numberValue(word), numberValue(text[i + 2])];
    if (part === undefined || whole === undefined || part >= whole) return false;
    const after = text.slice(i + 3, i + 3 + PART_REACH);
    const contrast = after.findIndex((w) => THOUGH.test(w));
    return contrast >= 0 && after.slice(contrast + 1, contrast + 1 + ROUTINE_REACH).some((w) => ROUTINE.test(w));
  });
}

/** Whether a sentence (folded words) tells an own result past a bar the company set itself: see the module comment. */
export function tellsPastOwnBar(text: readonly string[]): boolean {
  if (text.some((w) => AHEAD.test(w))) return false;
  if (timePastOwnBar(text) || timeOverWhatThePlanSays(text) || partAgainstRoutine(text)) return true;
  // Less of a bad thing than the bar is good news; spending under budget too.
  return !countsBadThing(text) && !spends(text) && shortOfOwnBar(text);
}
