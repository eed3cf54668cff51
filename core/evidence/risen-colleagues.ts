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
