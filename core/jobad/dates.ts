import { ordinalsAsFigures } from './ordinals';

/**
 * Dates as job ads write them, in English, Norwegian and Swedish, to ISO
 * `yyyy-mm-dd`. Day-first is assumed for numeric dates (European usage) unless
 * the day cannot be the day.
 */

const MONTHS: [RegExp, number][] = [
  [/^jan/, 1], [/^feb/, 2], [/^mar/, 3], [/^apr/, 4], [/^ma[iyj]/, 5], [/^jun/, 6],
  [/^jul/, 7], [/^a[uú]?g/, 8], [/^sep/, 9], [/^o[ck]t/, 10], [/^nov/, 11], [/^de[cs]/, 12],
];
const MONTH_NAMES =
  'january|januari|januar|february|februari|februar|march|mars|april|may|maj|mai|june|juni|july|juli|' +
  'augusti|august|september|october|oktober|november|december|desember|' +
  // v65: Icelandic, on an Icelandic board's rows ("Umsóknarfrestur / Application deadline: 11. janúar 2027").
  'janúar|febrúar|apríl|maí|júní|júlí|ágúst|október|nóvember|' +
  'jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|okt|nov|dec|des';
const M = `(${MONTH_NAMES})(?!\\p{L})\\.?`;

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray, monthFirst: boolean) => [number, number, number | undefined] }[] = [
  // 2026-12-15, 2026.12.15, 2026/12/15
  { re: /(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/u, read: (m) => [+m[3]!, +m[2]!, +m[1]!] },
  // 15.12.2026, 15/12/26, 15-12-2026
  { re: /(?<![\d.])(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?![\d])/u, read: (m, us) => numeric(+m[1]!, +m[2]!, +m[3]!, us && m[0].includes('/')) },
  // "den 14/2 2027": day/month, then the year after a space
  { re: /(?<![\d./])(\d{1,2})\/(\d{1,2})\s+(\d{4})(?!\d)/u, read: (m) => numeric(+m[1]!, +m[2]!, +m[3]!) },
  // 1. desember 2026, 15 december 2026, 15:e december, 3rd of March 2026, 1. desember, 13-Jan-2027
  {
    re: new RegExp(`(?<![\\d\\p{L}])(\\d{1,2})(?:\\.|st|nd|rd|th|:e|:a)?(?:\\s*|-)(?:of\\s+)?${M}(?:(?:,?\\s*|-)(\\d{4}))?(?!\\d)`, 'iu'),
    read: (m) => [+m[1]!, monthNumber(m[2]!), m[3] ? +m[3] : undefined],
  },
  // December 15, 2026 / Dec 15th 2026
  {
    re: new RegExp(`(?<!\\p{L})${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu'),
    read: (m) => [+m[2]!, monthNumber(m[1]!), +m[3]!],
  },
  // "Ansök senast 17/1", "Frist: 8/1", "Apply by 1/15": day and month without a year ("24/7" is a rota, not a date)
  { re: /(?<![\d./])(?!24\/7(?!\d))(\d{1,2})\/(\d{1,2})(?![\d/.]|\s*(?:%|stilling|tjänst|dag|dagar|days?|dager|timer|hours?))/u, read: (m, us) => yearless(+m[1]!, +m[2]!, us) },
];

function yearless(day: number, month: number, monthFirst: boolean): [number, number, undefined] {
  return (month > 12 || monthFirst) && day <= 12 ? [month, day, undefined] : [day, month, undefined];
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return MONTHS.find(([re]) => re.test(lower))?.[1] ?? 0;
}

function numeric(day: number, month: number, year: number, monthFirst = false): [number, number, number] {
  const fullYear = year < 100 ? 2000 + year : year;
  // 12/15/2026 can only be month-first; on a US page 01/12/2027 is too (12 January), unless 13/01 says otherwise.
  return (month > 12 || monthFirst) && day <= 12 ? [month, day, fullYear] : [day, month, fullYear];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `yyyy-mm-dd` when the parts make a real date in a plausible year. */
export function isoFromParts(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/**
 * The first date written in `text`. A date without a year ("1. desember") is
 * read as the next such day on or after `reference` (an ISO date), and
 * ignored when there is no reference. `monthFirst` reads "01/12/2027" as a US page writes it.
 */
export function findDate(text: string, reference?: string, monthFirst = false): string | undefined {
  let best: { index: number; iso: string } | undefined;
  const sample = ordinalsAsFigures(text.slice(0, 2000));
  for (const { re, read } of PATTERNS) {
    const m = re.exec(sample);
    if (!m || (best && best.index <= m.index)) continue;
    const [day, month, year] = read(m, monthFirst);
    const iso = year === undefined ? withReferenceYear(day, month, reference) : isoFromParts(year, month, day);
    if (iso) best = { index: m.index, iso };
  }
  return best?.iso;
}

/** The dates `text` writes with their month's name ("January 10, 2027", "10 January 2027"), which no reader can swap. */
export function namedDates(text: string): Set<string> {
  const sample = ordinalsAsFigures(text);
  return new Set(
    PATTERNS.slice(3, 5).flatMap(({ re, read }) =>
      [...sample.matchAll(new RegExp(re.source, 'giu'))].flatMap((m) => {
        const [day, month, year] = read(m, false);
        const iso = year === undefined ? undefined : isoFromParts(year, month, day);
        return iso ? [iso] : [];
      }),
    ),
  );
}

export const namesDate = (text: string, iso: string | undefined): boolean => !!iso && namedDates(text).has(iso);

function withReferenceYear(day: number, month: number, reference?: string): string | undefined {
  const refYear = reference ? Number(reference.slice(0, 4)) : NaN;
  if (!reference || !Number.isInteger(refYear)) return undefined;
  const sameYear = isoFromParts(refYear, month, day);
  return sameYear && sameYear >= reference.slice(0, 10) ? sameYear : isoFromParts(refYear + 1, month, day);
}

/**
 * A schema.org date or date-time as an ISO date. The date is taken as written:
 * `2019-04-30T01:00:00+02:00` is the 30th where the ad was published.
 */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return isoFromParts(+iso[1]!, +iso[2]!, +iso[3]!);
  return findDate(text);
}

const ASAP =
  /(?<!\p{L})(snarest|snarast|snarast möjligt|fortløpende|løpende|fortlöpande|löpande|omgående|asap|as soon as possible|rolling|ongoing|until filled)(?!\p{L})/iu;

/** A page written for the US ("en-US"), where a numeric date is month-first. */
export function writesMonthFirst(lang: string | undefined): boolean {
  return /^en[-_]us$/iu.test((lang ?? '').trim());
}

/** "Søknadsfrist: snarest", "Löpande urval": a deadline that is not a date. */
export function isAsap(text: string): boolean {
  return ASAP.test(text);
}

/** Where the "as soon as possible" wording starts, or -1. */
export function asapIndex(text: string): number {
  return text.search(ASAP);
}
