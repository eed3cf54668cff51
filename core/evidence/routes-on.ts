/**
 * A route on from where someone starts, open to the company's own people, in folded words (see stems.ts): what a
 * career page offers, told without "career" or "path". Three shapes, each a structure rather than a phrase:
 * - wanting or training to become something: "Montører som vil bli ledere, …", "tar fagskole for å bli anleggsleder",
 *   "Skadehandläggare som vill bli värderingsmän …", "those who want to become";
 * - going on: "many of our engineers go on to lead …", "den som vill kan gå vidare till vår driftgrupp";
 * - applying for the company's own course or programme: "after two years you can apply for our supervisor course",
 *   "Efter två år kan du söka till vårt ledarprogram", "kan søke på lederutviklingsprogrammet vårt".
 * Not a job applied for ("Du kan søke på stillingen via lenken"), nor a thing becoming something ("is expected to
 * become permanent"), nor a case passed on ("saken går videre til tingretten": no one may go, nothing is wanted).
 */

/**
 * Wanting or training: "som vil bli", "som vill bli", "ønsker å bli", "want to become", "for å bli", "för att bli",
 * "training to become". Bokmål "vil bli" is also a future ("Anlegget vil bli ferdig"): "vil" counts after "som" or
 * asked of the reader ("Vil du bli teamleder, …"), as Swedish "vill" does too, to read both alike.
 */
const WANT = /^(?:ønsker|önskar|want|wants|wanted|hope|hopes|training|studying|for|för)$/;
const WILL = /^(?:vil|vill)$/;
const WHO = /^(?:som|du|dere|ni)$/;
const INFINITIVE = /^(?:å|att|to)$/;
const BECOME = /^(?:bli|become)$/;
/** Not a role: "bli med" (join), "bli bedre" (improve), "become more …". */
const NOT_A_ROLE = /^(?:med|with|kvar|igjen|bedre|bättre|better|best|beste|bästa|større|större|størst|störst|mer|mera|more|even|enda|ännu|part|del|en)$/;
/** The company or the writer wanting to become something is a vision, not a route: "Vi vil bli …", "We want to become the …". */
const WE = /^(?:we|vi|our|vår|company|selskapet|bedriften|företaget|bolaget|konsernet|koncernen|kommunen|jeg|jag|i)$/;
/** Going on: "go on to", "move on to", "gå vidare till", "går videre til". */
const GO = /^(?:go|goes|went|gone|move|moves|moved|gå|går|gikk|gick|gått)$/;
const ON = /^(?:on|vidare|videre)$/;
/** May: what is open to someone, not what happens to a case. */
const MAY = /^(?:can|may|could|kan|får)$/;
/** Applying: "apply for", "søke på", "söka till". */
const APPLY = /^(?:apply|søke|söka|soka)$/;
/** What is applied for is a course or a programme, told by the whole word or inside a compound ("ledarprogram"). */
const COURSE = /(?:program|course|kurs|utbild|utdann|apprentic|lærling|lärling|trainee|akadem|academy|scheme|ordning)/;
const OURS = /^(?:our|vår|vårt|våre|våra)$/;
/** How far the course may stand after "apply": "apply for a funded place on the hospice's … apprenticeship". */
const COURSE_REACH = 9;
/** How far back the word of may stands: "den som vill kan gå vidare", "kan du söka". */
const MAY_REACH = 3;

const before = (text: readonly string[], i: number, reach: number, re: RegExp): boolean => text.slice(Math.max(0, i - reach), i).some((w) => re.test(w));

function wantsToBecome(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (!BECOME.test(word) || NOT_A_ROLE.test(text[i + 1] ?? '')) return false;
    const want = INFINITIVE.test(text[i - 1] ?? '') ? i - 2 : i - 1;
    const wanted =
      WANT.test(text[want] ?? '') ||
      (WILL.test(text[want] ?? '') && WHO.test(text[want - 1] ?? '')) ||
      (WHO.test(text[i - 1] ?? '') && WILL.test(text[i - 2] ?? ''));
    return wanted && !before(text, Math.min(want, i - 1), 2, WE);
  });
}

function goesOn(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (!GO.test(word) || !ON.test(text[i + 1] ?? '')) return false;
    // English "go on to lead", "went on to run": on to a verb, a career; "gå vidare till" when it is open to someone.
    return text[i + 1] === 'on' ? text[i + 2] === 'to' && /^(?:lead|run|become|head|manage|train|teach)$/.test(text[i + 3] ?? '') : before(text, i, MAY_REACH, MAY);
  });
}

function appliesForCourse(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (!APPLY.test(word) || !before(text, i, MAY_REACH, MAY)) return false;
    const after = text.slice(i + 1, i + 1 + COURSE_REACH);
    return after.some((w) => COURSE.test(w)) || (after.slice(0, 3).some((w) => OURS.test(w)) && !after.some((w) => /^(?:stilling|tjänst|job|position|vacanc)/.test(w)));
  });
}

/** The reader addressed: "kan du bli", "you can become". */
const YOU = /^(?:du|dere|ni|you)$/;
/** Rising: "progress to", "advance to", "avansere til", "avancera till". */
const RISE = /^(?:progress|advance|avansere|avancera|rise)$/;
const TO = /^(?:to|til|till)$/;
/** Moving into a unit of the company's: "move into our Network Design team", "gå over til vår driftsavdeling". */
const MOVE = /^(?:move|transfer|switch|bytte|byta|flytte|flytta)$/;
const INTO = /^(?:into|to|til|till|over)$/;
const UNIT_WORD = /(?:team|avdeling|avdelning|department|unit|enhet|gruppe|grupp)/;
const MOVE_REACH = 5;

/**
 * What is open to someone, told with "can": "Etter fagbrev kan du bli formann, prosjektleder …", "Apprentices … can
 * progress to chartered engineer", "Planners who want to grow can move into our Network Design team or train as shift
 * managers". Not a thing that may become something ("Anlegget kan bli forsinket": no one is addressed, nothing rises).
 */
function mayRise(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (!MAY.test(word)) return false;
    // "kan du bli formann", "you can become": the reader may become a role.
    const addressed = YOU.test(text[i + 1] ?? '') ? i + 2 : YOU.test(text[i - 1] ?? '') ? i + 1 : -1;
    if (addressed > 0 && BECOME.test(text[addressed] ?? '') && !NOT_A_ROLE.test(text[addressed + 1] ?? '')) return true;
    const verb = text[i + 1] ?? '';
    if (RISE.test(verb) && TO.test(text[i + 2] ?? '')) return true;
    // "train as shift managers", "utdanne seg til": training for a role.
    if (/^(?:train|retrain)$/.test(verb) && /^(?:as|to)$/.test(text[i + 2] ?? '')) return true;
    return MOVE.test(verb) && INTO.test(text[i + 2] ?? '') && text.slice(i + 3, i + 3 + MOVE_REACH).some((w) => UNIT_WORD.test(w)) && text.slice(i + 3, i + 5).some((w) => OURS.test(w));
  });
}

/** "after five years", "etter tre til fem år", "efter några år": a time served first. */
const AFTER = /^(?:after|etter|efter)$/;
const YEARS = /^(?:years?|år|months|måneder|månader)$/;
const YEARS_REACH = 4;
/** What one may then do: lead, become, take over, build oneself up to, apply for a post. */
const STEP_UP = /^(?:lead|run|head|become|take|apply|lede|leda|bli|ta|bygge|bygga|søke|söka|soka)$/;
const STEP_REACH = 6;
/** Those who want it: "Rådgivere som ønsker det kan …", "those who want to". */
const WHO_WANT = /^(?:ønsker|önskar|vil|vill|want|wants|wish)$/;

/**
 * A step open after a time served: "After five years you can lead your own projects", "Rådgivere som ønsker det kan
 * bygge seg opp til fagleder … etter tre til fem år", "Hos oss kan du efter några år söka en förstelärartjänst". Someone
 * is addressed or wants it; a thing that may grow after some years ("Etter to år kan anlegget utvides") is no route.
 */
function stepAfterTime(text: readonly string[]): boolean {
  // … or a course first: "After the programme you can lead an improvement team", "Efter programmet kan du bli …".
  const served = text.some((w, i) => AFTER.test(w) && text.slice(i + 1, i + 1 + YEARS_REACH).some((y) => YEARS.test(y) || COMPLETED.test(y)));
  if (!served) return false;
  return text.some((word, i) => {
    if (!MAY.test(word) || !text.slice(i + 1, i + 1 + STEP_REACH).some((w) => STEP_UP.test(w))) return false;
    return YOU.test(text[i + 1] ?? '') || YOU.test(text[i - 1] ?? '') || (WHO.test(text[i - 3] ?? '') && WHO_WANT.test(text[i - 2] ?? ''));
  });
}

/** Completing: "complete", "finish", "pass", "fullfører", "gjennomfører", "fullföljer", "genomgår", "avslutar". */
const COMPLETE = /^(?:complete|completes|completed|completing|finish|finishes|finished|pass|passes|passed|fullfører|fullført|gjennomfører|gjennomført|fullföljer|fullföljt|genomgår|genomgått|avslutar|avslutat)$/;
/** … what is completed: a course of the company's, or a trade's certificate ("fagbrev", "gesällbrev"). */
const COMPLETED = /(?:program|course|kurs|utbild|utdann|akadem|academy|school|skole|skola|trainee|fagbrev|gesällbrev|certificate)/;
const COMPLETED_REACH = 4;

/**
 * A step open once a course is completed: "Team leaders who complete our academy can apply for manager roles",
 * "Skiftledere som fullfører lederskolen kan søke på stillinger som driftssjef", "Skiftledare som fullföljer
 * ledarskolan kan söka tjänster som driftchef", "When you have passed the course you can lead …". Someone completes it
 * ("who", "som", "you"); a plant that completes its test run and may start ("Anlegget som fullfører prøvedriften kan …") has
 * no course.
 */
function stepAfterCourse(text: readonly string[]): boolean {
  const done = text.findIndex(
    (w, i) => COMPLETE.test(w) && text.slice(i + 1, i + 1 + COMPLETED_REACH).some((c) => COMPLETED.test(c)) && before(text, i + 1, 3, /^(?:who|som|you|du|ni|dere)$/),
  );
  if (done < 0) return false;
  return text.some((word, i) => i > done && MAY.test(word) && text.slice(i + 1, i + 1 + STEP_REACH).some((w) => STEP_UP.test(w)));
}

/** Whether a sentence tells a route on open to the company's own people: see the module comment. */
export function tellsRouteOn(text: readonly string[]): boolean {
  return wantsToBecome(text) || goesOn(text) || appliesForCourse(text) || mayRise(text) || stepAfterTime(text) || stepAfterCourse(text);
}
