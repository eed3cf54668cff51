/**
 * Leaders who do the work themselves: "On the busiest mornings our team leaders take calls themselves", "Når det er
 * travelt, står lederne i kassen selv", "Cheferna kör själva ut när någon är sjuk". What those who lead do with their
 * own hands shows how the house works: a value shown, not claimed. In the present (a past is a story: "the manager
 * drove the truck himself that night"). Works on folded words.
 */
/** Those who lead, also closing a compound ("team leaders", "avdelingslederne", "butikschefen"). */
const LEADER = /(?:leader|leaders|manager|managers|director|directors|leder|ledere|lederen|lederne|leiar|leiarane|sjef|sjefen|sjefer|sjefene|chef|chefen|chefer|cheferna|ledare|ledaren|ledarna)$/;
/** Doing it themselves: "themselves", "himself", "herself", "selv", "sjølv", "själv", "själva". */
const THEMSELVES = /^(?:themselves|himself|herself|selv|sjølv|själv|själva)$/;
/** A past: the leader did it once. */
const PAST = /^(?:was|were|did|had|took|drove|went|var|ble|gjorde|tok|kjørte|hadde|tog|körde|hade|\p{L}{3,}ed|\p{L}{3,}ade|\p{L}{3,}et|\p{L}{3,}te)$/u;
/** How far "themselves" may stand after the leader: "our team leaders log in and take calls themselves". */
const REACH = 8;
const INVERTED_REACH = 2;

/** Whether a sentence (folded words) tells leaders doing the work themselves, in the present: see the module comment. */
export function tellsLeadersThemselves(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (!LEADER.test(word)) return false;
    const own = text.slice(i + 1, i + 1 + REACH).findIndex((w) => THEMSELVES.test(w));
    // The verb between them, or just before the leader in Bokmål and Swedish word order ("Den natten körde chefen själv …").
    return own >= 0 && !text.slice(Math.max(0, i - INVERTED_REACH), i + 1 + own).some((w) => PAST.test(w));
  });
}
