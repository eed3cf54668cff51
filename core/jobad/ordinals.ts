/**
 * Days of the month written as ordinal words, in English, Norwegian and Swedish: "the fourteenth of
 * January", "den fjortende januar", "den fjortonde januari". Read as figures ("14. January") so that
 * dates in words parse as dates in figures do.
 */

const EN_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const EN_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const NB_UNITS = ['første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuende|syvende', 'åttende', 'niende'];
const NB_TEENS = ['tiende', 'ellevte', 'tolvte', 'trettende', 'fjortende', 'femtende', 'sekstende', 'syttende', 'attende', 'nittende'];
const SV_UNITS = ['första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde'];
const SV_TEENS = ['tionde', 'elfte', 'tolfte', 'trettonde', 'fjortonde', 'femtonde', 'sextonde', 'sjuttonde', 'artonde', 'nittonde'];

/** Each written form of days 1–31, longest first so that "twenty-first" is read before "first". */
function ordinalForms(): [string, number][] {
  const forms: [string, number][] = [];
  const add = (words: string, day: number): void => {
    for (const word of words.split('|')) forms.push([word, day]);
  };
  const units = [EN_UNITS, NB_UNITS, SV_UNITS];
  units.forEach((list) => list.forEach((w, i) => add(w, i + 1)));
  [EN_TEENS, NB_TEENS, SV_TEENS].forEach((list) => list.forEach((w, i) => add(w, i + 10)));
  add('twentieth', 20);
  add('tjuende|tyvende', 20);
  add('tjugonde', 20);
  add('thirtieth', 30);
  add('trettiende', 30);
  add('trettionde', 30);
  EN_UNITS.forEach((w, i) => add(`twenty-${w}|twenty ${w}`, 21 + i));
  NB_UNITS.forEach((w, i) => w.split('|').forEach((u) => add(`tjue${u}`, 21 + i)));
  SV_UNITS.forEach((w, i) => add(`tjugo${w}`, 21 + i));
  add('thirty-first|thirty first', 31);
  add('trettiførste', 31);
  add('trettioförsta', 31);
  return forms.sort((a, b) => b[0].length - a[0].length);
}

const FORMS = ordinalForms();
const DAY = new Map(FORMS.map(([word, day]) => [word, day]));
const ORDINAL = new RegExp(String.raw`(?<!\p{L})(?:the\s+)?(${FORMS.map(([w]) => w).join('|')})(?:\s+(?:of|day of))?(?=\s+(?:jan|feb|mar|apr|ma[iyj]|jun|jul|aug|sep|o[ck]t|nov|de[cs])\p{L}*(?!\p{L}))`, 'giu');

/** "Thursday the fourteenth of January 2027" → "Thursday 14. January 2027"; an ordinal not before a month stays a word. */
export function ordinalsAsFigures(text: string): string {
  return text.replace(ORDINAL, (_m: string, word: string) => `${DAY.get(word.toLowerCase()) ?? word}.`);
}
