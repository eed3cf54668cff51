/**
 * A way of working told as the company's choice: "we" do one thing rather than another ("Vi spør heller én gang for
 * mye enn én gang for lite", "Vi besöker hellre en verksamhet en gång för mycket än en gång för lite", "När någon är
 * sjuk fördelar vi patienterna mellan oss i stället för att boka om dem", "We fix it on the spot rather than book a
 * second visit"). A habit with its reason, so a value. Not "heller ikke" / "inte heller" (neither), nor a dated event
 * ("I 2025 valgte vi heller …" tells what happened). Folded words (stems.ts).
 */
import { YEAR_OR_MONTH } from './figures';

const WE = /^(?:we|vi)$/;
/** "heller … enn", "hellre … än", "rather … than". */
const RATHER = /^(?:heller|hellre|rather)$/;
const THAN = /^(?:enn|än|than)$/;
const NOT = /^(?:ikke|inte|not|aldri|aldrig|never)$/;
/** "i stedet for", "i stället för", "istället för", "instead of". */
const INSTEAD: ReadonlyArray<readonly string[]> = [['i', 'stedet', 'for'], ['i', 'stället', 'för'], ['istället', 'för'], ['istedet', 'for'], ['instead', 'of']];
/** How far into the sentence "we" may stand: "När någon är sjuk fördelar vi …". */
const WE_REACH = 8;

const at = (text: readonly string[], i: number, words: readonly string[]): boolean => words.every((w, k) => text[i + k] === w);

/**
 * v48: the staff as a body, opening the sentence in the present: "Staff sit down with residents at lunch rather than standing over
 * them", "Guides eat with the guests … instead of at a separate table", "Personalet …", "Guidene …", "Medarbetarna …".
 */
const STAFF = /^(?:staff|employees|everyone|everybody|personalet|personalen|medarbeiderne|medarbetarna|alle|alla|de ansatte|\p{L}{3,}(?:ene|erna|arna|orna))$|^\p{L}{2,}(?:ers|ors|ians|ists|ides|hands)$/u;
/** Those served, whose habits are no value of the company's. */
const SERVED = /^(?:customers|clients|users|members|visitors|guests|passengers|kundene|kunderna|gjestene|gästerna|brukerne|medlemmene|medlemmarna|besökarna|passasjerene|passagerarna)$/;
const PAST = /^(?:was|were|had|did|ble|blev|var|hade|hadde|gjorde)$/;
const staffOpens = (text: readonly string[]): boolean => STAFF.test(text[0] ?? '') && !SERVED.test(text[0] ?? '') && !PAST.test(text[1] ?? '') && !text.some((w) => /^\d+$/.test(w));

export function tellsChosenWay(text: readonly string[]): boolean {
  // v65: "Hos oss tar alle … ansvar …, og vi stopper linja heller enn …": "hos oss" opening the sentence is the house's "we" too.
  const we = staffOpens(text) ? 0 : text[0] === 'hos' && text[1] === 'oss' ? 1 : text.slice(0, WE_REACH).findIndex((w) => WE.test(w));
  if (we < 0 || text.some((w) => YEAR_OR_MONTH.test(w))) return false;
  const after = text.slice(we + 1);
  const rather = after.findIndex((w, i) => RATHER.test(w) && !NOT.test(after[i + 1] ?? '') && !NOT.test(after[i - 1] ?? ''));
  if (rather >= 0 && after.slice(rather + 1).some((w) => THAN.test(w))) return true;
  return after.some((_, i) => i > 0 && INSTEAD.some((phrase) => at(after, i, phrase)));
}
