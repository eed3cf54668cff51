/**
 * An own figure read against a norm and worse than it: a target, a limit or a requirement ("elva blodförgiftningar,
 * mot målet högst fem", "6,8 procent, mot 4 procent som vi själva satt som gräns", "91 prosent …, mens kontrakten
 * krever 95 prosent"), or a multiple of an earlier month or year for a bad thing ("nästan dubbelt så mycket som i
 * oktober"). A structure: two figures and the word that sets one as the bar. The direction comes from the bar
 * ("högst", "limit": above it is worse; "minst", "at least": below it) or from what is measured (a time or a bad thing
 * is worse above the bar, anything else below it). Good news told the same way ("two infections, against a limit of
 * five", "99 per cent on time, against a target of 95") is no gap; a bar for the years ahead falls short of nothing yet.
 */
import { countsBadThing, type Figure, figuresOf, type FiguresRead, isTime, isYear, worse } from './figure-tokens';
import { ANY_UNIT, numberValue, YEAR_OR_MONTH } from './figures';
import { AND } from './small-words';

/** What sets the other figure beside the own one: "mot", "against", "while the contract requires", "jämfört med". */
// … or above or below it: "16 percent, well above our target of 10", "langt over målet på 10 prosent" (the bar's word must follow).
const BESIDE = /^(?:mot|against|versus|vs|while|whereas|where|der|där|mens|medan|men|but|compared|jämfört|sammenlignet|above|below|over|under|över|beyond)$/;
/** How far a bar's figure may stand after its own word: "while our own standard is to restore supply within 12 hours". */
const OWN_BAR_FIGURE_REACH = 8;
/** A bar set by someone: a target, a limit, a requirement, a promise. */
const BAR = /^(?:target|targets|goal|limit|limits|requirement|requires|required|demands|ceiling|maximum|minimum|max|maks|mål|målet|målsettingen|målsättningen|grense|grensen|grenseverdien|gräns|gränsen|gränsvärdet|riktvärde|riktvärdet|riktverdi|riktverdien|krav|kravet|krever|kreves|kräver|krävs|tak|taket|promised|lovet|lovat|lovar|lover)$/;
/**
 * A bar the company set itself: its standard, its routine, its budget, its plan, its promise ("while our own standard is
 * to restore supply within 12 hours", "mens budsjettet var 6 000 timer", "och löftet är 90 procent", "and our plan was 3.5%"),
 * or a commitment or a guarantee it gave ("well above the 10 days we guarantee tenants", "långt över vårt åtagande på tio dagar").
 */
const OWN_BAR = /^(?:expected|reckoned|forventet|forventa|förväntat|väntat|räknat|räknade|regnet|standard|standards|standarden|routine|routines|rutine|rutinen|rutinene|rutin|rutinerna|budget|budgets|budgeted|budgeten|budgetens|budgeterade|budgeterat|budsjett|budsjettet|budsjettets|budsjetterte|budsjettert|plan|planen|planens|planned|planlagt|planerat|planerade|promise|løfte|løftet|löfte|löftet|norm|normen|policy|commitment|commitments|pledge|guarantee|guaranteed|forpliktelse|forpliktelsen|garanti|garantien|garantin|garanterte|garanterade|åtagande|åtagandet|utfästelse|utfästelsen)$/;
const isBar = (word: string): boolean => BAR.test(word) || OWN_BAR.test(word);
/** A bar from above ("högst fem", "at most", "a limit of", a budget): the figure should stay under it. */
const UPPER = /^(?:limit|limits|ceiling|maximum|max|maks|most|høyst|høgst|högst|grense|grensen|grenseverdien|gräns|gränsen|gränsvärdet|riktvärde|riktvärdet|riktverdi|riktverdien|tak|taket)$/;
/** A budget caps what is spent ("3 900 timer …, mens budsjettet var 2 500"); what is earned or moved it sets as a bar to reach. */
const BUDGET = /^(?:budget|budgets|budgeted|budgeten|budgetens|budgeterade|budgeterat|budsjett|budsjettet|budsjettets|budsjetterte|budsjettert)$/;
/**
 * What a budget caps: money or hours spent ("brukte vi 3 900 timer", "Lønnskostnadene", "12 millioner kroner"). Anything else
 * a budget sets (tonnes taken in, a room's occupancy) is a level to reach, read as any bar is.
 */
const SPENT = /^(?:spent|spend|spends|used|uses|brukte|brukt|bruker|använde|använt|använder|forbrukte|förbrukade|kroner|kronor|kr|nok|sek|pounds|euro|euros|dollars|millioner|miljoner|million|millions|mill|mnok|msek|hours|timer|timmar|\p{L}*(?:cost|costs|kostnad|kostnader|kostnadene|kostnaderna|utgift|utgifter|expenses|expenditure))$/u;
/** What is earned or moved: a result, revenue, sales, a volume ("Rörelseresultatet", "godsvolymen"); below the budget is worse. */
const EARNED = /(?:resultat|result|revenue|income|sales|salg|försäljning|omsetning|omsättning|intäkt|inntekt|volume|volym|volum|profit|vinst|overskudd)/;
/** A bar from below ("minst 95", "at least"): the figure should reach it. */
const LOWER = /^(?:minimum|least|minst)$/;
const FUTURE = /^(?:will|shall|skal|ska|skall|kommer|aim|plan|plans)$/;
/** A plan told in the past as the bar ("our plan for the half was 260,000", "planen var 40"): no future. */
const WAS = /^(?:was|were|var|ble|blev|vart)$/;
const PLAN_WAS_REACH = 4;
/** … or set beside as the bar: "against the plan of 35", "against a plan of 5,000", "mot planen på 38". */
const planThatWas = (tokens: readonly string[], i: number): boolean =>
  /^(?:plan|planen)$/.test(tokens[i] ?? '') &&
  (tokens.slice(i + 1, i + 1 + PLAN_WAS_REACH).some((w) => WAS.test(w)) || (BESIDE.test(tokens[i - 2] ?? '') && /^(?:the|our|a|an)$/.test(tokens[i - 1] ?? '')));
/** How far the bar's figure may stand after the word that sets it beside: "mens kontrakten krever 95". */
const BAR_FIGURE_REACH = 4;
/** How far the bar's word may stand after its figure: "4 procent som vi själva satt som gräns". */
const BAR_WORD_REACH = 8;
/** The company's own, between "and" and the bar's word: "och vårt eget krav", "and our own target". */
const OWN = /^(?:our|own|vår|vårt|våre|våra|egen|eget|egne|egna|eigen|eige)$/;
/** How far "and" may stand before the bar's word when only the company's own words come between. */
const AND_OWN_REACH = 4;
const andOwnBar = (tokens: readonly string[], i: number): boolean => {
  const bar = tokens.slice(i + 1, i + 1 + AND_OWN_REACH).findIndex(isBar);
  return bar >= 0 && tokens.slice(i + 1, i + 1 + bar).every((w) => OWN.test(w));
};
/** Running: a machine or a line "ran" for a time ("Høvleriet gikk 31 timer", "the kiln ran 40 hours"); less of that is worse. */
const RAN = /^(?:ran|run|operated|gikk|gick|kjørte|körde|gått|kørte)$/;
/** … not time that passed ("det gikk 14 minutter før", "it ran to 40 minutes"). */
const PASSED = /^(?:det|it|der|där|there)$/;
const ranFor = (tokens: readonly string[], at: number): boolean => RAN.test(tokens[at - 1] ?? '') && !PASSED.test(tokens[at - 2] ?? '');

function belowTheBar(tokens: readonly string[], figures: readonly Figure[]): boolean {
  return tokens.some((word, i) => {
    // "and our plan was", "og budsjettet var": "and" sets the bar beside when a bar's word stands within two words of it.
    const andBar = AND.test(word) && (tokens.slice(i + 1, i + 3).some(isBar) || andOwnBar(tokens, i));
    if (!BESIDE.test(word) && !andBar) return false;
    // The bar's word first, then its figure further on: "while our own standard is to restore supply within 12 hours".
    const barWord = tokens.slice(i + 1, i + 1 + BAR_FIGURE_REACH).findIndex(isBar);
    const reach = barWord >= 0 ? i + 1 + barWord + OWN_BAR_FIGURE_REACH : i + BAR_FIGURE_REACH;
    const bar = figures.find((f) => f.at > i && f.at <= reach && !isTime(f, tokens));
    // The own figure is of the bar's kind: "91 prosent … innenfor tre minutter, mens kontrakten krever 95 prosent".
    const before = [...figures].reverse().filter((f) => f.at < i && !isTime(f, tokens));
    // … and of the bar's own unit first, where one is named: "52 dBA vid tre av tolv mätningar, där vårt eget riktvärde är 50 dBA".
    const sameUnit = bar?.kind === 'count' ? before.find((f) => tokens[f.at + 1] === tokens[bar.at + 1]) : undefined;
    const own = sameUnit ?? before.find((f) => bar?.kind === undefined || f.kind === bar.kind) ?? before[0];
    if (!own || !bar) return false;
    const around = [...tokens.slice(i + 1, bar.at), ...tokens.slice(bar.at + 1, bar.at + 1 + BAR_WORD_REACH)];
    if (!around.some(isBar)) return false;
    const earned = tokens.slice(0, own.at).some((w) => EARNED.test(w));
    const spent = !earned && tokens.some((w) => SPENT.test(w));
    if (around.some((w) => UPPER.test(w) || (BUDGET.test(w) && spent))) return own.value > bar.value;
    if (earned && around.some((w) => BUDGET.test(w))) return own.value < bar.value;
    if (around.some((w) => LOWER.test(w)) || ranFor(tokens, own.at)) return own.value < bar.value;
    // Without a side named, as a figure is worse than an earlier one: a time or a bad thing above the bar, else below.
    return worse(bar, own, tokens);
  });
}

/** "twice", "double", "dobbelt", "dubbelt", "three times", "tre ganger", "tre gånger". */
const TWICE = /^(?:twice|double|dobbelt|dubbelt)$/;
const TIMES = /^(?:times|ganger|gånger)$/;
const AS = /^(?:as|så)$/;
const THAN_THEN = /^(?:as|som)$/;
/** An earlier time after the "som"/"as": "som i oktober", "as last year", "som året før", "som i våras" (last spring). */
const EARLIER = /^(?:last|fjor|fjol|förra|forrige|before|før|före|innan|tidligere|tidigare|earlier|våras|somras|höstas|vintras)$/;
/** "as long", "så lenge", "så länge": a multiple of a time, worse when it grows as any time is. */
const LONG = /^(?:long|lenge|länge|lang)$/;
const THEN_REACH = 4;

/** A bad thing counted a multiple of an earlier time: "nästan dubbelt så mycket som i oktober", "three times as many as in 2024". */
function multipleOfBefore(tokens: readonly string[]): boolean {
  return tokens.some((word, i) => {
    const multiple = TWICE.test(word) || (TIMES.test(word) && /^\d+$|^(?:two|three|four|to|tre|fire|två|fyra)$/.test(tokens[i - 1] ?? ''));
    if (!multiple || !AS.test(tokens[i + 1] ?? '')) return false;
    const then = tokens.slice(i + 2, i + 2 + THEN_REACH).findIndex((w) => THAN_THEN.test(w));
    if (then < 0) return false;
    const after = tokens.slice(i + 3 + then, i + 3 + then + THEN_REACH);
    return after.some((w) => YEAR_OR_MONTH.test(w) || isYear(w) || EARLIER.test(w)) && (LONG.test(tokens[i + 2] ?? '') || countsBadThing(tokens));
  });
}

/** "more than", "mer enn", "mer än", "longer than", "over", "över": a bar the figure after it passes. */
const MORE = /^(?:more|mer|mere|meir|longer|lenger|lengre|längre)$/;
const THAN = /^(?:than|enn|än|en)$/;
const OVER = /^(?:over|över|utover|utöver)$/;
/** The reader offered something ("you get more than 25 days off") is a benefit, not a gap. */
const READER = /^(?:you|your|du|deg|dig|din|ditt|dine|dina|dere|ni)$/;

/**
 * A time told past a bar: "2 300 customers were without service for more than four hours", "fire av ti har jobbet mer
 * enn 60 timer i en uke", "9 av 24 planer uppdaterades för mer än sex månader sedan". Nobody tells a time as more than
 * a bar but to say it went too long: the bar is the norm. A time unit only (a year is history: "for over 40 years"),
 * and not a plan's or the reader's ("ingen skal vente mer enn seks uker" is a target).
 */
function pastATimeBar(tokens: readonly string[]): boolean {
  if (tokens.some((t) => READER.test(t))) return false;
  return tokens.some((word, i) => {
    const bar = OVER.test(word) || (THAN.test(word) && MORE.test(tokens[i - 1] ?? ''));
    // The figure after the bar is a figure whatever else its word may be: "mer än sex månader".
    const figure = /^\d+(?:[.,]\d+)?$/.test(tokens[i + 1] ?? '') || numberValue(tokens[i + 1]) !== undefined;
    return bar && figure && ANY_UNIT.test(tokens[i + 2] ?? '');
  });
}

/** Whether a sentence tells an own figure worse than its bar or a bad thing a multiple of before: see the module comment. */
export function tellsAgainstNorm(sentence: string, read: FiguresRead = figuresOf(sentence)): boolean {
  const { tokens, figures } = read;
  if (tokens.some((t, i) => FUTURE.test(t) && !planThatWas(tokens, i))) return false;
  return (figures.length >= 2 && belowTheBar(tokens, figures)) || (figures.length >= 1 && (multipleOfBefore(tokens) || pastATimeBar(tokens)));
}
