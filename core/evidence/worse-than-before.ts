/**
 * A figure set against an earlier figure of the same kind, where the change is for the worse: "88 procent …, mot
 * 96 procent ett år tidigare", "gjekk frå 71 prosent i 2023 til 63 prosent i 2025", "median first reply went from
 * 2 hours in Q2 to 9 hours in Q3", "14 ungdomar, jämfört med 31 för fem år sedan". A structure, not wording: two
 * figures, one tied to an earlier time, and a direction read from what is measured (a time, or a bad thing such
 * as complaints, is worse when it grows; anything else a company counts is worse when it shrinks). Good news
 * ("revenue grew from 10 to 14 million") and targets ("skal gå fra 40 til 60 prosent") are not told.
 * Reads the folded sentence (see stems.ts) with its decimal commas, which the word list loses.
 */
import { ANY_UNIT } from './figures';
import { isBad } from './shortfall-events';
import { fold } from './stems';

/** A figure: digits with thousands spaces and a decimal part ("3 000", "7,5", "1.9"), not inside a word ("Q2"). */
const FIGURE = /(?<![\p{L}\d])\d{1,3}(?:[\u00a0 ]\d{3})+(?![\d,.]\d)|(?<![\p{L}\d])\d+(?:[.,]\d+)?(?![\p{L}\d])/gu;
const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}]+)?|[.,;:]/gu;

const PERCENT = /^(?:%|per|percent|prosent|procent|prosentpoeng|procentenheter)$/;
/** A plan or a target falls short of nothing yet. */
const FUTURE = /^(?:will|shall|skal|ska|skall|aim|target|goal|mål|målet|kommer)$/;

/** "mot", "against", "compared with", "jämfört med", "samanlikna med", "versus": the earlier figure follows. */
const BESIDE = /^(?:mot|against|compared|versus|vs|jämfört|jamfort|sammenlignet|samanlikna|sammenliknet)$/;
/** An earlier time after the second figure: "ett år tidigare", "året innan", "for fem år sedan", "a year ago", "i fjor". */
const EARLIER = /^(?:ago|before|earlier|previously|tidligere|tidlegare|tidigare|sedan|siden|innan|før|fjor|fjol|förra|forrige|last)$/;
const YEAR_OR_QUARTER = /^(?:(?:19|20)\d{2}|q[1-4])$/;
/** How far the earlier time may stand after the figure set beside: "96 procent ett år tidigare". */
const EARLIER_REACH = 6;

/** "from … to": "fra", "frå", "från", "from"; "til", "till", "to". */
const FROM = /^(?:from|fra|frå|från)$/;
const TO = /^(?:to|til|till)$/;
/** A word of change before "from": "went", "gjekk", "gick", "rose", "sank", "økte", "changed". */
const CHANGED = /^(?:went|gone|moved|changed|rose|risen|fell|fallen|grew|grown|dropped|increased|decreased|declined|climbed|slipped|gikk|gjekk|gick|gått|økte|økt|auka|steg|steget|stigit|falt|fall|sank|sjönk|sjunkit|ökade|ökat|minsket|minska|minskade|redusert|endret|endra|ändrades)$/;
/** How many words the "to" figure may stand after the "from" figure: "2 hours in Q2 to 9 hours". */
const TO_REACH = 5;

/** Besides the bad things shortfall-events.ts knows: errors and what is thrown away ("kassationen", "svinnet", "scrap"). */
const WASTE = /^(?:kassat|kasser|svinn|scrap|waste|spill|vrak|feil|fel$|errors?$|defect|mistakes?$)/;

type Kind = 'percent' | 'time' | 'count';
interface Figure { value: number; at: number; kind: Kind | undefined }

/** The sentence as tokens, with each figure read as one token ("7,5" → 7.5) and its kind from the word after it. */
function figuresOf(sentence: string): { tokens: string[]; figures: Figure[] } {
  const folded = fold(sentence).replace(/%/g, ' percent ');
  const tokens: string[] = [];
  const values = new Map<number, number>();
  let last = 0;
  for (const match of folded.matchAll(FIGURE)) {
    tokens.push(...(folded.slice(last, match.index).match(TOKEN) ?? []));
    values.set(tokens.length, Number(match[0].replace(/[\u00a0 ]/g, '').replace(',', '.')));
    tokens.push(match[0]);
    last = match.index + match[0].length;
  }
  tokens.push(...(folded.slice(last).match(TOKEN) ?? []));
  const figures = [...values].map(([at, value]) => {
    const unit = tokens[at + 1] ?? '';
    const kind: Kind | undefined = PERCENT.test(unit) ? 'percent' : ANY_UNIT.test(unit) ? 'time' : /^\p{L}{3,}$/u.test(unit) ? 'count' : undefined;
    return { value, at, kind };
  });
  return { tokens, figures };
}

/** A year or a quarter read as a figure is a time, not a measure: "i 2023", "in Q3". */
const isTime = (figure: Figure, tokens: readonly string[]): boolean => YEAR_OR_QUARTER.test(tokens[figure.at] ?? '') && figure.kind !== 'percent';

/** Whether the change from `earlier` to `later` is for the worse, given what the sentence measures. */
function worse(earlier: Figure, later: Figure, tokens: readonly string[]): boolean {
  const kind = later.kind ?? earlier.kind;
  if (kind === 'time') return later.value > earlier.value;
  // More of a bad thing (complaints, errors, returns) is worse; of anything else a company counts, less is.
  return tokens.some((token) => /^\p{L}+$/u.test(token) && (isBad(token) || WASTE.test(token))) ? later.value > earlier.value : later.value < earlier.value;
}

/** A word after a figure may be no unit at all ("96 for ett år siden"): only a percent set against a time is told apart. */
const sameKind = (a: Figure, b: Figure): boolean => a.kind === b.kind || [a.kind, b.kind].some((kind) => kind === undefined || kind === 'count');

/** "X …, mot Y <earlier time>": the later figure first, the earlier one after the word that sets it beside. */
function besideEarlier(tokens: readonly string[], figures: readonly Figure[]): boolean {
  return figures.some((earlier, n) => {
    const beside = [1, 2, 3].map((back) => earlier.at - back).find((i) => BESIDE.test(tokens[i] ?? ''));
    if (beside === undefined || isTime(earlier, tokens)) return false;
    const later = [...figures.slice(0, n)].reverse().find((f) => f.at < beside && !isTime(f, tokens));
    if (!later || !sameKind(later, earlier)) return false;
    const after = tokens.slice(earlier.at + 1, earlier.at + 1 + EARLIER_REACH);
    return after.some((t) => EARLIER.test(t)) && worse(earlier, later, tokens);
  });
}

/** "went from X (in 2023) to Y (in 2025)": a change told, with a word of change or a time tied to the first figure. */
function fromTo(tokens: readonly string[], figures: readonly Figure[]): boolean {
  return figures.some((earlier, n) => {
    if (!FROM.test(tokens[earlier.at - 1] ?? '') || isTime(earlier, tokens)) return false;
    const later = figures.slice(n + 1).find((f) => f.at - earlier.at <= TO_REACH + 1 && TO.test(tokens[f.at - 1] ?? '') && !isTime(f, tokens));
    if (!later || !sameKind(earlier, later)) return false;
    const told = tokens.slice(Math.max(0, earlier.at - 4), earlier.at - 1).some((t) => CHANGED.test(t));
    const dated = tokens.slice(earlier.at + 1, later.at).some((t) => YEAR_OR_QUARTER.test(t) || EARLIER.test(t));
    return (told || dated) && worse(earlier, later, tokens);
  });
}

/** Whether a sentence sets a figure against an earlier one and the change is for the worse: see the module comment. */
export function tellsWorseThanBefore(sentence: string): boolean {
  const { tokens, figures } = figuresOf(sentence);
  if (figures.length < 2 || tokens.some((t) => FUTURE.test(t))) return false;
  return besideEarlier(tokens, figures) || fromTo(tokens, figures);
}
