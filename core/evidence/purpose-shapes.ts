/**
 * A purpose told in shapes without the words "vision" or "purpose" (folded words, stems.ts), none of them with a year
 * (with one it is a target, the strategy's):
 * - being there for something: "The harbour is here so that boats can keep working …", "Vi er her for å …", "X exists to …",
 *   "Biblioteket finns här för att …" (not "is here to stay");
 * - making something easier for people, as what the company does or will do: "Vi skal gjøre det enklere å la bilen
 *   stå", "We make it easier for farmers to sell …", "Vi vill göra det möjligt för alla att …"; not one more measure
 *   in a list ("Vi skal også gjøre det enklere for …");
 * - being the place where people can do something: "Biblioteken ska vara platsen där alla … kan läsa", "The hall
 *   should be the place where anyone can …";
 * - what matters to the company, told as what should be so: "Det som betyr noe for oss, er at folk kan …";
 * - its task named as its own, and what it is: "Our job is to make sure …", "Jobben vår er å sørge for at …", "Vår uppgift är att …",
 *   or a goal it has always had ("Målet vårt har alltid vært å …"), a growth word later in it the purpose's outcome;
 * - a service people can count on whatever the weather ("… skal få varene fram …, uansett vær"), or what the company shall
 *   give the places it serves ("… skal gi bygdene i indre Sogn ren kraft …").
 */

const YEAR = /^20\d{2}$/;
const IS = /^(?:is|are|er|är)$/;
const HERE = /^(?:here|her|här)$/;
/** What follows "here": "so that", "to", "for å", "for at", "för att", "slik at", "så att". */
const FOR_WHAT = (text: readonly string[], i: number): boolean => {
  const [a, b] = [text[i] ?? '', text[i + 1] ?? ''];
  if (a === 'to') return b !== 'stay';
  return (/^(?:so|slik|sånn|så|for|för)$/.test(a) && /^(?:that|at|att|å)$/.test(b)) || (a === 'so' && b === 'that');
};

/** "… is here so that …", "er her for å …", "finns här för att …"; "… is there so that a broken pump is fixed …". */
function thereFor(text: readonly string[]): boolean {
  return text.some((word, i) => (IS.test(word) || /^(?:finns|finnes)$/.test(word)) && (HERE.test(text[i + 1] ?? '') || THERE.test(text[i + 1] ?? '')) && FOR_WHAT(text, i + 2));
}

const THERE = /^(?:there|der|där)$/;
const EXISTS = /^(?:exists|exist|finnes|finns|eksisterer|existerar)$/;

/**
 * "Haverlund Biologics exists to turn …", "Stiftelsen finnes for å …", "Föreningen finns till för att …", "existerar för att";
 * v49: "… – det är därför Skarvliden Trä finns", "that is why we exist": the reason closing the sentence.
 */
function existsFor(text: readonly string[]): boolean {
  // "… still exists to this day": "to" before a time, not a doing.
  const toTime = (i: number): boolean => text[i] === 'to' && /^(?:this|that|the|date|today)$/.test(text[i + 1] ?? '');
  const why = text.findIndex((w) => /^(?:därför|derfor|why)$/.test(w));
  if (why > 0 && EXISTS.test(text.at(-1) ?? '') && text.length - why <= 5) return true;
  return text.some((word, i) => EXISTS.test(word) && ((FOR_WHAT(text, i + 1) && !toTime(i + 1)) || (/^(?:till|til)$/.test(text[i + 1] ?? '') && FOR_WHAT(text, i + 2))));
}

const WE = /^(?:we|vi)$/;
const MAKE = /^(?:make|makes|making|gjøre|gjør|göra|gör)$/;
const IT = /^(?:it|det)$/;
const EASIER = /^(?:easier|simpler|safer|possible|cheaper|enklere|lettere|tryggere|mulig|billigere|enklare|lättare|tryggare|möjligt|billigare)$/;
/** How far the doing may stand after "we": "Vi skal gjøre", "We want to make", "Vi vill göra". */
const MAKE_REACH = 4;

/** "also", "også", "också", "dessutom", "in addition": one more measure in a list of them, a plan's step, not what the company is for. */
const ALSO = /^(?:also|too|additionally|også|og|dessutom|också|även)$/;

/** "Vi skal gjøre det enklere å …", "We make it easier for … to …": the company as subject, making something easier. */
function makingEasier(text: readonly string[]): boolean {
  if (!WE.test(text[0] ?? '')) return false;
  return text.slice(1, 1 + MAKE_REACH).some((word, n) => MAKE.test(word) && IT.test(text[n + 2] ?? '') && EASIER.test(text[n + 3] ?? '') && !text.slice(1, n + 1).some((w) => ALSO.test(w)));
}

const SHALL_BE = (text: readonly string[], i: number): boolean =>
  (/^(?:skal|ska|should|will)$/.test(text[i] ?? '') && /^(?:være|vara|be)$/.test(text[i + 1] ?? ''));
const PLACE = /^(?:place|stedet|plassen|platsen|stället|sted|plass|plats|ställe)$/;
const WHERE = /^(?:where|der|hvor|där)$/;

/** "… ska vara platsen där alla …", "… should be the place where …". */
function placeWhere(text: readonly string[]): boolean {
  return text.some((_, i) => {
    if (!SHALL_BE(text, i)) return false;
    // v62: "Hotellet skal være et sted der bygda og gjestene møtes": a place, in the indefinite too.
    const at = /^(?:the|a|et|ett|ein|eit|en)$/.test(text[i + 2] ?? '') ? i + 3 : i + 2;
    return PLACE.test(text[at] ?? '') && WHERE.test(text[at + 1] ?? '');
  });
}

const HELP = /^(?:help|helps|hjelpe|hjelper|hjälpa|hjälper)$/;
const THAT_OR_WHICH = /^(?:that|which|som)$/;
const TO = /^(?:to|å|att)$/;
const WANT = /^(?:want|wants|vil|vill|ønsker|önskar)$/;
/** The company, as it speaks of itself or as news names it by its trade in the definite ("Byrået", "Forlaget", "Bolaget"). */
const COMPANY_SUBJECT = /^(?:we|vi|\p{L}{3,}(?:et|en|n))$/u;
const READER = /^(?:you|your|deg|dig|dere|er|din|ditt|dine|dina)$/;
/** How far into the sentence the help may stand: "We publish books that help", "Vi lager verktøy for bønder som hjelper". */
const HELP_REACH = 7;

/**
 * What the company's work does for people, as what it is for: "We publish books that help readers understand …", "Vi lager
 * verktøy som hjelper bønder å …"; or the help it wants to give: "Byrået vil hjelpe små kulturhus å bli sett", "Vi vill hjälpa
 * … att …". Not help offered to the reader ("Vi hjelper deg å finne …"), which is a service.
 */
function helpsPeopleTo(text: readonly string[]): boolean {
  if (!COMPANY_SUBJECT.test(text[0] ?? '') || text.some((w) => READER.test(w))) return false;
  // The subject wishing it, next to it: "Byrået vil hjelpe", "We want to help", "Vi ønsker å hjelpe".
  const wishes = (i: number): boolean => (WANT.test(text[i - 1] ?? '') && i === 2) || (TO.test(text[i - 1] ?? '') && WANT.test(text[i - 2] ?? '') && i === 3);
  const help = text.findIndex((w, i) => i > 0 && i < HELP_REACH && HELP.test(w) && (THAT_OR_WHICH.test(text[i - 1] ?? '') || wishes(i)));
  if (help < 0) return false;
  // "that help readers understand …" is a purpose whatever it goes on to; a wish to help needs what for ("å bli sett").
  return THAT_OR_WHICH.test(text[help - 1]!) ? text.length > help + 2 : text.slice(help + 2, help + 7).some((w) => TO.test(w) || /^(?:be|bli)$/.test(w));
}

/** What matters to the company: "matters", "counts", "betyr noe", "betyder något", "viktigste", "most important". */
const MATTERS = /^(?:matters|counts|betyr|betyder|teller|räknas|viktigste|viktigaste|important)$/;
const US = /^(?:us|oss)$/;
const THAT = /^(?:that|at|att)$/;
const US_REACH = 3;

/**
 * "Det som betyr noe for oss, er at folk kan leve sitt eget liv …", "What matters most to us is that every driver …",
 * "Det viktigaste för oss är att …": what the company holds most important, said as what should be so for others. Not
 * what is asked of the reader ("Det viktigste for oss er at du har førerkort").
 */
function mattersToUs(text: readonly string[]): boolean {
  // ("er" is Bokmål's "is" here, not Swedish "you": the reader is "du", "you".)
  if (text.some((w) => /^(?:you|your|du|deg|dig|dere|din|ditt|dine|dina)$/.test(w))) return false;
  const at = text.findIndex((w, i) => MATTERS.test(w) && text.slice(i + 1, i + 1 + US_REACH).some((t) => US.test(t)));
  return at >= 0 && text.some((w, i) => i > at && IS.test(w) && THAT.test(text[i + 1] ?? ''));
}

const OUR = /^(?:our|vår|vårt|våre|våra)$/;
/** The company's task as a noun: a purpose, a mission, a job (not "jobs", roles). */
const TASK = /^(?:purpose|mission|job|task|formål|formålet|oppdrag|oppdraget|oppgave|oppgaven|jobb|jobben|misjon|syfte|uppdrag|uppdraget|uppgift|uppgiften)$/;
/** A goal counts only as one held always: "Målet vårt har alltid vært å …", "Our aim has always been to …". */
const AIM = /^(?:aim|goal|mål|målet)$/;
const HAS_ALWAYS = (text: readonly string[], i: number): boolean =>
  /^(?:has|have|har)$/.test(text[i] ?? '') && /^(?:always|alltid)$/.test(text[i + 1] ?? '') && /^(?:been|vært|varit)$/.test(text[i + 2] ?? '');

/** The post's, a project's, a unit's or a customer's purpose in the genitive: not the company's ("Stillingens formål er å …"). */
const NOT_COMPANY = /^(?:stillingens|tjänstens|tjenestens|rollens|jobbets|prosjektets|projektets|kundens|kundenes|kundernas|avdelingens|avdelningens|enhetens|teamets|programmets|kursens|utdanningens|utbildningens)$/;

/** "Our purpose is to …", "Jobben vår er å …", "Vårt uppdrag är att …", "Målet vårt har alltid vært å …": at the sentence's start. */
function taskNamed(text: readonly string[]): boolean {
  // "Our job is …" or "Jobben vår er …": the possessive before or after the noun, within the sentence's first words; v49: or
  // the company's name in the genitive before it ("Sjöhallas syfte är att …").
  if (/s$/.test(text[0] ?? '') && !NOT_COMPANY.test(text[0]!) && TASK.test(text[1] ?? '') && IS.test(text[2] ?? '') && TO.test(text[3] ?? '')) return true;
  const at = OUR.test(text[0] ?? '') ? 1 : 0;
  const noun = text[at] ?? '';
  const next = at === 0 && OUR.test(text[1] ?? '') ? 2 : at + 1;
  if (at === 0 && next !== 2) return false;
  const verbAt = IS.test(text[next] ?? '') ? next + 1 : HAS_ALWAYS(text, next) ? next + 3 : -1;
  if (verbAt < 0 || !TO.test(text[verbAt] ?? '')) return false;
  return TASK.test(noun) || (AIM.test(noun) && verbAt === next + 3);
}

/** Whatever the weather or the season: "in any season", "whatever the weather", "all year round", "uansett vær", "oavsett väder". */
const ALWAYS = [['in', 'any', 'season'], ['in', 'any', 'weather'], ['in', 'all', 'weathers'], ['whatever', 'the', 'weather'], ['all', 'year', 'round'], ['uansett', 'vær'], ['uansett', 'årstid'], ['året', 'rundt'], ['oavsett', 'väder'], ['oavsett', 'årstid'], ['året', 'runt']];
const SHALL = /^(?:skal|ska|shall)$/;

/**
 * v48: a service people can count on whatever the weather: "Skarvhaug Transport skal få varene fram …, uansett vær", "We build
 * and look after the roads …, so that a school bus … can get through in any season". The company's "shall" or a "so that".
 */
function throughAnyWeather(text: readonly string[]): boolean {
  if (!text.some((_, i) => ALWAYS.some((p) => p.every((w, k) => text[i + k] === w)))) return false;
  return text.slice(1, 4).some((w) => SHALL.test(w)) || text.some((w, i) => /^(?:so|slik|så)$/.test(w) && FOR_WHAT(text, i));
}

const GIVE = /^(?:gi|gje|ge|sikre|sikra|säkra|levere|leverera|skape|skapa|bringe)$/;
/** Whom a company's mandate serves: the villages, the valley, the coast, the region's people. */
const COMMUNITY = /^(?:bygdene|bygdane|bygderna|bygda|bygden|folk|lokalsamfunnet|lokalsamfunna|lokalsamhället|regionen|landsdelen|distriktene|innbyggerne|innbyggjarane|invånarna|kysten|kusten|dalen|communities|region)$/;

/**
 * v48: "Kvitlefoss Kraft skal gi bygdene i indre Sogn ren kraft …": what the company shall give the places it serves, no year;
 * v61: or make so for them ("Kvennåa Kraft skal gjøre fornybar strøm … tilgjengelig og trygg for folk og næring i bygda").
 */
function mandateToCommunity(text: readonly string[]): boolean {
  const at = text.slice(1, 4).findIndex((w) => SHALL.test(w)) + 1;
  if (at <= 0) return false;
  if (GIVE.test(text[at + 1] ?? '')) return text.slice(at + 2, at + 6).some((w) => COMMUNITY.test(w));
  return MAKE.test(text[at + 1] ?? '') && text.slice(at + 2, at + 14).some((w, k, span) => /^(?:for|för)$/.test(w) && COMMUNITY.test(span[k + 1] ?? ''));
}

/** Whether a sentence (folded words) tells a purpose in one of the shapes of the module comment. */
export function tellsPurposeShape(text: readonly string[]): boolean {
  if (text.some((w) => YEAR.test(w))) return false;
  return thereFor(text) || existsFor(text) || makingEasier(text) || placeWhere(text) || helpsPeopleTo(text) || mattersToUs(text) || taskNamed(text) || throughAnyWeather(text) || mandateToCommunity(text);
}
