/**
 * Sentences that hold a word of trouble but tell no shortfall of the company's own:
 * - a rule for a case, written as a verb-first condition in Norwegian and Swedish ("Kommer en sjåfør for
 *   sent, ringer trafikklederen skolen", "Blir bussen försenad, skickar vi ett sms"): a routine, like "If a …";
 * - someone else's trouble on a company's own page ("Their problem was wet ground", "tomtens og kundens
 *   problemer", "kundens problem"): the customer's, the plot's, which the company helps with;
 * - a fault as the object of the work ("I måndags letade vi efter felet i ett skydd", "looking for the fault",
 *   "feilsøking"), or of a report the reader is asked to make ("Meld feil på nettet"): finding faults is the
 *   job itself, reporting them a service, not something that went wrong.
 * Works on the raw sentence (for its commas) and on folded words (see stems.ts).
 */
import { OUR } from './small-words';

/** A finite verb opening a clause: a present tense ("Kommer", "Blir", "ringer") or a modal. */
const FINITE = /^(?:\p{L}+r|må|kan|skal|vil|ska|bör|kunne|skulle)$/u;
/** Openings that end like a verb but join or place a clause: "Når kundene må vente …, er …" is told, not a rule by word order. */
const NOT_FINITE = /^(?:når|när|der|där|her|här|hvor|var|eller|etter|efter|før|för|inför|under|over|över|hver|per|senere|senare|tidligere|tidigare)$/;
/** What follows the verb in a condition: a subject, a pronoun or an article ("Kommer en", "Har du", "Blir bussen"). */
const SUBJECT = /^(?:en|ei|et|ett|du|vi|det|noen|nokon|någon|något|man|dere|ni|de|dei|han|hun|ho|hon|eleven|\p{L}+(?:en|et|a|na|ne))$/u;

/** "Kommer en sjåfør for sent, ringer …": a Norwegian or Swedish condition by word order, not a question. */
export function opensWithInvertedCondition(sentence: string): boolean {
  const text = sentence.trim();
  if (text.endsWith('?')) return false;
  const comma = text.indexOf(',');
  if (comma < 0) return false;
  const before = text.slice(0, comma).toLowerCase().split(/\s+/);
  const after = text.slice(comma + 1).trim().toLowerCase().split(/\s+/);
  // A verb first ("Kommer", "Har"), then its subject: not a plural noun followed by "som", not "Når" or "Der".
  if (before.length < 3 || !FINITE.test(before[0] ?? '') || NOT_FINITE.test(before[0] ?? '') || !SUBJECT.test(before[1] ?? '')) return false;
  // … and the main clause again verb first: "ringer trafikklederen", "skickar vi".
  return FINITE.test((after[0] ?? '').replace(/[^\p{L}]/gu, ''));
}

/** Words of trouble that may be someone else's. */
const TROUBLE = /^(?:problem|problems|challenge|challenges|trouble|troubles|problemer|problema|problemene|problemet|problemen|utfordring|utfordringer|utfordringen|utmaning|utmaningar|utmaningen)$/;
/** Another's: "their", "deres", "deras", "sine", "sina", or a genitive ("customer's", "kundens", "tomtens"). */
const OTHERS = /^(?:their|deres|deira|deras|sine|sina|\p{L}+'s|\p{L}+(?:ens|ets|nes|nas|ernes|arnas))$/u;
/** The company's own: "selskapets problem", "bolagets utmaningar" are its shortfalls. */
const OWN = /(?:selskap|bolag|företag|firma|konsern|koncern|virksomhet|verksamhet|organisasjon|organisation|company|business)/;
/** How far back the owner may stand: "their biggest problem", "kundens store problem". */
const OWNER_REACH = 2;

/** "for hele næringen", "i hela branschen", "across the whole industry": a scope wider than the company. */
const WHOLE = /^(?:whole|entire|hele|heile|hela)$/;
/** A market or a trade as a whole, alone or closing a compound ("fönsterbranschen", "byggenæringen"). */
const FIELD = /(?:bransjen|branschen|næringen|näringen|markedet|marknaden|industry|sector|market|trade)$/;
/** Trouble "for" the whole field; "i hele regionen", "across the whole network" may be the company's own outage. */
const FOR_WHOM = /^(?:for|för|facing)$/;
/** "Föreningar har ofta …", "Many households struggle …": a group in general, not the company or its own (definite) things. */
const MANY = /^(?:many|most|mange|fleste|många|flesta)$/;
const INDEFINITE_PLURAL = /^\p{L}{3,}(?:er|ar|or|s)$/u;
const DEFINITE_PLURAL = /(?:ene|erne|arna|erna|orna|na)$/;
/** How far the "often" of a group's trouble may stand: "Föreningar har ofta", "Small firms often". */
const OFTEN_REACH = 3;

/**
 * A trouble of a whole field ("den største utfordringen for hele næringen") or of a group in general ("Föreningar
 * har ofta krångel med betalningar", "Many small landlords often struggle with …"): the world the company works in, not a
 * shortfall of its own. Not when "we" or "our" stand in the subject.
 */
function troubleOfAll(text: readonly string[]): boolean {
  // … and what hit a whole market or trade ("… rose across the market", "… pressar hela fönsterbranschen"), with no "we" in it.
  if (!text.some((w) => OUR.test(w)) && text.some((w, i) => (WHOLE.test(w) || w === 'across') && FIELD.test(text[i + (text[i + 1] === 'the' ? 2 : 1)] ?? ''))) return true;
  if (text.some((word, i) => WHOLE.test(word) && FOR_WHOM.test(text[i - (text[i - 1] === 'the' ? 2 : 1)] ?? '') && !OWN.test(text[i + 1] ?? ''))) return true;
  const at = MANY.test(text[0] ?? '') ? 1 : 0;
  const subject = text[at] ?? '';
  if (OUR.test(subject) || !INDEFINITE_PLURAL.test(subject) || DEFINITE_PLURAL.test(subject)) return false;
  return text.slice(at + 1, at + 1 + OFTEN_REACH).some((word) => USUALLY.test(word));
}

/** "not just us", "ikke bare oss", "inte bara oss": the company one of many whom a trouble hit. */
const NOT_ONLY = /^(?:not|ikke|ikkje|inte)$/;
const JUST = /^(?:just|only|bare|berre|bara|enbart)$/;
const US = /^(?:us|oss)$/;
export const notJustUs = (text: readonly string[]): boolean =>
  text.some((word, i) => NOT_ONLY.test(word) && JUST.test(text[i + 1] ?? '') && (US.test(text[i + 2] ?? '') || (/^(?:for|för|på)$/.test(text[i + 2] ?? '') && US.test(text[i + 3] ?? ''))));

/** "in their own building", "i deras egen byggnad", "på sitt eget anlegg": the cause lay with them. */
const THEIR = /^(?:their|deras|deres|deira|sin|sitt|sina|sine)$/;
const OWN_WORD = /^(?:own|egen|eget|egna|egne|eigen|eige)$/;
/** "som vi inte kan göra något åt", "that we can do nothing about", "som vi ikke kan gjøre noe med": beyond the company's reach. */
const NOT_WORD = /^(?:not|cannot|can't|nothing|inte|ikke|ikkje|inget|ingenting)$/;
const DO = /^(?:do|göra|gjøre|gjere)$/;
const ABOUT = /^(?:about|åt|med|with)$/;
const BEYOND_REACH = 6;

function causeOfOthers(text: readonly string[]): boolean {
  if (text.some((word, i) => THEIR.test(word) && OWN_WORD.test(text[i + 1] ?? ''))) return true;
  return text.some((word, i) => {
    if (!OUR.test(word)) return false;
    const after = text.slice(i + 1, i + 1 + BEYOND_REACH);
    const doing = after.findIndex((w) => DO.test(w));
    return doing >= 0 && after.slice(0, doing).some((w) => NOT_WORD.test(w)) && after.slice(doing + 1).some((w) => ABOUT.test(w));
  });
}

/**
 * "Their problem was …", "tomtens og kundens problemer": a trouble that belongs to someone else; or whose cause lay
 * with them ("det berodde på ett strömavbrott i deras egen byggnad") or beyond the company's reach ("avbrott som vi
 * inte kan göra något åt").
 */
export function troubleOfOthers(text: readonly string[]): boolean {
  if (troubleOfAll(text) || causeOfOthers(text)) return true;
  return text.some((word, i) => {
    if (!TROUBLE.test(word)) return false;
    const owners = text.slice(Math.max(0, i - OWNER_REACH), i).filter((w) => OTHERS.test(w));
    return owners.length > 0 && !owners.some((w) => OWN.test(w));
  });
}

/** A fault, an error: "felet", "feilen", "faults". */
const FAULT = /^(?:fault|faults|error|errors|feil|feilen|feila|feilene|fel|felet|felen)$/;
/** Searching for or mending it: "letade efter", "looked for", "finne", "rette", "åtgärda". */
const MENDING = /^(?:look|looks|looked|looking|search|searched|searching|find|finding|trace|traced|tracing|fix|fixed|fixing|repair|repairs|repaired|repairing|locate|locating|lete|leter|lette|letet|leite|leiter|leitet|søke|søker|søkte|finne|finner|rette|retter|rettet|reparere|leta|letar|letade|söka|söker|sökte|hitta|hittar|åtgärda|åtgärdar|laga|lagar|lagade)$/;
/** Fault-finding as one word: "feilsøking", "felsökning", "troubleshooting". */
const FAULT_FINDING = /^(?:feilsøk|feilsok|felsök|faultfind|troubleshoot)/;
/** How far before the fault the mending verb may stand: "looked for the fault", "letade efter felet". */
const MEND_REACH = 3;

/** The reader asked to report one: "Meld feil på nettet …", "Report a fault", "Anmäl fel", "Felanmälan". */
const REPORT = /^(?:meld|report|rapporter|rapportera|anmäl|felanmälan|feilmelding)$/;

/** "letade vi efter felet", "trace faults", "feilsøking", "Meld feil": the fault is what the work, or a service, is about. */
export function faultAsWork(text: readonly string[]): boolean {
  if (text.some((word) => FAULT_FINDING.test(word))) return true;
  if (REPORT.test(text[0] ?? '') && (text[0] === 'felanmälan' || text[0] === 'feilmelding' || text.slice(1, 3).some((w) => FAULT.test(w)))) return true;
  return text.some((word, i) => FAULT.test(word) && text.slice(Math.max(0, i - MEND_REACH), i).some((w) => MENDING.test(w)));
}

/** A fault or a deviation as a kind of case: the words a routine or a help page opens with. */
const NORDIC_CASE = /^(?:feil|feilen|feilene|avvik|avviket|avvikene|fel|felet|felen|avvikelse|avvikelser|avvikelsen|klage|klager|klagen|klagene|klagomål|klagomålen|reklamasjon|reklamasjoner|reklamation|reklamationer)$/;
const ENGLISH_CASE = /^(?:fault|faults|error|errors|defect|defects|deviation|deviations|complaint|complaints)$/;
/** What a fault tends to be or to come from: "Felet beror oftast på …", "The error usually means …". */
const USUALLY = /^(?:usually|mostly|typically|normally|often|generally|oftest|vanligvis|normalt|oftast|vanligtvis|vanligen|ofta|ofte)$/;
/** Bokmål and Swedish present passive: "registreres", "lukkes", "åtgärdas"; not a Swedish past ("registrerades"). */
const NORDIC_PASSIVE = /^\p{L}{4,}(?:es|as)$/u;
const SWEDISH_PAST_PASSIVE = /ades$/;
/** Verbs that end like a passive but tell a cause or a state ("Feilen skyldes en oppdatering"): one fault, explained. */
const DEPONENT = /^(?:skyld|synes|syns|finnes|finns|fins|lykkes|lyckas|føles|känns|kjennes)/;
const WE_OR_YOU = /^(?:we|vi|you|du|dere|ni)$/;
const EN_IS = /^(?:is|are)$/;
/** Told as an event: a past, a year. */
const PAST = /^(?:was|were|ble|blei|blev|vart|hadde|hade|had|20\d{2}|19\d{2})$/;
/** Where the fault must stand to be the subject ("Avvik …", "Alle feil …", "The error …"), and how far its verb may follow. */
const SUBJECT_AT = 2;
const VERB_REACH = 8;

/**
 * "Avvik fra byggeplassen og feil i tegningene registreres … og lukkes før …", "Felet beror oftast på att …",
 * "Faults are logged and closed …": a fault as the subject of a routine (a present passive) or of what
 * usually happens, not one that happened. Not when the sentence tells a past or a year.
 */
export function faultAsCase(text: readonly string[]): boolean {
  if (text.some((word) => PAST.test(word))) return false;
  const at = text.findIndex((word) => NORDIC_CASE.test(word) || ENGLISH_CASE.test(word));
  if (at < 0 || at > SUBJECT_AT || text.slice(0, at).some((word) => WE_OR_YOU.test(word))) return false;
  const nordic = NORDIC_CASE.test(text[at]!);
  return text.slice(at + 1, at + 1 + VERB_REACH).some((word, n, after) => {
    if (USUALLY.test(word) || (word === 'som' && after[n + 1] === 'regel')) return true;
    if (nordic) return NORDIC_PASSIVE.test(word) && !SWEDISH_PAST_PASSIVE.test(word) && !DEPONENT.test(word);
    return EN_IS.test(word) && /^\p{L}{3,}ed$/u.test(after[n + 1] ?? '');
  });
}
