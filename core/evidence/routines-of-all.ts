/**
 * A routine said of everyone or every time, in folded words (see stems.ts): values shown, not claimed. Two signs
 * together: a word of all ("every driver", "hver vakt", "varje serie", "lærer alle", "till alla som", "always")
 * and a sign that it is kept as a routine: a concession ("even when running late", "oavsett hur bråttom det är",
 * "uansett vær"), a step before another ("før nøkkelen leveres ut", "innan vi jämför", "before leaving a farm"),
 * or a frequency ("once a month", "en gang i uka"). Told in the present: a year, a past or a wish ("should",
 * "skal", "want") makes it an event, a plan or a norm instead.
 */
import { numberValue, YEAR_OR_MONTH } from './figures';
import { fold, words } from './stems';
import { WE } from './small-words';

/** Words of all; English "all" is left out ("all kinds of", "all is well"). */
const ALL = /^(?:every|each|everyone|everybody|always|alle|alla|hver|hvert|varje|alltid|enhver|envar)$/;
/** v64: "never", "aldri", "aldrig": no case left out, but only with a newcomer's span ("… never rostered alone … in their first six months"). */
const NEVER = /^(?:never|aldri|aldrig)$/;
/** A concession: "even when", "selv når", "även när", "også når", "uansett", "oavsett", "regardless", "no matter". */
const EVEN = /^(?:even|selv|även|også|också)$/;
const WHEN = /^(?:when|if|though|når|om|när)$/;
const REGARDLESS = /^(?:uansett|oavsett|regardless)$/;
/** A step before another: "before", "før", "innan", "inden"; "prior to". */
const BEFORE = /^(?:before|før|före|innan|inden|prior)$/;
/** A frequency: "once a month", "twice a week", "en gang i uka", "ein gong i månaden", "en gång i månaden". */
const TIMES = /^(?:once|twice|gang|gong|gång|ganger|gonger|gånger)$/;
const PER = /^(?:a|an|per|i|om|pr)$/;

/** A Swedish past ("hittade", "stoppade"): what happened once. */
const SV_PAST = /^\p{L}{3,}ade$/u;
/** A promise to the reader ("Vi gir deg …", "you get …") is a service offered, not a routine of the house. */
const READER = /^(?:you|your|deg|dig|din|ditt|dine|dina|dere)$/;
/** An event, a plan, a wish or a norm, not a routine: a past, a modal (and a year or a month, YEAR_OR_MONTH). */
const NOT_PRESENT = /^(?:was|were|had|did|will|would|should|shall|want|wants|ble|blei|blev|vart|hadde|hade|fikk|gjorde|skal|ska|skall|vil|vill|ville|ønsker|önskar|kommer|måste|må|must)$/;

function routineSign(text: readonly string[]): boolean {
  return frequency(text) || text.some(
    (word, i) =>
      (EVEN.test(word) && WHEN.test(text[i + 1] ?? '')) ||
      REGARDLESS.test(word) ||
      (word === 'no' && text[i + 1] === 'matter') ||
      // v61: "hver gang hun er usikker", "every time", "varje gång": each time the case comes round.
      (ALL.test(word) && /^(?:time|gang|gong|gång)$/.test(text[i + 1] ?? '')) ||
      (BEFORE.test(word) && i > 2) ||
      // v64: "även de som sitter på kontoret", "även till chefen", "even those who …": no one left out.
      (EVEN.test(word) && INCLUDED.test(text[i + 1] ?? '')) ||
      weekdayRoutine(text, i) ||
      firstSpan(text, i) ||
      everyDayKept(text, i),
  );
}

const INCLUDED = /^(?:de|dei|dem|those|till|til|to)$/;
/**
 * v64: "the Friday walk-through", "fredagsmøtet": a day of the week naming the routine (a day after "every" is a time alone:
 * "Free fruit every Friday", "The fire alarm is tested every Wednesday").
 */
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag)$/;
const weekdayRoutine = (text: readonly string[], i: number): boolean =>
  (WEEKDAY.test(text[i] ?? '') && text[i - 1] === 'the') || /^(?:mandags|tirsdags|onsdags|torsdags|fredags|lørdags|måndags|tisdags|lördags)\p{L}{3,}$/u.test(text[i] ?? '');
/**
 * v65: "Alle ansatte tar minst én runde i heiskøen hver dag", "Hos Reinfjell Maskin starter hver arbeidsdag med et kvarters
 * møte": each day or shift, kept by all (another word of all), by the house ("hos …" opening) or opening the day ("starter").
 */
const EACH_DAY = /^(?:day|morning|shift|workday|dag|morgen|morgon|vakt|skift|arbeidsdag|arbeidsdagen|arbetsdag|arbetsdagen)$/;
const STARTS = /^(?:starts|begins|opens|starter|begynner|startar|börjar)$/;
const everyDayKept = (text: readonly string[], i: number): boolean =>
  ALL.test(text[i] ?? '') && EACH_DAY.test(text[i + 1] ?? '') && (text.some((w, j) => j !== i && ALL.test(w)) || text[0] === 'hos' || STARTS.test(text[i - 1] ?? '') || STARTS.test(text[i + 2] ?? ''));
/** v64: "in their first month", "i sin første måned", "under sina första veckor": the span every newcomer gets. */
const firstSpan = (text: readonly string[], i: number): boolean =>
  /^(?:in|during|i|under)$/.test(text[i] ?? '') && /^(?:their|its|his|her|sin|sine|sitt|sina|the)$/.test(text[i + 1] ?? '') && /^(?:first|første|fyrste|första)$/.test(text[i + 2] ?? '') && [text[i + 3], text[i + 4]].some((w) => PERIOD_WORD.test(w ?? ''));
const PERIOD_WORD = /^(?:day|days|week|weeks|month|months|year|dag|dagar|dager|dagene|dagarna|uke|uker|ukene|vecka|veckor|veckorna|måned|måneder|månedene|månad|månader|månaderna|år|året)$/;

/** "once a month", "en gang i uka"; v59: "en dag per kvartal", "one day a quarter", "to timer i uka": a span of time each period. */
const frequency = (text: readonly string[]): boolean =>
  text.some((word, i) => (TIMES.test(word) && PER.test(text[i + 1] ?? '')) || (COUNT.test(text[i - 1] ?? '') && SPAN.test(word) && PER.test(text[i + 1] ?? '') && PERIOD.test(text[i + 2] ?? '')));

const COUNT = /^(?:one|two|three|en|ett|ei|to|två|tre|\d{1,2})$/;
const SPAN = /^(?:day|days|hour|hours|dag|dagar|dager|time|timer|timme|timmar|week|weeks|uke|uker|vecka|veckor)$/;
const PERIOD = /^(?:week|month|quarter|year|term|uke|uka|veke|måned|måneden|månad|månaden|kvartal|kvartalet|år|året|vecka|veckan|termin|terminen|semester|semesteret)$/;

/**
 * v59: "Cheferna arbetar en dag per kvartal i produktionen", "Lederne jobber …", "The managers work …": a role in the definite plural
 * opening the sentence is every one of them, as "all" is (not the customers, pupils or owners the house serves or answers to).
 */
const PLURAL_ROLE = /^\p{L}{3,}(?:erna|arna|orna|erne|ene)$/u;
const EN_PLURAL_ROLE = /^\p{L}{3,}(?:ers|ors|ists|ians|ees)$/u;
const NOT_STAFF = /^(?:kunderna|kundene|gästerna|gjestene|pasientene|patienterna|eleverna|elevene|foreldrene|föräldrarna|ägarna|eierne|aksjonærene|aktieägarna|leverandørene|leverantörerna|konkurrentene|konkurrenterna|customers|owners|suppliers|competitors|shareholders|members|visitors|passengers|users|readers|buyers|farmers|growers|partners)$/;
const pluralRoleFirst = (text: readonly string[]): boolean =>
  !NOT_STAFF.test(text[0] ?? '') && !NOT_STAFF.test(text[1] ?? '') && (PLURAL_ROLE.test(text[0] ?? '') || (text[0] === 'the' && EN_PLURAL_ROLE.test(text[1] ?? '')));

/** v59: "Røkterne bytter på å lede morgenmøtet", "Skepparna turas om att …", "The supervisors take turns to …": a duty passed round, a habit of the house. */
const TURNS: ReadonlyArray<readonly string[]> = [['take', 'turns'], ['takes', 'turns'], ['take', 'it', 'in', 'turns'], ['bytter', 'på', 'å'], ['går', 'på', 'omgang'], ['turas', 'om'], ['turar', 'om'], ['alternerar', 'om']];
const takesTurns = (text: readonly string[]): boolean => text.some((_, i) => TURNS.some((t) => t.every((w, n) => text[i + n] === w)));

/**
 * A clause set off after a comma ("…, som hittar porer … innan gjutgodset lämnar fabriken", "…, which …") tells of
 * the thing it follows (a lab, a machine), not of the routine: only the sentence before it is read.
 */
const ASIDE = /,\s*(?:som|which|who|that)\b/iu;

const CLAUSE = /^(?:what|which|hva|hvilken|hvilke|hvilket|vad|vilken|vilket|vilka)$/;
const CLAUSE_REACH = 3;

/** A unit told by its make-up: "is a crew of eleven", "er et lag på åtte", "är ett team av tolv". */
const IS = /^(?:is|are|er|är)$/;
const A = /^(?:a|an|en|ei|et|ett)$/;
const OF = /^(?:of|av|på)$/;
const madeUp = (text: readonly string[]): boolean =>
  text.some((word, i) => IS.test(word) && A.test(text[i + 1] ?? '') && OF.test(text[i + 3] ?? '') && numberValue(text[i + 4]) !== undefined);

/** All of the house in one: "with the whole house", "med hele huset", "med hela företaget". */
const WHOLE = /^(?:whole|entire|hele|heile|hela)$/;
const HOUSE = /^(?:house|company|firm|office|staff|huset|firmaet|selskapet|bedriften|kontoret|byrået|företaget|bolaget|firman|byrån|personalen|staben)$/;
const wholeHouse = (text: readonly string[], i: number): boolean => WHOLE.test(text[i] ?? '') && HOUSE.test(text[i + 1] ?? '');

/** Whether a sentence tells a routine kept by or for everyone: see the module comment. */
export function tellsRoutineOfAll(sentence: string): boolean {
  const text = words(fold(sentence.split(ASIDE)[0]!));
  // What a unit made up of so many people does to every piece is its work, the department's, not a habit of the house.
  if (madeUp(text)) return false;
  // A clause of what or which ("… velger selv hvilken sak de vil jobbe med", "vad ni pratar om") tells of the matter, not of when the routine holds.
  const inClause = (i: number): boolean => text.slice(Math.max(0, i - CLAUSE_REACH), i).some((w) => CLAUSE.test(w));
  if (text.some((word, i) => (YEAR_OR_MONTH.test(word) || NOT_PRESENT.test(word) || SV_PAST.test(word) || READER.test(word)) && !inClause(i))) return false;
  return ((text.some((word, i) => ALL.test(word) || wholeHouse(text, i)) || oneOfUs(text)) && routineSign(text)) || (text.some((word) => NEVER.test(word)) && text.some((_, i) => firstSpan(text, i))) || (pluralRoleFirst(text) && frequency(text)) || takesTurns(text) || sharedRoutine(text) || weBeforeStep(text) || everyOneDoneBy(text);
}

/** v64: "Hos oss säger man till direkt …", "Hos oss sier man ifra …": "one" among us is every one of us. */
const oneOfUs = (text: readonly string[]): boolean => text[0] === 'hos' && text[1] === 'oss' && text[3] === 'man';

/** Done together or with one another: "together", "sammen", "tillsammans"; "each other", "hverandre", "varandra". */
const TOGETHER = /^(?:together|sammen|saman|tillsammans|hverandre|kvarandre|varandra|varann)$/;
/**
 * Not "alle sammen", "alla tillsammans" (everyone, not a routine shared), nor "together with a senior colleague" (company kept,
 * not a habit of the house); a unit told by its make-up ("består av elva lärare som planerar tillsammans …") is the department's.
 */
const WITH = /^(?:with|med)$/;
const MADE_OF = /^(?:consists|består|comprises)$/;

/**
 * "Engineers and agronomists visit a customer farm together at least once a month", "Teknikerna planerar veckan tillsammans
 * varje måndag", "Our crews brief each other at every change of watch", "Designers demo their work to the whole company every
 * second Friday": a routine kept together, or before the whole house, at a set time: a habit of the house, not one person's task.
 */
function sharedRoutine(text: readonly string[]): boolean {
  if (text.some((word) => MADE_OF.test(word))) return false;
  const together = (i: number): boolean => TOGETHER.test(text[i] ?? '') && !ALL.test(text[i - 1] ?? '') && !WITH.test(text[i + 1] ?? '');
  // The "each" of "each other" is no word of all ("The two banks compete with each other …").
  const eachOther = (i: number): boolean => text[i] === 'each' && text[i + 1] === 'other';
  const shared = text.some((_, i) => together(i) || eachOther(i) || wholeHouse(text, i));
  return shared && (routineSign(text) || text.some((word, i) => ALL.test(word) && !eachOther(i)));
}

/** A passive: "is checked", "blir ringt opp", "are seen"; the s-passive "kontrolleras", "kontrolleres" stands alone. */
const PASSIVE_BE = /^(?:is|are|gets|get|blir|blis|bli)$/;
const BY = /^(?:by|av)$/;
/** How far "by" may stand after the passive's first word: "blir ringt opp av", "is checked twice by". */
const BY_REACH = 4;

/**
 * "Every calculation that leaves the office is checked by a second engineer", "Alle pasienter som har trukket en tann,
 * blir ringt opp av en av oss", "Varje ritning granskas av en annan konstruktör": every case opening the sentence,
 * done to by someone, a routine of the house without a concession or a step.
 */
function everyOneDoneBy(text: readonly string[]): boolean {
  if (!/^(?:every|each|alle|alla|hver|hvert|varje)$/.test(text[0] ?? '')) return false;
  return text.some((word, i) => {
    if (i < 2) return false;
    if (PASSIVE_BE.test(word)) return text.slice(i + 2, i + 2 + BY_REACH).some((w) => BY.test(w));
    return /^\p{L}{4,}(?:as|es)$/u.test(word) && BY.test(text[i + 1] ?? '');
  });
}

/** A present after "we": nb/sv "tar", "setter", "går"; English the bare verb, not a past ("moved", "took", "began"). */
const NORDIC_PRESENT = /^\p{L}{2,}r$/u;
const EN_PAST = /^(?:\p{L}+ed|took|went|made|had|did|was|were|began|built|bought|sold|won|lost|got|gave|ran|left|came|saw|found|told|said|kept|held|met|paid|sent|spent|brought|thought|knew|grew|drew|wrote|chose)$/u;
/** Not a verb of the routine: "We are …", "We can …", and "We now send …", a change made, not a habit kept. */
const NOT_THE_VERB = /^(?:are|is|have|has|can|could|do|does|also|often|usually|now|har|var|nå|nu)$/;
/** "before we start", "før vi begynner", "innan vi går": a step before the work, not a deadline ("before 2027", "before May"). */
// v64: "We repair before we replace": right after the verb when another "we" follows.
const stepBefore = (text: readonly string[], i: number): boolean => BEFORE.test(text[i] ?? '') && (i > 2 || (i === 2 && WE.test(text[3] ?? ''))) && !/^\d/.test(text[i + 1] ?? '');

/**
 * "Vi tar av oss skoene … og forteller kunden hva vi skal gjøre før vi begynner", "We walk the site with the tenant before
 * we start": what "we" do, in the present, as a step before the work: a routine of the house without a word of all.
 */
function weBeforeStep(text: readonly string[]): boolean {
  const verb = text[1] ?? '';
  if (!WE.test(text[0] ?? '') || NOT_THE_VERB.test(verb)) return false;
  const present = NORDIC_PRESENT.test(verb) || (!EN_PAST.test(verb) && /^(?:we)$/.test(text[0] ?? ''));
  return present && text.some((_, i) => stepBefore(text, i));
}
