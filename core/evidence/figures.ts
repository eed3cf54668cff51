/** Figures in folded words (see stems.ts): numbers written as digits or words, and units of time. */

const NUMBER_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  en: 1, ett: 1, ei: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12,
  två: 2, fyra: 4, sex: 6, åtta: 8, nio: 9, tio: 10, elva: 11,
};
const HALVES = /^(?:half|halvparten|hälften)$/;

/** The months' names in English, Bokmål and Swedish, folded (stems.ts); each once, where the languages share one. */
export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'januar', 'februar', 'mars', 'mai', 'juni', 'juli', 'oktober', 'desember', 'januari', 'februari', 'maj', 'augusti',
];
/** A month's name alone, as a folded word. */
export const MONTH = new RegExp(`^(?:${MONTH_NAMES.join('|')})$`);
/** A year or a month's name ("2024", "mars", "augusti"): a sentence holding one tells of a time, an event or a plan. "may" is a modal too, and left out. */
export const YEAR_OR_MONTH = new RegExp(`^(?:(?:19|20)\\d{2}|${MONTH_NAMES.filter((m) => m !== 'may').join('|')})$`);

export const isNumber = (word: string | undefined): boolean =>
  word !== undefined && (/^\d+$/.test(word) || word in NUMBER_VALUES || HALVES.test(word));

/** Whether a sentence (folded words) gives a figure: a number word, or a word that opens with a digit ("12", "3,5"). */
export const holdsFigure = (folded: readonly string[]): boolean => folded.some((word) => isNumber(word) || /^\d/.test(word));

/** The value of a number word or digits ("fourteen" is not read: it is rare in a figure). */
export function numberValue(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_VALUES[word];
}

/** Time units: short ones count only with "over"/"more than" or waiting, long ones with answering too. */
export const LONG_UNIT = /^(?:weeks?|months?|uker?|ukene|måneder|månedene|måned|vecka|veckor|veckan|veckorna|månader|månaderna|månad)$/;
export const ANY_UNIT = new RegExp(`^(?:minutes?|hours?|days?|minutt|minutter|time|timer|dag|dager|døgn|minut|minuter|timme|timmar|dagar|dygn)$|${LONG_UNIT.source}`);
