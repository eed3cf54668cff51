/** A colleague's path inside the company, in folded words (see stems.ts): what was done then, and what is done now. */
import { isNumber } from './figures';
import { FROM } from './small-words';

/** A colleague, not "they" (as often things: "they now seemed dated"). */
const THIRD_PERSON = /^(?:she|he|hun|han|hon|hen)$/;
/** The writer of a blog telling their own path: "i dag leder jag", "nå leder jeg" ("i" is "in" in Bokmål and Swedish). */
const FIRST_PERSON = /^(?:jeg|eg|jag)$/;
const NOW = /^(?:now|nå|nu)$/;
/** A time gone by: a year, "last year", "i fjor", "förra året", "ago", or an English past ("finished", "joined"). */
const BEFORE = /^(?:19\d{2}|20\d{2}|fjor|fjol|ago|siden|sedan|\p{L}+ed)$/u;
const LAST_YEAR = (text: readonly string[], i: number): boolean => /^(?:last|förra|forrige)$/.test(text[i] ?? '') && /^(?:year|året|år)$/.test(text[i + 1] ?? '');

/** "of", "av": a part of a group of colleagues ("Four of our eight shift managers", "To av dem som …"). */
const OF = /^(?:of|av)$/;
/** Starting lower down: "started", "began", "begynte", "började"; "joined" too, with what they joined as. */
const STARTED = /^(?:started|began|joined|begynte|startet|starta|byrjar|byrja|började|startade|kom)$/;
/** Whose path: "our", "våre", "those who", "dem som", "de som": colleagues, not lines or shops. */
const OURS = /^(?:our|våre|vår|våra|those|dem|de|dei)$/;
/** Where or as what they started: "on the floor", "hos oss som", "här som". */
const WHERE = /^(?:as|on|in|at|out|here|with|us|som|hos|på|i|her|här|oss|med)$/;
/** How far the start may stand after the count: "Four of our eight current shift managers started". */
const STARTED_REACH = 7;

/** A part told without a figure: "Several of our managers", "Most of our seniors", "Flere av våre …", "De flesta av …". */
const SOME = /^(?:several|most|many|some|flere|mange|fleste|flera|många|flesta)$/;
/** Whose, as a genitive after "the": "Eleven of the firm's 85 staff". */
const GENITIVE = /^\p{L}+'s$/u;
/** Coming up through the company's own route: "came through its own apprenticeship", "kom gjennom", "kom upp genom". */
const CAME = /^(?:came|come|kom|kommet|kommit)$/;
const THROUGH = /^(?:through|up|gjennom|genom|opp|upp)$/;
/** Trained in the house: "trained here", "utdannet hos oss", "utbildade sig här". */
const TRAINED = /^(?:trained|qualified|utdannet|utdanna|utbildade|utbildad|utbildat|lærte|lärde)$/;
const HERE = /^(?:here|her|här|hos|with|in-house|internally|internt)$/;
/** The same way as the person told of: "har gått samme vei", "har gått samma väg", "have followed the same path". */
const SAME = /^(?:same|samme|samma)$/;
const WAY = /^(?:way|path|route|road|vei|veg|väg|vägen|veien)$/;
/** … or that way, gone before: "har gått den vägen", "have taken that route". */
const THAT = /^(?:den|that)$/;
const GONE = /^(?:gått|gatt|gone|taken|followed|tatt|tagit|fulgt|följt)$/;
const TODAYS = /^(?:dagens|today's|todays|årets)$/;
/** Those the company serves or sells: their route is no career. */
const SERVED = /^(?:customers?|clients?|guests?|users?|visitors?|tenants?|patients?|kunder|kundene|kunderna|kundane|gjester|gjestene|gäster|gästerna|brukere|brukerne|användare|användarna|leietakere|hyresgäster)$/;

/**
 * "Four of our eight current shift managers started on the warehouse floor", "To av dem som begynte hos oss som lærlinger …",
 * "Eleven of the firm's 85 staff came through its own apprenticeship", "Most of our managers trained here",
 * "Seks av de 24 ansatte har gått samme vei": a part of the company's own people and the route they came by.
 */
function colleaguesWhoStarted(text: readonly string[]): boolean {
  // Started where or as what ("started on the floor", "begynte hos oss som"), not started something ("started production").
  const cameBy = (at: number): boolean =>
    (STARTED.test(text[at] ?? '') && WHERE.test(text[at + 1] ?? '')) ||
    (CAME.test(text[at] ?? '') && THROUGH.test(text[at + 1] ?? '')) ||
    (TRAINED.test(text[at] ?? '') && HERE.test(text[at + 1] ?? '')) ||
    ((SAME.test(text[at] ?? '') || (THAT.test(text[at] ?? '') && GONE.test(text[at - 1] ?? ''))) && WAY.test(text[at + 1] ?? ''));
  // v54: "Sju av dagens tio skiftledare har gått den vägen": today's leaders are the company's own.
  // v62: "Eleven of this year's 16 new supervisors came up from the potlines", "årets": this year's are the company's own too.
  const owner = (at: number): boolean => OURS.test(text[at] ?? '') || TODAYS.test(text[at] ?? '') || ((text[at] === 'the' || text[at] === 'this') && GENITIVE.test(text[at + 1] ?? ''));
  const part = (word: string, i: number): boolean => (isNumber(word) || SOME.test(word)) && OF.test(text[i + 1] ?? '') && owner(i + 2);
  return text.some((word, i) => {
    if (!part(word, i)) return false;
    const route = [...Array(STARTED_REACH).keys()].findIndex((n) => cameBy(i + 3 + n));
    // Colleagues, not the customers served: "Most of our customers came through a referral".
    return route >= 0 && !text.slice(i + 2, i + 3 + route).some((w) => SERVED.test(w));
  });
}

/** Moving up from one post to another: "has gone from …", "gikk fra …", "har gått från …", "worked her way up from …". */
const WENT = /^(?:gone|went|moved|risen|rose|worked|gått|gikk|gjekk|gick|jobbet|jobbat|arbeidet|arbetat)$/;
const TO = /^(?:to|til|till)$/;
/** How far the last post may stand after "from": "från konstruktör via uppdragsledare till avdelningschef". */
const POST_REACH = 6;
/**
 * A colleague who joined or started, then went from one post to a higher one: "Jonas joined us as a graduate and has since
 * gone from designer via project manager to head of department", "Hun begynte som lærling og har gått fra montør til
 * verksmester", "Han kom till oss 2012 och har gått från konstruktör via uppdragsledare till avdelningschef". No figure
 * between: "went from 40 to 60 employees" is growth, not a path; and the joining tells a person, not a company.
 */
function wentFromPostToPost(text: readonly string[]): boolean {
  const joined = text.findIndex((w, i) => (STARTED.test(w) && (WHERE.test(text[i + 1] ?? '') || TO.test(text[i + 1] ?? ''))) || THIRD_PERSON.test(w));
  if (joined < 0) return false;
  return text.some((w, i) => {
    if (i <= joined || !WENT.test(w)) return false;
    const from = text.slice(i + 1, i + 4).findIndex((v) => FROM.test(v));
    if (from < 0) return false;
    const span = text.slice(i + 2 + from, i + 2 + from + POST_REACH);
    const to = span.findIndex((v) => TO.test(v));
    // ("to" is "two" in Bokmål: the figure after it is read as digits.)
    return to > 0 && !span.slice(0, to).some(isNumber) && !/^\d/.test(span[to + 1] ?? '');
  });
}

/**
 * A path inside the company told of a colleague: something done then, and what she does now ("Last year
 * she finished her certificate …, and she now trains the newer nurses", "I 2019 tok han fagbrev, og nå
 * leder han …"), or by the writer ("Förra året fick jag gå ledarprogrammet, och i dag leder jag …"): where
 * someone who starts there can go; or told of a part of a group of colleagues who started lower down
 * ("Four of our eight shift managers started on the floor", "Tre av dem som började som lärlingar …").
 */
export function tellsCareerPath(text: readonly string[]): boolean {
  if (colleaguesWhoStarted(text) || wentFromPostToPost(text) || newPostAfterYears(text) || startsAsThenMovesOn(text) || startedThenBecame(text) || postAfterYears(text)) return true;
  const person = (word: string | undefined): boolean => THIRD_PERSON.test(word ?? '') || FIRST_PERSON.test(word ?? '');
  // "i dag" is "today" in Bokmål and Swedish: its second word stands for "now", and the word before it is "i".
  const today = (i: number): boolean => text[i] === 'dag' && text[i - 1] === 'i';
  const now = text.findIndex(
    (word, i) => (NOW.test(word) && (person(text[i - 1]) || person(text[i + 1]) || person(text[i + 2]))) || (today(i) && (person(text[i - 2]) || person(text[i + 1]) || person(text[i + 2]))),
  );
  if (now < 0) return false;
  return text.slice(0, now).some((word, i) => BEFORE.test(word) || LAST_YEAR(text, i));
}

const NEW = /^(?:new|ny|nye|nya|nytt)$/;
const AFTER = /^(?:after|etter|efter)$/;
const SPAN = /^(?:years?|år|seasons?|sesonger|säsonger|months|måneder|månader)$/;
const AS = /^(?:as|som)$/;
/** v52: "Amadou Diallo er ny skiftleder på fryseriet etter fire sesonger som produksjonsmedarbeider hos oss": a post reached after years in another. */
function newPostAfterYears(text: readonly string[]): boolean {
  const fresh = text.findIndex((w) => NEW.test(w));
  // In the house ("hos oss", "with us", "here"): "etter tolv år som driftssjef på hotellet i Balestrand" was a post elsewhere.
  const inHouse = (from: number): boolean => text.slice(from, from + 6).some((w, j) => HERE.test(w) && (w !== 'hos' && w !== 'with' ? true : /^(?:oss|us)$/.test(text[from + j + 1] ?? '')));
  return fresh >= 0 && text.some((w, i) => i > fresh && AFTER.test(w) && isNumber(text[i + 1]) && SPAN.test(text[i + 2] ?? '') && AS.test(text[i + 3] ?? '') && inHouse(i + 4));
}

const STARTS = /^(?:start|starts|begin|begins|begynner|byrjar|börjar|startar|starter)$/;
const MOVES = /^(?:move|moves|go|goes|går|gar)$/;
const ON = /^(?:on|up|over|över|opp|upp)$/;
/** v52: "Nya medarbetare börjar som researcher och går efter ett år över till egna uppdrag": where a newcomer starts, and moves on to. */
function startsAsThenMovesOn(text: readonly string[]): boolean {
  const start = text.findIndex((w, i) => STARTS.test(w) && AS.test(text[i + 1] ?? ''));
  return start >= 0 && text.some((w, i) => i > start + 2 && MOVES.test(w) && text.slice(i + 1, i + 6).some((v, j) => ON.test(v) && TO.test(text[i + 2 + j] ?? '')));
}

const AND = /^(?:and|og|och)$/;
const NOT_A_PERSON = /^(?:we|vi|our|vår|våre|våra|team|teams|teamet|unit|department|avdelingen|avdelningen|company|selskapet|företaget|bedriften|group|gruppen)$/;
/**
 * "Linnea joined as a summer worker in 2016 and now leads a team of eleven", "Eva-Lott started as a prescriptionist in 2014
 * and now leads a team of twelve", "Hon började som undersköterska 2015 och leder nu …": someone who started somewhere, and
 * what they do now, joined in one sentence: a person's path, which tells the team they lead less (score.ts). Not read as
 * career evidence of its own: the labels take such a line as career evidence only now and then.
 */
export function startedAndNow(text: readonly string[]): boolean {
  const started = text.findIndex((w, i) => STARTED.test(w) && WHERE.test(text[i + 1] ?? ''));
  // "Our data team started in 2019 and now has twelve engineers", "Vi kom i gang i 2020 og har nå …": a team or the company.
  if (started < 0 || text.slice(0, started).some((w) => NOT_A_PERSON.test(w))) return false;
  return text.some((w, i) => i > started + 2 && AND.test(w) && (NOW.test(text[i + 1] ?? '') || NOW.test(text[i + 2] ?? '')));
}

const SELF = /^(?:selv|sjøl|själv|herself|himself|themselves)$/;
const BECAME = /^(?:became|ble|blei|blev|vart)$/;
/** Not a post: "ble bedre", "became part of", "blev en del av". */
const NOT_A_POST = /^(?:better|more|part|worse|bedre|større|mer|del|bättre|större|mera)$/;
const ARTICLE = /^(?:a|an|the|en|ei|et|ett)$/;
/**
 * v61: "Bjørgum begynte selv som lærling på fabrikken i 1998 og ble produksjonssjef i 2017", "She started as a picker and became
 * shift manager": someone who started low in the house and became something higher, in one sentence (not a team or the company).
 */
function startedThenBecame(text: readonly string[]): boolean {
  const started = text.findIndex((w, i) => STARTED.test(w) && (AS.test(text[i + 1] ?? '') || (SELF.test(text[i + 1] ?? '') && AS.test(text[i + 2] ?? ''))));
  if (started < 0 || text.slice(0, started).some((w) => NOT_A_PERSON.test(w))) return false;
  // "… and became a shift leader": the post after its article; "blev en del av" is none.
  const post = (i: number): string | undefined => (ARTICLE.test(text[i] ?? '') ? text[i + 1] : text[i]);
  return text.some((w, i) => i > started + 2 && AND.test(w) && BECAME.test(text[i + 1] ?? '') && post(i + 2) !== undefined && !NOT_A_POST.test(post(i + 2)!));
}

const POSTED = /^(?:appointed|promoted|utnevnt|utnevnd|utnämnd|utnämndes|befordret|befordrad|befordrades|forfremmet)$/;
const HOUSE = /^(?:company|firm|bolaget|företaget|selskapet|bedriften|firmaet|firman|huset)$/;
/**
 * v62: "… was appointed Head of Quality in September after eight years as a line supervisor", "… utnämndes till kvalitetschef
 * efter tolv år på bolaget": a post given after years in another one, or in the house (not "… at Equinor").
 */
function postAfterYears(text: readonly string[]): boolean {
  // ("took over as chief executive after twelve years as its sales director", "tog över som ekonomichef …": a successor's post, no path, as labelled.)
  const given = text.findIndex((w) => POSTED.test(w));
  const asPost = (i: number): boolean => AS.test(text[i] ?? '') && !text.slice(i + 1, i + 6).some((v) => /^(?:at|i|hos|ved|vid|with|in)$/.test(v));
  const inHouse = (i: number): boolean => /^(?:på|i|at|with|hos|in)$/.test(text[i] ?? '') && (HOUSE.test(text[i + 1] ?? '') || (/^(?:the|our)$/.test(text[i + 1] ?? '') && HOUSE.test(text[i + 2] ?? '')));
  return given >= 0 && text.some((w, i) => i > given && AFTER.test(w) && isNumber(text[i + 1]) && SPAN.test(text[i + 2] ?? '') && (asPost(i + 3) || inHouse(i + 3)));
}
