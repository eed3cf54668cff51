import type { Salary, SalaryPeriod } from './types';

/** Salaries as written in ads ("650 000–750 000 kr per år", "$120k–$150k a year", "45 000 kr/mån"). */

const CURRENCY =
  /(?<!\p{L})(NOK|SEK|DKK|EUR|USD|GBP|CHF|ISK|kroner|kronor|kr)(?!\p{L})\.?|[€$£]/iu;
const SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', kroner: 'NOK', kronor: 'SEK' };
const KRONE_BY_LANG: Record<string, string> = { nb: 'NOK', nn: 'NOK', no: 'NOK', sv: 'SEK', da: 'DKK', is: 'ISK' };

const AMOUNT = /(?<![\d.,])(\d{1,3}(?:[ \u00a0\u202f.,’']\d{3})+|\d+)(?:[.,](\d{1,2}))?(?!\d)(?:\s?(k|K|mill\.?|million|MNOK)(?!\p{L}))?/gu;

/** "per år", "a year", "i måneden", "/mån" before a unit word; or a word that says the period by itself. */
function period(units: string, words: string): RegExp {
  return new RegExp(`(?:(?<!\\p{L})(?:per|pr\\.?|a|an|i|om|each)\\s*|/\\s*)(?:${units})(?!\\p{L})|(?<!\\p{L})(?:${words})(?!\\p{L})`, 'iu');
}

const PERIODS: [RegExp, SalaryPeriod][] = [
  [period('hour|hr|h|time|timme|tim', 'hourly|timelønn|timlön|timpris'), 'hour'],
  [period('day|dag', 'daily|dagslønn|daglön'), 'day'],
  [period('week|uke|vecka|veckan', 'weekly|ukelønn|veckolön'), 'week'],
  [period('month|mo|måned|måneden|mnd|månad|månaden|mån', 'monthly|månedslønn|månadslön|månedlig'), 'month'],
  [period('year|yr|annum|år|året', 'annual|annually|yearly|årslønn|årslön|årlig|p\\.a\\.'), 'year'],
];

const CUR = '(?:[A-Za-z]{3}|kr\\.?|[$€£])';
/** What stands between the two amounts of a range: "650 000 – 750 000", "$120k to $150k", "45 000 kr - 55 000 kr". */
const RANGE = new RegExp(`^\\s*${CUR}?\\s*(?:-|–|—|to|til|till|and|och|og)\\s*${CUR}?\\s*$`, 'iu');
const UP_TO = /(?<!\p{L})(opptil|inntil|upp till|up to|max(?:imum)?)\s*[$€£]?\s*$/iu;
const FROM = /(?<!\p{L})(fra|från|from|minimum|min\.?|starting at)\s*[$€£]?\s*$/iu;

const UNIT_TEXT: Record<string, SalaryPeriod> = {
  HOUR: 'hour', HOURLY: 'hour', DAY: 'day', DAILY: 'day', WEEK: 'week', WEEKLY: 'week',
  MONTH: 'month', MONTHLY: 'month', YEAR: 'year', YEARLY: 'year', ANNUAL: 'year', ANNUALLY: 'year',
};

/** schema.org `unitText` (`HOUR`, `MONTH`, `YEAR`…) as a period. */
export function periodFromUnit(unit: unknown): SalaryPeriod | undefined {
  return typeof unit === 'string' ? UNIT_TEXT[unit.trim().toUpperCase().replace(/^PER[\s_]/, '')] : undefined;
}

export function currencyFrom(token: string, lang?: string): string | undefined {
  const lower = token.toLowerCase().replace(/\.$/, '');
  if (SYMBOLS[token] ?? SYMBOLS[lower]) return SYMBOLS[token] ?? SYMBOLS[lower];
  if (lower === 'kr') return KRONE_BY_LANG[(lang ?? '').slice(0, 2).toLowerCase()];
  return /^[a-z]{3}$/.test(lower) ? lower.toUpperCase() : undefined;
}

/** "650 000", "650.000", "120,000.50", "120k" → a number. */
export function parseAmount(digits: string, decimals?: string, multiplier?: string): number {
  const whole = Number(digits.replace(/[^\d]/g, ''));
  const value = decimals ? whole + Number(`0.${decimals}`) : whole;
  if (!multiplier) return value;
  return /^k$/i.test(multiplier) ? value * 1000 : value * 1_000_000;
}

/** The salary written in `text`, when it has an amount that is plausibly money. */
export function parseSalaryText(text: string, lang?: string): Salary | undefined {
  const sample = text.slice(0, 400);
  const currencyMatch = CURRENCY.exec(sample);
  const currency = currencyMatch ? currencyFrom(currencyMatch[0].trim(), lang) : undefined;
  const amounts = [...sample.matchAll(AMOUNT)]
    .map((m) => ({ value: parseAmount(m[1]!, m[2], m[3]), start: m.index, end: m.index + m[0].length }))
    // A bare small number ("lønnstrinn 52", "2 years") is not a salary unless a currency is beside it.
    .filter((a) => a.value > 0 && (a.value >= 1000 || currencyMatch !== null));
  if (amounts.length === 0 || (!currencyMatch && amounts.every((a) => a.value >= 1990 && a.value <= 2100))) return undefined;
  const first = amounts[0]!;
  const second = amounts[1];
  const between = second ? sample.slice(first.end, second.start) : '';
  const isRange = second !== undefined && RANGE.test(between);
  const salary: Salary = {};
  if (isRange) {
    salary.min = Math.min(first.value, second.value);
    salary.max = Math.max(first.value, second.value);
  } else if (UP_TO.test(sample.slice(0, first.start))) {
    salary.max = first.value;
  } else if (FROM.test(sample.slice(0, first.start))) {
    salary.min = first.value;
  } else {
    salary.min = first.value;
    salary.max = first.value;
  }
  if (currency) salary.currency = currency;
  const period = PERIODS.find(([re]) => re.test(sample))?.[1];
  if (period) salary.period = period;
  return salary;
}
