/**
 * How the staff are split into units, told as a structure: a head count working in a number of teams ("I hyttan arbetar
 * 26 glasblåsare och formgivare i tre verkstadslag", "Our 40 drivers work in four teams", "På lageret jobber 30 medarbeidere
 * i tre skiftlag"), or every one of them led by someone ("Varje lag leds av en mästare", "Each crew is led by a skipper",
 * "Hvert skiftlag ledes av en formann"). The department's evidence: what the teams are and how many. Not shifts as hours
 * ("works in three shifts"): the word closing the count of units is a team's. Works on folded words (stems.ts).
 */
import { peopleCount } from './unit-head-count';

/** A team's word, alone or closing a compound ("verkstadslag", "skiftlagene", "arbetslagen"). */
const TEAM = /(?:lag|lagene|lagen|team|teams|teamene|teamen|grupper|gruppene|grupperna|groups|crews|units|enheter|enhetene|enheterna|avdelinger|avdelingene|avdelningar|avdelningarna)$/u;
/** One team, alone or closing a compound ("skiftlag", "arbetslag"). */
const ONE_TEAM = /(?:lag|team|crew|group|gruppe|grupp|enhet|unit)$/u;
const COUNT_WORD = /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|to|tre|fire|fem|seks|sju|syv|åtte|två|fyra|sex|åtta)$/u;
const IN = /^(?:in|i|into)$/;
const EACH = /^(?:each|every|hvert|hver|hvart|kvart|varje|vart)$/;
const LED = /^(?:led|headed|run|ledes|leies|leds|leiast|styrs|drives)$/;
/** How far after the head count the teams may stand: "26 glasblåsare och formgivare i tre verkstadslag". */
const TEAMS_REACH = 8;

/** Whether a sentence (folded words) tells how the staff are split into teams: see the module comment. */
export function tellsUnitSplit(text: readonly string[]): boolean {
  const inTeams = text.some((_, i) => peopleCount(text, i) && text.slice(i + 2, i + 2 + TEAMS_REACH).some((w, n) => IN.test(w) && COUNT_WORD.test(text[i + 3 + n] ?? '') && TEAM.test(text[i + 4 + n] ?? '')));
  if (inTeams) return true;
  // "Varje lag leds av …", "Each crew is led by …": every team and who leads it.
  return text.some((w, i) => EACH.test(w) && ONE_TEAM.test(text[i + 1] ?? '') && text.slice(i + 2, i + 5).some((v) => LED.test(v)));
}
