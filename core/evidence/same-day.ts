/**
 * A service standard kept as a habit: "we" doing something for those served on the same day ("We phone tenants back on
 * the same working day", "Vi ringer kundene tilbake samme arbeidsdag", "Vi svarar alla kunder samma dag"). How fast the
 * house answers shows how it works: values shown, not claimed. Told now: a modal, an auxiliary or a past after "we" makes
 * it a plan or an event ("We will answer …", "We answered …"). Folded words (stems.ts).
 */
import { WE } from './small-words';

const SAME = /^(?:same|samme|samma)$/;
/** The day itself, or a working day in one word ("arbeidsdag", "arbetsdagen") or in two ("working day"). */
const DAY = /^(?:day|dag|dagen|\p{L}+dag|\p{L}+dagen)$/u;
const NOT_NOW = /^(?:will|would|shall|should|could|can|may|might|must|are|is|have|had|was|were|did|skal|ska|skall|vil|vill|ville|kan|kunne|kunde|må|måste|bør|bör|kommer|har|hadde|hade|er|är|var|blir|blev|ble)$/;
const PAST = /^\p{L}{2,}(?:ed|et|te|de|ade)$/u;
/** How far "the same day" may stand after the doing word. */
const REACH = 10;

export function tellsSameDay(text: readonly string[]): boolean {
  if (!WE.test(text[0] ?? '')) return false;
  const verb = text[1] ?? '';
  if (NOT_NOW.test(verb) || PAST.test(verb)) return false;
  const rest = text.slice(2, 2 + REACH);
  return rest.some((w, i) => SAME.test(w) && (DAY.test(rest[i + 1] ?? '') || DAY.test(rest[i + 2] ?? '')));
}
