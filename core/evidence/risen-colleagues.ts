/**
 * Colleagues counted who have risen since, told as done: "Two of them have since become shift leaders", "Tre svetsare
 * från vår interna skola har gått vidare till arbetsledare", "To av lærlingene har siden blitt formenn", "Flera av dem
 * har sedan blivit skiftledare". A count opens the sentence (people are counted, not a plant that "has become
 * profitable": then the one who became is a role, not "better" or "more"), and the perfect tells it: going on to
 * something, or having become it. Folded words (stems.ts).
 */

/** A count of people opening the sentence; Bokmål "to" is two. */
const COUNT =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|most|half|\d+|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|flere|mange|noen|de|två|fyra|sex|åtta|nio|tio|elva|flera|många|några|halvparten|hälften)$/;
/** "have", "har": the perfect, told as done. */
const HAVE = /^(?:have|has|har)$/;
/** A time between: "have since become", "har siden blitt", "har sedan blivit", "har nå blitt". */
const SINCE = /^(?:since|later|now|all|siden|senere|seinere|nå|sedan|senare|nu|alla|alle)$/;
const BECOME = /^(?:become|blitt|blivit)$/;
/** Not a role: "become more …", "blitt bedre", "blivit fler". */
const NOT_A_ROLE = /^(?:more|better|less|part|a|an|the|so|too|mer|flere|bedre|større|en|et|del|så|fler|mera|bättre|större|ett|för|for)$/;
const GONE = /^(?:gone|moved|gått)$/;
const ON = /^(?:on|up|vidare|videre)$/;
const TO = /^(?:to|into|til|till)$/;
/** How far the perfect may stand from the count: "Tre svetsare från vår interna skola har …". */
const REACH = 8;

export function tellsRisenColleagues(text: readonly string[]): boolean {
  if (!COUNT.test(text[0] ?? '')) return false;
  // Bokmål and Swedish "de" counts only as "de fleste", "de flesta": most of them.
  if (text[0] === 'de' && !/^(?:fleste|flesta)$/.test(text[1] ?? '')) return false;
  const have = text.slice(1, REACH).findIndex((w) => HAVE.test(w)) + 1;
  if (have <= 0) return false;
  const verb = SINCE.test(text[have + 1] ?? '') ? have + 2 : have + 1;
  if (BECOME.test(text[verb] ?? '')) return !NOT_A_ROLE.test(text[verb + 1] ?? '') && text[verb + 1] !== undefined;
  return GONE.test(text[verb] ?? '') && ON.test(text[verb + 1] ?? '') && TO.test(text[verb + 2] ?? '');
}

/** "now lead", "leder nå", "är i dag", "er i dag": where the counted people stand today. */
const NOW = /^(?:now|nå|nu|today)$/;
const STAND = /^(?:lead|leads|run|runs|manage|manages|are|work|leder|driver|jobber|arbeider|er|är|leder|jobbar|arbetar)$/;
/** A course or a training done: "finished", "completed", "fullførte", "slutförde", "gick". */
const COMPLETED = /^(?:finished|completed|passed|fullførte|fullført|avsluttet|besto|bestod|slutförde|avslutade|klarade|genomförde|gick|gikk)$/;
/** "fortsetter som driftsteknikere", "stannar kvar som", "stay on as": kept on in a post. */
const STAY = /^(?:continue|continues|stay|stays|fortsetter|fortset|fortsätter|stannar)$/;
const AS = /^(?:as|som)$/;
const CLAUSE = /^(?:and|og|och)$/;
/** Counted things, not colleagues: "Tre av våre kunder er i dag …", "two of our plants now run …". */
const NOT_COLLEAGUES = /^(?:kunder|kundene|kunderna|customers|clients|leverandører|leverantörer|suppliers|butikker|butiker|stores|shops|anlegg|plants|sites|products|produkter|fabrikker|fabriker)$/;

/**
 * Colleagues counted and where they stand now, after the course or the start the sentence tells: "Eleven line operators
 * completed our Supervisor Pathway in 2026 and now lead shifts", "… och sex av dem är i dag skiftledare", "… og de fleste
 * fortsetter som driftsteknikere hos oss". A count opens the sentence or its clause after "and"/"og"/"och".
 */
export function tellsCountedOutcome(text: readonly string[]): boolean {
  const starts = [0, ...text.flatMap((w, i) => (CLAUSE.test(w) ? [i + 1] : []))];
  return starts.some((at) => {
    if (!COUNT.test(text[at] ?? '') || (text[at] === 'de' && !/^(?:fleste|flesta)$/.test(text[at + 1] ?? ''))) return false;
    const span = text.slice(at + 1, at + 1 + REACH + 4);
    // "Mange av dere vet at …": the reader counted, the sentence about someone else.
    if (span.slice(0, 4).some((w) => NOT_COLLEAGUES.test(w)) || (/^(?:of|av)$/.test(span[0] ?? '') && /^(?:you|dere|er|oss|us)$/.test(span[1] ?? ''))) return false;
    // "… finished the shipping clerk course in 2025 and now plan the ship lists": after a course done, what they do now is their post.
    const done = span.findIndex((w) => COMPLETED.test(w));
    return span.some((w, i) => (NOW.test(w) && (STAND.test(span[i + 1] ?? '') || (done >= 0 && done < i && /^\p{L}+$/u.test(span[i + 1] ?? '')))) || (STAND.test(w) && (NOW.test(span[i + 1] ?? '') || (span[i + 1] === 'i' && span[i + 2] === 'dag'))) || (STAY.test(w) && AS.test(span[i + 1] ?? '')));
  });
}
