/**
 * A habit kept as a day, a shift or a week comes round, told in two shapes the other habit readers (habits-norms.ts,
 * routines-of-all.ts) miss: everyone in a role opening the round the same way ("Every supervisor starts the shift by
 * walking the cold rooms …", "Hver skiftleder starter skiftet med …", "Varje förman börjar dagen med …"), and "we" doing
 * something each round with the time after the verb, or the round itself opened the same way ("Every shift starts with …") ("Vi starter hver mandag med et kort tavlemøte i hver avdeling", "We
 * open every week with …"), or after each one ("… send parents a short note after every term"). Told now: a past, a modal or a year makes it an event or a plan. Folded words (stems.ts).
 */
import { WE } from './small-words';

const EVERY = /^(?:every|each|hver|hvert|varje)$/;
/** What comes round, with the definite forms Bokmål and Swedish use after a verb ("starter skiftet", "börjar dagen"). */
const ROUND =
  /^(?:shift|day|week|morning|night|evening|natt|natta|natten|kveld|kvelden|kväll|kvällen|pass|passet|meeting|monday|tuesday|wednesday|thursday|friday|saturday|sunday|skift|skiftet|dag|dagen|uke|uka|veke|vecka|veckan|morgen|morgon|morgonen|møte|møtet|möte|mötet|mandag|tirsdag|onsdag|torsdag|fredag|måndag|tisdag|lördag|lørdag|søndag|söndag)$/;
/** A present doing word: English in -s, Bokmål and Swedish in -r. */
const PRESENT = /^\p{L}{3,}[sr]$/u;
const NOT_PRESENT = /^(?:is|was|has|har|er|är|var|were|had|did|will|would|should|shall|skal|ska|skall|vil|vill|kommer|ble|blev|hadde|hade|fikk|fick|20\d{2})$/;
/** How far the round may stand after the doing word: "starts the shift", "begins each working day". */
const ROUND_REACH = 3;

/** The round itself opened or closed the same way: "Every shift starts with …", "Hvert skift starter med …", "Varje skift börjar med …". */
const STARTS = /^(?:starts|begins|opens|ends|closes|starter|begynner|åpner|slutter|avsluttes|avslutter|börjar|startar|inleds|inleder|avslutas|slutar)$/;
const WITH = /^(?:with|med)$/;

/** "kommer" is the future only before "att", "til": "kommer överens" (agree) is now. */
const future = (text: readonly string[], i: number): boolean => NOT_PRESENT.test(text[i]!) && (text[i] !== 'kommer' || /^(?:att|til)$/.test(text[i + 1] ?? ''));

export function tellsRoundHabit(text: readonly string[]): boolean {
  // "… der alle sier hvordan natta har gått": a clause after the round tells its own time, not the habit's.
  const clause = text.findIndex((w, i) => i > 2 && CLAUSE.test(w));
  const main = clause > 0 ? text.slice(0, clause) : text;
  if (main.some((_, i) => future(main, i))) return false;
  // v59: "Every job ends with a debrief in the van", "Hvert oppdrag avsluttes med …": a task, as a round, opened or closed the same way.
  if (EVERY.test(text[0] ?? '') && (ROUND.test(text[1] ?? '') || TASK.test(text[1] ?? '')) && STARTS.test(text[2] ?? '') && WITH.test(text[3] ?? '')) return true;
  // "Varje natt smakar nattbagarna …", "Hver morgen går formannen …": each round opening the sentence, its doing word next
  // (the Nordic word order); no figure, which would make it how much is done ("Hver dag leverer vi 3000 måltider").
  if (EVERY.test(text[0] ?? '') && ROUND.test(text[1] ?? '') && (PRESENT.test(text[2] ?? '') || SHORT_PRESENT.test(text[2] ?? '')) && !NOT_A_DOING.test(text[2]!) && !text.some((w) => /\d/.test(w))) return true;
  // "Every Friday the whole factory stops …", "Every morning we walk …": each round opening the sentence, its subject next (English order).
  // v59: "Every morning at seven the skippers and the plant team meet to agree …": the clock after the round, and a plural's bare verb
  // (a singular's present in -s within three words of the subject).
  const lead = text[2] === 'at' && CLOCK.test(text[3] ?? '') ? 4 : 2;
  const subjectAt = EVERY.test(text[0] ?? '') && ROUND.test(text[1] ?? '') && EN_SUBJECT.test(text[lead] ?? '') ? [1, 2, 3, 4, 5, 6].map((n) => lead + n).find((i) => (i <= lead + 3 && PRESENT.test(text[i] ?? '') && !NOT_A_DOING.test(text[i]!)) || MEET.test(text[i] ?? '')) : undefined;
  if (subjectAt !== undefined && !text.some((w, i) => /\d/.test(w) && !(lead === 4 && i === 3)) && !text.slice(lead, subjectAt).some((w) => /\p{L}{2,}ed$/u.test(w))) return true;
  // "Every supervisor starts the shift by …": every one of a role (one or two words), a doing word, the round.
  const verb = [2, 3].find((i) => EVERY.test(text[0] ?? '') && PRESENT.test(text[i] ?? ''));
  if (verb !== undefined && text.slice(verb + 1, verb + 1 + ROUND_REACH).some((w) => ROUND.test(w))) return true;
  // "Vi starter hver mandag med …", "We open every week with …": "we", a doing word, then each round.
  if (WE.test(text[0] ?? '') && EVERY.test(text[2] ?? '') && ROUND.test(text[3] ?? '')) return true;
  // "… and send parents a short note after every term", "ringer kunden etter hver levering": a doing word, then after each one.
  const after = text.findIndex((w, i) => i > 1 && AFTER.test(w) && EVERY.test(text[i + 1] ?? ''));
  if (after > 0 && text.slice(0, after).some((w) => PRESENT.test(w) && !NOT_A_DOING.test(w))) return true;
  // "Supervisors walk the floor at the start of every shift", "Formennene går en runde ved starten av hvert skift", "… i början
  // av varje skift": a doing word, then the round's start or end.
  const edge = text.findIndex((w, i) => i > 1 && EDGE.test(w) && OF.test(text[i + 1] ?? '') && EVERY.test(text[i + 2] ?? '') && ROUND.test(text[i + 3] ?? ''));
  return edge > 0 && text.slice(0, edge).some((w) => (PRESENT.test(w) || SHORT_PRESENT.test(w)) && !NOT_A_DOING.test(w));
}

/** A task that comes round as a day does: "every job", "hvert oppdrag", "varje uppdrag", "each visit". */
const TASK = /^(?:job|jobb|oppdrag|uppdrag|project|prosjekt|projekt|visit|besøk|besök|delivery|levering|leverans|trip|tur)$/;
/** A clock time after "at": "at seven", "at 7", "at 06.30". */
const CLOCK = /^(?:\d{1,2}(?:[.:]\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)$/;
/** Bare verbs a plural subject keeps a round with: "… the skippers and the plant team meet". */
const MEET = /^(?:meet|gather|walk|sit|stand|review|talk|plan|share|stop|eat|check|agree)$/;

/** The start or the end of a round: "at the start of every shift", "ved starten av hver uke", "i slutet av varje vecka". */
const EDGE = /^(?:start|beginning|end|starten|begynnelsen|slutten|enden|början|slutet)$/;
const OF = /^(?:of|av)$/;
/** Bokmål and Swedish doing words too short for PRESENT: "går", "tar", "ser", "gör", "gjør", "får". */
const SHORT_PRESENT = /^(?:går|tar|ser|gör|gjør|får|gir|ger|ber)$/;

const AFTER = /^(?:after|etter|efter)$/;
/** Words that open a clause of its own: "where", "der", "där", "how", "hvordan", "hur", "that", "som". */
const CLAUSE = /^(?:where|der|där|hvor|how|hvordan|hur|that|which|som|when|når|när)$/;
/** Words that end as a present doing word does but are none: "for", "after", "other", "under", "their", "parents". */
const NOT_A_DOING = /^(?:for|för|før|after|etter|efter|other|under|over|över|their|your|our|her|här|der|där|eller|per|\p{L}+ers|\p{L}+ents)$/u;
/** What opens the subject of an English sentence after its time: "the whole factory", "we", "all staff". */
const EN_SUBJECT = /^(?:the|we|our|all|everyone|everybody)$/;
