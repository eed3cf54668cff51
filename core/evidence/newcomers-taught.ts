/**
 * How newcomers are taught, as a habit: beside an experienced colleague, a mentor or the oldest hands ("New operators
 * spend their first month on the line with a named mentor", "Hos oss får de eldste alltid lære opp de nye", "Vi lär upp
 * nya svetsare i par med en erfaren kollega"): values shown, not claimed. Told now, of the company's own staff: not a
 * plan or an event (a modal, a past or a year, a scheme set up), not what "you" will get or a mentor of one's own (a
 * career's), not a customer's adviser ("New customers get an experienced adviser"). Folded words (stems.ts).
 */

/** The newcomers: "new operators", "de nye", "nyanställda", "new starters". */
const NEWCOMER = /^(?:new|nye|nya|newcomers|newcomer|starters|nyansatte|nyansatt|nytilsatte|nyanställda|nyanställd|nykomlinger|nykomlingar)$/;
/** Who teaches them: an experienced colleague, a mentor, a buddy, the oldest hands. */
const SENIOR =
  /^(?:experienced|seasoned|mentor|mentors|buddy|paired|oldest|makker|erfaren|erfarne|erfarna|erfarent|eldste|äldsta|mentoren|fadder|fadderen|faddrar|faddern|handledare|handledaren|veileder|veilederen)$/;
/** Newcomers among the company's buyers and users, whose adviser is a service: not staff taught. */
const NOT_STAFF = /^(?:customer|customers|client|clients|member|members|user|users|kunde|kunder|kundene|kund|kunderna|medlem|medlemmer|medlemmar|brukere|användare|product|products|produkt|produkter|produkten)$/;
/** A modal, a past or a year: a plan or an event. "You" and "du": what the reader will get. */
const NOT_HABIT = /^(?:was|were|had|did|will|would|shall|could|ble|blev|hadde|hade|gjorde|skal|ska|skall|kommer|vil|you|your|du|deg|dig|din|ditt|dine|dina|20\d{2})$/;
/** A scheme someone set up is news of it ("har laget en fadderordning der …"); a mentor of one's own is a career's ("får en egen handledare"). */
const NOT_TAUGHT = /^(?:introduced|created|launched|laget|innført|innførte|etablert|etablerte|infört|införde|inrättat|own|egen|eget|egne|egna)$/;

export function tellsNewcomersTaught(text: readonly string[]): boolean {
  if (text.some((w) => NOT_HABIT.test(w) || NOT_TAUGHT.test(w))) return false;
  const newcomer = text.findIndex((w, i) => NEWCOMER.test(w) && !NOT_STAFF.test(text[i + 1] ?? ''));
  // v51: "New staff shadow a senior guide …": a senior colleague, not the newcomers' own grade ("new senior engineers").
  return newcomer >= 0 && text.some((w, i) => SENIOR.test(w) || (/^(?:senior|seniors|veteran|veterans)$/.test(w) && i > newcomer + 1));
}
