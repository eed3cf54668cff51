/**
 * Three structures of what a company stands for, in folded words (see stems.ts):
 * - a habit: what is always done, by everyone or for everyone ("Vi ringer alltid anhöriga själva", "We pay
 *   for two days of training a year for every nurse", "Alla nyanställda åker ut …", "Whoever is on the rota, …",
 *   "Den som hittar ett fel … får stoppa …", "After every fault we write …"): values shown, not claimed;
 * - a norm: what should be so in the world the company serves, said of that world, not of "you" or "we"
 *   ("Every kilo of feed a farmer buys should end up in an animal", "Fisken skal være så god at …"): a vision;
 * - a purpose: what the company does so that something follows, or wants for others ("We make games that two
 *   friends can play …", "the company wants lawyers to …"): a vision too.
 */
import { tellsPurposeShape } from './purpose-shapes';
import { WE } from './small-words';
import { tellsOpenBooks } from './open-books';
import { tellsRoundHabit } from './round-habits';

/** Openings that set a rule for whoever it concerns, or a routine after each event. */
const RULE_OPENINGS = [['whoever'], ['anyone'], ['den', 'som'], ['alle', 'som'], ['alla', 'som'], ['enhver'], ['after', 'every'], ['after', 'each'],
  ['etter', 'hver'], ['etter', 'hvert'], ['efter', 'varje']];
/** "Every new starter", "Alle nyansatte", "Alla nyanställda": what every newcomer does. */
const EVERY = /^(?:every|each|all|alle|alla|hver|hvert|varje)$/;
const NEW = /^(?:new|ny)/;
const ALWAYS = /^(?:always|alltid)$/;
/** "for every nurse", "for hver ansatt", "för varje medarbetare". */
const FOR = /^(?:for|för|til|till)$/;
const FOR_EVERY = /^(?:every|each|hver|hvert|varje)$/;
/** Looking for people: "always looking for", "ser alltid etter", "söker alltid". */
const SEEKING = /^(?:looking|seeking|search|searching|ser|søker|söker|letar|leter|leiter|on)$/;
/** Thanks: "takk til hver og en", "thanks to each of you", "tack till varje"; how far it may stand before "til". */
const THANKS = /^(?:thanks|thank|takk|takke|tack|tacka)$/;
const THANKS_REACH = 2;
/** How far "always" may stand after "we": "Vi ringer alltid", "We have always". */
const ALWAYS_REACH = 3;

/**
 * A time that tells the rule still holds, before it: "To this day, whoever makes …", "Den dag i dag får den som …",
 * "Än i dag provar den som …", "Still today …", "Fortsatt …"; what follows (after the verb, in Bokmål and Swedish) is
 * read as if it opened the sentence.
 */
const STILL_LEADS = [['to', 'this', 'day'], ['still', 'today'], ['den', 'dag', 'i', 'dag'], ['än', 'i', 'dag'], ['än', 'idag'], ['ennå'], ['fortsatt'], ['fortfarande'], ['fremdeles']];
const opensWith = (text: readonly string[], opening: readonly string[]): boolean => {
  const lead = STILL_LEADS.find((still) => still.every((word, i) => text[i] === word))?.length ?? 0;
  // Bokmål and Swedish put the verb second: "Än i dag provar den som …".
  const at = (from: number): boolean => opening.every((word, i) => text[from + i] === word);
  return at(0) || (lead > 0 && (at(lead) || at(lead + 1)));
};

/** What everyone may do or gets: "every driver gets …", "alle ansatte får …", "får alla chaufförer prova …" (not "can": "All orders can be returned"). */
const MAY = /^(?:may|gets|får)$/;
const EVERYONE = /^(?:every|all|alle|alla|hver|varje)$/;

function everyoneMay(text: readonly string[]): boolean {
  return text.some((word, i) => EVERYONE.test(word) && (MAY.test(text[i - 1] ?? '') || MAY.test(text[i + 2] ?? '')));
}

/** A day, a week, a shift that comes round: "Every Friday we …", "Varje fredag går vi …", "Hver morgen møtes vi …"; not a year (growth). */
const ROUND = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|week|month|shift|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|morgen|kveld|uke|måned|skift|måndag|tisdag|lördag|söndag|morgon|kväll|vecka|månad)$/;
/** A past, a modal or a year: an event or a plan, not a habit. */
const NOT_NOW = /^(?:was|were|had|did|got|will|would|shall|ble|blei|blev|hadde|hade|gjorde|fikk|fick|skal|ska|skall|kommer|20\d{2})$/;
/** How far into the sentence its "we" stands: "Vi drøfter", "I teamene drøfter vi", "In our teams we". */
const WE_OPENING = 5;
const WHO = /^(?:who|which|som)$/;
/** How far "we" may stand after the time: "Varje fredag går vi", "Every Friday morning we". */
const ROUND_REACH = 3;

/** "each other's", "hverandre", "varandras": people of the house doing something for one another. */
const EACH = /^each$/;
const OTHER = /^(?:other|other's|others)$/;
const ONE_ANOTHER = /^(?:hverandre|hverandres|kvarandre|kvarandres|varandra|varandras)$/;
const reciprocal = (text: readonly string[]): boolean => text.some((w, i) => ONE_ANOTHER.test(w) || (EACH.test(w) && OTHER.test(text[i + 1] ?? '')));
/** How far into the sentence "we" may stand for a reciprocal habit: "Hver fredag viser vi hverandre …". */
const RECIPROCAL_WE_REACH = 4;

/**
 * "We pin up and critique each other's work every Friday", "Dentists review each other's difficult cases every month",
 * "Vi lærer av hverandre …": a practice kept among colleagues, by "we" or on a day that comes round.
 */
function reciprocalHabit(text: readonly string[]): boolean {
  if (!reciprocal(text)) return false;
  return text.slice(0, RECIPROCAL_WE_REACH).some((w) => WE.test(w)) || text.some((w, i) => FOR_EVERY.test(w) && ROUND.test(text[i + 1] ?? ''));
}

const NEVER = /^(?:never|aldri|aldrig)$/;
/** "have never had", "har aldri hatt", "never expected": an experience told, not a rule kept. */
const PERFECT = /^(?:have|has|had|har|hadde|hade|haft|hatt)$/;
/** "say no to", "sier nei til", "säger nej till", "turn down", "takker nei til", "tackar nej till". */
const SAY_NO: ReadonlyArray<readonly string[]> = [['say', 'no', 'to'], ['sier', 'nei', 'til'], ['säger', 'nej', 'till'], ['turn', 'down'], ['takker', 'nei', 'til'], ['tackar', 'nej', 'till']];

function refuses(text: readonly string[], we: number): boolean {
  const near = text.slice(we + 1, we + 1 + ALWAYS_REACH);
  const never = near.findIndex((w) => NEVER.test(w));
  if (never >= 0 && !near.slice(0, never + 2).some((w) => PERFECT.test(w)) && !/ed$/.test(near[never + 1] ?? '')) return true;
  return SAY_NO.some((phrase) => phrase.every((w, k) => text[we + 1 + k] === w));
}

/** Whether a sentence (folded words) tells a habit: see the module comment. */
export function tellsHabit(text: readonly string[]): boolean {
  if (RULE_OPENINGS.some((opening) => opensWith(text, opening))) return true;
  if (reciprocalHabit(text)) return true;
  if (EVERY.test(text[0] ?? '') && ROUND.test(text[1] ?? '') && text.slice(2, 2 + ROUND_REACH).some((word) => WE.test(word))) return true;
  // … or the day that comes round told last: "I teamene drøfter vi alle nye saker sammen hver tirsdag", told now, not as a plan or an event.
  // "We" opens it as its subject, and the time closes it: a clause after ("…, who also chairs … each Monday") is another's.
  const last = text.length - 1;
  if (last > 3 && FOR_EVERY.test(text[last - 1]!) && ROUND.test(text[last]!) && text.slice(0, WE_OPENING).some((w) => WE.test(w)) && !text.some((w) => NOT_NOW.test(w) || WHO.test(w))) return true;
  if (EVERY.test(text[0] ?? '') && NEW.test(text[1] ?? '')) return true;
  if (everyoneMay(text)) return true;
  const we = text.findIndex((word) => WE.test(word));
  if (we < 0) return false;
  // "We never send a technician out alone", "Vi sender aldri …", "We say no to jobs where …": a rule kept by refusing.
  if (refuses(text, we)) return true;
  // "We are always looking for drivers", "Vi ser alltid etter …", "Vi söker alltid …": a standing vacancy, not a habit.
  // Any clause's "we" ("Vi hilser på …, og vi hjelper alltid eldre …").
  const alwaysAfter = (at: number): boolean => {
    const always = text.slice(at + 1, at + 1 + ALWAYS_REACH).findIndex((word) => ALWAYS.test(word));
    return always >= 0 && !text.slice(at + 1, at + 3 + always).some((word) => SEEKING.test(word));
  };
  if (text.some((word, i) => i >= we && WE.test(word) && alwaysAfter(i))) return true;
  // "We exist to make good food … for every family", "jobber for å", "finns till för att": an infinitive of
  // purpose within three words of the verb makes "for every" a purpose, not a habit.
  if (text.slice(we + 2, we + 5).some((word) => /^(?:to|å|att)$/.test(word))) return false;
  // "takk til hver og en av dere", "thanks to every one of you": thanks to all, not a habit kept for each.
  return text.some((word, i) => i > we && FOR.test(word) && FOR_EVERY.test(text[i + 1] ?? '') && !text.slice(Math.max(0, i - THANKS_REACH), i).some((w) => THANKS.test(w)));
}

/** Who "should" may be said of without it being a norm for the world: the reader, the company, a person. */
const PERSONAL = /^(?:you|we|i|they|he|she|it|du|vi|jeg|eg|dere|ni|de|han|hun|hon|hen|man)$/;
const SHOULD = /^(?:should)$/;
const GENERIC = /^(?:every|each|no|a|an|any|all|everyone|everybody|nobody)$/;
const SHALL = /^(?:skal|ska)$/;
const BE = /^(?:være|vara|bli)$/;
const SO_THAT = /^(?:at|att)$/;
/** A time makes "should" an expectation and "skal/ska" a plan: "… by the spring", "Lageret skal være klart i 2027". */
const AGE = /^(?:åring|åringen|åringer|åringar|year)$/;
const TIMED = /^(?:\d+|next|spring|summer|autumn|winter|soon|innen|senest|senast|neste|nästa|våren|høsten|hösten|sommeren|sommaren|vinteren|vintern)$/;
/** How far the result clause may stand: "skal være så god at". */
const RESULT_REACH = 4;

/** "Det ska gå att resa …", "Det skal være trygt å bo …": what should be possible for anyone, said of nobody. */
const IT = /^(?:det|it)$/;
const POSSIBLE = /^(?:gå|være|vara|bli|be)$/;
const EASY = /^(?:att|å|an|mulig|möjligt|possible|enkelt|lett|lätt|easy|självklart|selvsagt|trygt|tryggt|safe)$/;

function itShallBePossible(text: readonly string[]): boolean {
  return IT.test(text[0] ?? '') && (SHALL.test(text[1] ?? '') || SHOULD.test(text[1] ?? '')) && POSSIBLE.test(text[2] ?? '') && text.slice(3, 5).some((w) => EASY.test(w));
}

/** An opinion said of the world: "We think …", "Vi mener at …", "Vi tycker att …". */
const THINK = /^(?:think|believe|feel|mener|tror|synes|menar|tycker|anser)$/;
/** "Ingen i Stavanger skal …", "Varje elkund ska …", "Alla som … ska …": a norm said of everyone or no one served. */
const ANYONE = /^(?:alle|alla|ingen|inga|inget|hver|hvert|varje|enhver|var)$/;
/** The company's own people: what they shall do is a rule of the house (a value), not a norm for the world. */
const OWN_PEOPLE = /^(?:ansatt|ansatte|nyansatte|medarbeider|medarbeidere|medarbetare|anställda|nyanställda|kollega|kolleger|kollegor|leder|ledere|chef|chefer|søker|søkere|sökande)$/;
/** "Ingen hos oss ska …", "No one on our team should …": the company's own, although "i" is "in" in Bokmål and Swedish. */
const OURS = /^(?:us|our|oss|vår|vårt|våre|våra)$/;
/** How many words may stand between "Alla" and "ska": "Alla som ger sig ut på skoter i fjällen ska". */
const ANYONE_REACH = 10;
/** A condition first ("Når en traktor stopper …, skal bonden …"): the norm for whoever it befalls. */
const WHEN = /^(?:når|när|hvis|dersom|om|ifall|when|if)$/;
/** A definite noun after an inverted "skal": "skal bonden", "ska kunden". */
const DEFINITE_NOUN = /^\p{L}{3,}(?:en|et|na|a)$/u;

/** The clause after an opinion: "We think the battery on your wall should …", "Vi mener at ingen skal …". */
function opinionOf(text: readonly string[]): readonly string[] | undefined {
  // … or a wish, the leader's or the company's: "Jeg vil at en 85-åring … skal reise hjem sterkere", "Vi vill att alla … ska".
  const wish = (WE.test(text[0] ?? '') || I.test(text[0] ?? '')) && WISH.test(text[1] ?? '') && /^(?:at|att)$/.test(text[2] ?? '');
  if (wish) return text.slice(3);
  // "… fordi vi mener at et lite bryggeri skal gjøre bygda rikere", "because we believe that …": the reason given is the opinion.
  const because = text.findIndex((w, i) => BECAUSE.test(w) && WE.test(text[i + 1] ?? '') && THINK.test(text[i + 2] ?? ''));
  if (because > 0) return text.slice(because + (/^(?:that|at|att)$/.test(text[because + 3] ?? '') ? 4 : 3));
  if (!WE.test(text[0] ?? '') || !THINK.test(text[1] ?? '')) return undefined;
  return /^(?:that|at|att)$/.test(text[2] ?? '') ? text.slice(3) : text.slice(2);
}
const I = /^(?:jeg|eg|jag)$/;
const BECAUSE = /^(?:fordi|ettersom|eftersom|because)$/;
/** Staff are the company's own: what it wants of them is a rule of the house. */
const EN_STAFF = /^(?:staff|employees?|colleagues?|workers?|managers?|drivers?|nurses?|members)$/;
const WISH_REACH = 12;
/** "We would like every person who comes through our door to eat …", "I want no child to …": a wish for anyone served. */
function englishWish(text: readonly string[]): boolean {
  if (!/^(?:we|i)$/.test(text[0] ?? '')) return false;
  const at = text[1] === 'want' || text[1] === 'wish' ? 2 : text[1] === 'would' && text[2] === 'like' ? 3 : -1;
  if (at < 0 || !GENERIC.test(text[at] ?? '') || EN_STAFF.test(text[at + 1] ?? '')) return false;
  return text.slice(at + 2, at + 2 + WISH_REACH).includes('to');
}
const WISH = /^(?:vil|ville|vill|ønsker|önskar)$/;

/** v50: "Alle som jobber i parken, skal ha gyldig GWO-sertifikat", "Everyone who works on site should …": a rule for the company's own people. */
const forThoseWorking = (text: readonly string[]): boolean => /^(?:som|who|that)$/.test(text[1] ?? '') && /^(?:jobber|jobbar|arbeider|arbeidar|arbetar|works|work)$/.test(text[2] ?? '');

/** The norm said of a thing or of anyone, with "should", "skal" or "ska", not of a person or the company's own people. */
function saidOfAnyone(text: readonly string[], opinion: boolean): boolean {
  const subject = text[0] ?? '';
  if (PERSONAL.test(subject) || !(opinion || ANYONE.test(subject))) return false;
  if (forThoseWorking(text)) return false;
  const shall = text.slice(1, 1 + ANYONE_REACH).findIndex((word) => SHALL.test(word) || SHOULD.test(word));
  if (shall < 0) return false;
  // "No one in our neighbourhood should …", "Ingen i byen vår skal måtte …": a place of ours is where the norm holds, not whom it binds.
  // Our team, crew or shop is our own people: a rule of the house ("Everyone in our team should wear …").
  const ourPlace = (i: number): boolean =>
    (IN.test(text[i - 1] ?? '') && !OWN_UNIT.test(text[i + 1] ?? '')) || (IN.test(text[i - 2] ?? '') && !OURS.test(text[i - 1] ?? '') && !OWN_UNIT.test(text[i - 1] ?? ''));
  return !text.slice(0, shall + 1).some((word, i) => (PERSONAL.test(word) && word !== 'i') || (OURS.test(word) && !ourPlace(i)) || OWN_PEOPLE.test(word));
}
const IN = /^(?:in|across|around|i|på|rundt|runt)$/;
const OWN_UNIT =
  /^(?:team|teams|crew|company|department|office|shop|workshop|lag|laget|teamet|avdeling|avdelingen|avdelning|avdelningen|bedrift|bedriften|firma|firmaet|företag|företaget|butikk|butikken|butik|butiken|verksted|verkstedet|verkstad|verkstaden|kontor|kontoret)$/;

/** "Når en traktor stopper midt i slåtten, skal bonden være i gang igjen samme dag." */
function conditionThenShall(text: readonly string[]): boolean {
  if (!WHEN.test(text[0] ?? '')) return false;
  const shall = text.findIndex((word, i) => i > 2 && SHALL.test(word));
  // "Når du har fått svar, skal søknaden …": a condition of the reader's or the company's is an instruction or a routine.
  if (shall < 0 || text.slice(1, shall).some((word) => PERSONAL.test(word) && word !== 'i')) return false;
  const subject = text[shall + 1] ?? '';
  return DEFINITE_NOUN.test(subject) && !PERSONAL.test(subject) && !OWN_PEOPLE.test(subject);
}

/** Whether a sentence (folded words) tells a norm for the world the company serves: see the module comment. */
export function tellsNorm(text: readonly string[]): boolean {
  // An age is no time: "en 85-åring", "a 90-year-old".
  if (text.some((word, i) => TIMED.test(word) && !(/^\d+$/.test(word) && AGE.test(text[i + 1] ?? '')))) return false;
  const opinion = opinionOf(text);
  if (saidOfAnyone(opinion ?? text, opinion !== undefined) || conditionThenShall(text)) return true;
  // English says it of anyone or everything ("Every kilo of feed …", "A nurse who …", "No child …"): "Applications
  // should be sent …", "Towels should be cleaned …" are instructions.
  const english = GENERIC.test(text[0] ?? '') && !forThoseWorking(text) && text.some((word, i) => {
    if (!SHOULD.test(word) || i === 0 || PERSONAL.test(text[i - 1] ?? '') || PERSONAL.test(text[i + 1] ?? '')) return false;
    // "should have" is a regret or a requirement, "should have to" is a norm.
    return text[i + 1] !== 'have' || text[i + 2] === 'to';
  });
  if (english || englishWish(text)) return true;
  if (itShallBePossible(text)) return true;
  return text.some(
    (word, i) => SHALL.test(word) && i > 0 && !PERSONAL.test(text[i - 1] ?? '') && BE.test(text[i + 1] ?? '') && text.slice(i + 2, i + 2 + RESULT_REACH).some((w) => SO_THAT.test(w)),
  );
}

/** Doing words that are no purpose: having, being, wanting ("We have machines that can …", "Vi er 40 som kan …"). */
const NOT_DOING = /^(?:have|has|had|are|were|was|will|would|can|could|must|har|hadde|hade|er|var|är|vil|ville|vill|skal|ska|kan|kunne|kunde|må|måste)$/;
/** "so that", "slik at", "så at", "så att", "sånn at". */
const SO = /^(?:so|slik|sånn|så)$/;
const THAT = /^(?:that|at|att)$/;
/** "… that two friends can play", "… som alle kan bruke": what the thing made lets people do. */
const WHICH = /^(?:that|which|som)$/;
const CAN = /^(?:can|kan)$/;
/** How far the purpose may stand from the doing: "We make games that two friends can play". */
const PURPOSE_REACH = 8;

/** "all", "every", "always", "never" right after the doing word. */
const EVERY_CASE = /^(?:all|every|each|always|never|alle|alla|hver|hvert|varje|alltid|aldri|aldrig)$/;

const WANT = /^(?:want|wants|wanted)$/;
/** "would like", "'d like": a wish as much as "want" ("I would like a nurse in a rural clinic to know …"). */
const wishWord = (text: readonly string[], i: number): boolean =>
  WANT.test(text[i] ?? '') || (text[i] === 'like' && (text[i - 1] === 'would' || /'d$/.test(text[i - 1] ?? '')));
/** How many words may name whom the company wants something for: "wants lawyers to", "want every farmer to". */
const WHOM_REACH = 6;
const WHOM_CLAUSE_REACH = 10;

/** "vil at folk skal", "vill att alla ska", "ønsker at kundene skal": the Norwegian and Swedish "want … to". */
const WANT_THAT = /^(?:vil|vill|ønsker|önskar)$/;
/** How many words may name whom, before "skal"/"ska": "vill att alla barn i kommunen ska", "vil at hvert barn som går ut av en av barnehagene våre, skal". */
const NORDIC_WHOM_REACH = 10;

/** "… the company wants lawyers to spend their time …", "Jeg vil at folk skal smake …": what it wants for others. */
function wantsOthersTo(text: readonly string[]): boolean {
  // "By 2030 we want half of our turnover to come from …": a target with its year is a strategy.
  if (text.some((word) => /^20\d{2}$/.test(word))) return false;
  const nordic = text.some(
    (word, i) => WANT_THAT.test(word) && SO_THAT.test(text[i + 1] ?? '') && !PERSONAL.test(text[i + 2] ?? '') && text.slice(i + 3, i + 3 + NORDIC_WHOM_REACH).some((w) => SHALL.test(w)),
  );
  if (nordic) return true;
  return text.some((word, i) => {
    if (!wishWord(text, i) || /^(?:you|do|does)$/.test(text[i - (word === 'like' ? 2 : 1)] ?? '')) return false;
    // Whom, told with a clause of its own, takes longer: "want the seaweed that grows along this coast to take …".
    const clause = text.slice(i + 2, i + 2 + WHOM_REACH).some((w) => /^(?:that|which|who)$/.test(w));
    const to = text.slice(i + 2, i + 2 + (clause ? WHOM_CLAUSE_REACH : WHOM_REACH)).indexOf('to');
    return to >= 0 && !PERSONAL.test(text[i + 1] ?? '') && text[i + 1] !== 'to';
  });
}

/**
 * A purpose told through what the company does: "We make games that two friends can play on one sofa",
 * "Vi bygger solparker på mark som ingen kan odla på, så att åkrarna får fortsätta vara åkrar". The
 * company ("we") does something in the present, so that, or so that people can, something follows.
 */
export function tellsPurpose(text: readonly string[]): boolean {
  if (wantsOthersTo(text) || tellsPurposeShape(text)) return true;
  if (!WE.test(text[0] ?? '')) return false;
  const verb = text[1] ?? '';
  // A present doing word: not an auxiliary, not a past ("We moved the meeting so that …").
  if (NOT_DOING.test(verb) || /(?:ed|et|te|de|ade)$/.test(verb)) return false;
  // Done to every case or always ("Vi holder alle sluttsamtaler med …, slik at …", "We ring every tenant …, so that …"): a routine
  // with its reason, a habit of the house, not what the company is for; so is a habit of sharing or of a day that comes round
  // ("Vi delar våra misstag öppet på fredagsmötet, så att …", open-books.ts, round-habits.ts).
  if (EVERY_CASE.test(text[2] ?? '') || tellsOpenBooks(text) || tellsRoundHabit(text)) return false;
  const rest = text.slice(2, 2 + PURPOSE_REACH + 4);
  if (rest.some((word, i) => SO.test(word) && THAT.test(rest[i + 1] ?? ''))) return true;
  return rest.some((word, i) => WHICH.test(word) && rest.slice(i + 1, i + 5).some((w) => CAN.test(w)));
}
