/**
 * A named person with their role set off by commas inside a longer sentence: "If you have questions, speak to Amira
 * Saleh, our training coordinator, in the L&D office …", "Ring Kari Lund, vår opplæringsansvarlige, hvis …", "Prata med
 * Maria Sandberg, HR-partner för terminalerna, innan …". A short line of a name and a role is `inlinePerson`'s
 * (people.ts); a long sentence holds the same pair between its commas.
 */
import { ownRole } from './own-role';
import { isPersonName, isRoleLine, NAME_PART, ROLE_VERBS } from './people';

/** A name of two or three words, a comma, then up to seven words ending at a comma or the sentence's end ("our shop foreman for eleven years"). */
const SHORT_ROLE_WORDS = 5;
const NAME_THEN_ROLE = new RegExp(String.raw`(?<![\p{L}])(${NAME_PART}(?:\s+${NAME_PART}){1,2}),\s+((?:[^\s,.;:!?]+\s+){0,6}[^\s,.;:!?]+)(?=\s*(?:[,.;!?]|$))`, 'gu');
/**
 * Openings of the role that make it a place or a thing, not a title: "Amira Saleh, in the …" starts no role; nor does
 * an article, which describes someone from outside ("said Jo Reynolds, a café owner in Bristol").
 */
const NOT_A_ROLE_START = /^(?:in|at|on|i|på|ved|vid|and|og|och|who|som|which|der|där|a|an|en|ett|ei|et|the company|selskapet|bolaget)(?![\p{L}])/iu;

/** A post written as a title whose last word names a trade by its ending: "Grower Services Agronomist", "Senior Electrician", "Lab Chemist". */
const TITLED_TRADE = /^(?:\p{Lu}[\p{L}&-]*\s+){0,3}\p{Lu}\p{Ll}{3,}(?:ist|ician)$/u;

/** A preposition opening a sentence, capitalised as a name's first word is. */
const PLACE_WORD = /^(?:on|in|at|for|by|from|with|to|into|i|på|ved|vid|hos|fra|från|til|till|med|mot|om|under|over|över|inside|inne|inn)$/iu;
/** "also", "også", "också", "dessutom": before the doing that follows the role. */
const ALSO = /^(?:also|too|now|også|nå|också|även|nu|dessutom)$/iu;

/**
 * What follows the closing comma: a doing that is a role ("…, associate, runs the graduate scheme", "…, leder
 * verkstedet"). Whatever stands between the commas is then what the person is.
 */
function rolesDoingAfter(sentence: string, end: number): boolean {
  const after = sentence.slice(end).replace(/^\s*,\s*/u, '').split(/\s+/u);
  const verb = ALSO.test(after[0] ?? '') ? 1 : 0;
  return ROLE_VERBS.test(after[verb] ?? '') || ROLE_VERBS.test(`${after[verb] ?? ''} ${after[verb + 1] ?? ''}`);
}

/**
 * A new post and then its holder between commas, in passing: "Ritkontoret har fått en ny chef, Viktor Edsvik, som …", "The
 * plant has a new manager, Jane Doe, who …". The unit may be the subject; the person is named with what they are.
 */
const NEW_POST_THEN_NAME = new RegExp(String.raw`(?<![\p{L}])(?:new|ny|nye|nya)\s+\p{Ll}+,\s+(${NAME_PART}(?:\s+${NAME_PART}){1,2})(?=\s*[,.;]|$)`, 'u');

/**
 * Whether a sentence names a person with their role between commas: see the module comment. The role is a role's word,
 * or any words when the company calls the person its own ("our harbour master") or the sentence goes on to what the
 * person does as one ("Tom Lisle-Hendry, associate, runs the graduate scheme").
 */
export function roleInApposition(sentence: string): boolean {
  const newPost = NEW_POST_THEN_NAME.exec(sentence);
  if (newPost && isPersonName(newPost[1]!)) return true;
  for (const match of sentence.matchAll(NAME_THEN_ROLE)) {
    const [whole, name, role] = match;
    if (!name || !role || !isPersonName(name) || NOT_A_ROLE_START.test(role)) continue;
    const own = ownRole(role.split(/\s+/u));
    // Past five words only the company's own ("our shop foreman for eleven years", v51: "people and culture coordinator at
    // the co-operative", where in lower case): "senior analyst at industry analyst firm RedMonk" is an outsider.
    const [head, where] = role.split(/\s+(?:at|hos|vid|ved|på)\s+/u);
    const atOwn = where !== undefined && !/\p{Lu}/u.test(where) && head!.split(/\s+/u).length <= SHORT_ROLE_WORDS && isRoleLine(head!);
    if (role.split(/\s+/u).length > SHORT_ROLE_WORDS && !own && !atOwn) continue;
    if (isRoleLine(role) || TITLED_TRADE.test(role)) return true;
    // The sentence opens with the name, not with a place after a preposition ("On Tŷ Glas, our dementia unit, …").
    const atStart = match.index === 0 && !PLACE_WORD.test(name.split(/\s+/u)[0] ?? '');
    if (atStart && /,/u.test(sentence.charAt(match.index + whole.length)) && (own || rolesDoingAfter(sentence, match.index + whole.length))) return true;
  }
  return false;
}

/** "started", "began", "startet", "startade": a start told of a person, with what they started as after it. */
const STARTED = /^(?:started|began|startet|begynte|starta|startade|började)$/iu;
/** "as", "som", "here", "her", "här", "with us", "hos oss": where or as what the person started. */
const AS_OR_HERE = /^(?:as|som|here|her|här|hos|with)$/iu;
const STARTED_NAME = new RegExp(String.raw`^(${NAME_PART}(?:\s+${NAME_PART}){1,2})\s+(\S+)\s+(\S+)(?:\s+(\S+))?`, 'u');

/**
 * A named person's path told from its start, as the sentence's subject: "Steve Irving started here as a 16-year-old
 * apprentice …", "Kari Lund startet som lærling …", "Anna Berg började hos oss som …": a colleague, whatever role comes
 * later. A company or a shop that "started in 2009" is no person, and says no "as" or "here".
 */
export function personStartedAs(sentence: string): boolean {
  const match = STARTED_NAME.exec(sentence.trim());
  if (!match) return false;
  const [, name, verb, first, second] = match;
  return isPersonName(name ?? '') && STARTED.test(verb ?? '') && (AS_OR_HERE.test(first ?? '') || AS_OR_HERE.test((second ?? '').replace(/[,.]$/u, '')));
}
