/**
 * A plan whose subject is someone outside the company: the government, the state, a competitor, a customer, the
 * industry or the market, public bodies in the plural ("Many municipalities …", "kommunene"). "The Norwegian government
 * wants many more homes to install …", "Competitor Kvarnholm Data raised … and plans to enter …", "Kunden Bømlo
 * Havfiske planlegger …", "Bransjen regner med …": their plan, not the company's strategy. The subject is the words
 * before the sentence's first word of planning; "we", "our" or "the company" among them make it the company's own
 * ("We and our customers will …"). Folded words (stems.ts: lower case, Nordic letters kept).
 */
import { opensWithPublicBody } from './public-bodies';
import { tellsNewInPost } from './new-in-post';
import { personAsSubject, rolesBeforeNames } from './people';

/**
 * Who plans outside the company (a partner, a supplier or a distributor too: "Our partner Elmcourt Pharma plans to open …"). A council, a region or a
 * municipality alone may be the employer itself: not here; but the county's bodies and the state's agencies named as such ("Fylkeskommunen har som mål
 * at …", "Länsstyrelsen vill att …", "Statsforvalteren krever …", "the Energy Agency expects …") are the state's, and a company speaks of itself as "we".
 */
const OUTSIDER =
  /^(?:government|municipal|government's|governments|county|county's|fylket|fylkets|länet|länets|ministry|ministries|regulator|regulators|state|competitor|competitors|rival|rivals|industry|sector|market|municipalities|councils|authorities|province|province's|provincial|provinsen|partner|partners|supplier|suppliers|distributor|distributors|importer|importers|wholesaler|wholesalers|chains|neighbours|neighbors|naboene|naboane|grannarna|grannar|grannen|kjedene|kedjorna|distributøren|distributørene|importøren|grossisten|distributören|importören|distributör|importör|leverantör|distributør|importør|leverandør|partneren|partnerne|leverandøren|leverandørene|partnern|partnerna|leverantören|leverantörerna|regjeringen|regjeringa|staten|departementet|direktoratet|konkurrent|konkurrenten|konkurrentene|konkurrenter|bransjen|bransjer|næringen|kommunene|kommuner|fylkeskommunene|regeringen|regeringens|regjeringens|konkurrenterna|branschen|kommunerna|regionerna|myndigheterna|agency|agencies|agency's|fylkeskommunen|fylkeskommuna|statsforvalteren|fylkesmannen|länsstyrelsen|länsstyrelserna|[a-zåäöæø]{3,}(?:bransjen|branschen|næringen|näringen))$/;
// v54: "Municipal water utilities in Sweden expect to spend …": a municipal subject is another too ("the energy and utilities team" is a unit).
// v50: an industry named as a compound ("møbelbransjen", "skogsnäringen") is the industry too; a trade in a country, below.
/**
 * In news, the company itself may be named by its trade ("Grossisten … satsar", "the distributor plans"): there only a
 * public body, a competitor, the industry or a chain of many ("One of the large supermarket chains plans …") is another.
 */
const PUBLIC_OUTSIDER =
  /^(?:government|municipal|government's|governments|county|county's|fylket|fylkets|länet|länets|ministry|ministries|regulator|regulators|state|competitor|competitors|rival|rivals|industry|sector|market|municipalities|councils|authorities|province|province's|provincial|provinsen|chains|neighbours|neighbors|naboene|naboane|grannarna|grannar|grannen|regjeringen|regjeringa|staten|departementet|direktoratet|konkurrent|konkurrenten|konkurrentene|konkurrenter|bransjen|næringen|kommunene|kjedene|regeringen|regeringens|regjeringens|konkurrenterna|branschen|kommunerna|regionerna|myndigheterna|kedjorna|agency|agencies|agency's|fylkeskommunen|fylkeskommuna|statsforvalteren|fylkesmannen|länsstyrelsen|länsstyrelserna|[a-zåäöæø]{3,}(?:bransjen|branschen|næringen|näringen))$/;
/**
 * A customer plans too ("Kunden … planlegger", "our largest customer plans"), and so does a shop that sells the goods on
 * ("our largest retailer plans …", "forhandleren vår planlegger …"), but "Customers will get a credit …" and
 * "Kundene skal kunne …" are the company's promise to them: a customer is the planner only with a word of intent.
 */
// "Virkesköparen", "tømmerkjøperen": a buyer named by what it buys is a customer too.
const CUSTOMER =
  /^(?:customer|customer's|customers|client|clients|buyer|buyers|kunde|kunden|kundene|kunder|kund|kunderna|köparen|[a-zåäöæø]+köparen|[a-zåäöæø]*kjøperen|retailer|retailers|retailer's|stockist|stockists|dealer|dealers|forhandler|forhandleren|forhandlere|forhandlerne|återförsäljare|återförsäljaren|återförsäljarna)$/;
/**
 * In news too, a customer named as one ("Kunden Lillesand Båtutleie planlegger …", "Virkesköparen Ljusnans Skogsägare
 * planerar …", "The customer Harbour Hire plans …") is another firm: the word for a customer, then a capitalised name.
 */
const NAMED_CUSTOMER = /(?:^|\s)(?:[Kk]unden|[Tt]he customer|[Cc]ustomer|[Tt]he buyer|\p{L}*(?:[Kk]öparen|[Kk]jøperen))\s+\p{Lu}\p{L}+\s+\p{Lu}/u;
const INTENT = /^(?:plans|plan|planning|aims|aim|intends|intend|planlegger|planerar)$/;
/** … or with its intent announced before it ("our largest customer has announced that it will …", "kunden har varslet at den skal …"). */
const ANNOUNCED = /^(?:announced|kunngjort|annonsert|varslet|meldt|meddelat|aviserat|annonserat|tillkännagett)$/;
/** The company speaking of itself: "we", "our", "the company"; not "our largest customer", whose plan is the customer's. */
const OWN = /^(?:we|our|us|ours|vi|vår|vårt|våre|våra|oss|selskapet|bolaget|företaget|konsernet|koncernen|company|group)$/;
/**
 * A body of the state or of a trade named by what it is: "the Shipping Chamber expects …", "the International Maritime
 * Organization is expected to …", "the Maritime Authority plans …", "Kystverket planlegger …", "Miljødirektoratet
 * forventer …", "Arbeidstilsynet skal …", "Trafikverket planerar …", "Energimyndigheten räknar med …". A Swedish or
 * Norwegian agency's name ends in its kind ("-direktoratet", "-tilsynet", "-myndigheten", "-etaten"); an agency called
 * "-verket" is named one by one, since "sågverket" and "kraftverket" are a company's own works.
 */
const BODY = /^(?:chamber|chamber's|organization|organisation|organization's|organisation's|authority|authority's|commission|bureau|\p{L}{3,}(?:direktoratet|tilsynet|myndigheten|myndigheter|etaten)|vegvesen|vegvesenet|kystverket|trafikverket|skatteverket|naturvårdsverket|boverket|arbetsmiljöverket|sjöfartsverket|livsmedelsverket|jordbruksverket|transportstyrelsen)$/u;
/**
 * … and an "Office" spelled as a long name, not the company's own office: "the UK Intellectual Property Office expects …"
 * (three capitalised words and more); "The Design Office in Derby will …" is the company's.
 */
const NAMED_OFFICE = /(?:\s\p{Lu}[\p{L}-]*){3,}\s(?:Office|Agency)\b/u;
/**
 * Words of planning and expecting, of deciding ('Regjeringen har besluttet å …'), of proposing and of giving another the task ('Regeringen har gett … i uppdrag'),
 * and of works under way ('Trafikverket bygger om väg 52 …', 'The government is building …'): the subject stands before the first.
 */
const PLANS =
  /^(?:will|plans|plan|planning|builds|building|rebuilds|rebuilding|investing|invests|investerer|investerar|bygger|byggjer|aims|aim|wants|want|expects|expect|intends|intend|hopes|skal|vil|planlegger|ønsker|forventer|regner|satser|ska|vill|planerar|förväntar|räknar|satsar|proposes|proposed|foreslår|foreslått|föreslår|föreslagit|commissioned|tasked|gitt|gett|expected|forventes|ventes|förväntas|väntas|decided|besluttet|vedtatt|beslutat|beslutade)$/;
const SET = /^(?:set|satt|sett)$/;
const GOAL = /^(?:goal|goals|target|targets|mål|målet|målsetting|målsättning)$/;

/**
 * Told ahead by another: a promise or an announcement of what someone else will do ("The county government has promised
 * to tarmac the road …", "Bane NOR har varslet at Ofotbanen skal få …", "Försvarsmakten har aviserat att marinen ska
 * växa …"). The company tells its own plans as "we"; its leaders and board announce for it ("The CEO announced that …").
 */
const TOLD = /^(?:announced|promised|pledged|kunngjort|annonsert|varslet|lovet|lovt|meddelat|aviserat|annonserat|tillkännagett|utlovat|lovat)$/;
const LEADER = /^(?:ceo|chief|director|chair|chairman|board|management|owner|owners|founder|styret|ledelsen|eieren|eierne|gründeren|vd|styrelsen|ledningen|ägaren|ägarna|grundaren|direktören)$|(?:sjef|sjefen|chef|chefen|leder|lederen|ledare|ledaren)$/;
const THAT = /^(?:that|at|att)$/;
/** What is told is a deed ahead: "promised to …", "lovet å …", "varslet at …"; "har varslet innsigelse" is a notice, no plan. */
const AHEAD = /^(?:to|å|att|that|at)$/;
/** After "that", a pronoun or the company's own word is the teller again ("… announced that it will …"): no other named. */
const TELLER_AGAIN = /^(?:it|they|he|she|den|det|de|han|hun|hon)$/;
/** How far into the sentence the telling word may stand. */
const TELLER_REACH = 8;

/** The sentence tells another's promise or announced plan: the teller is an outsider, or the plan after "that" is another's. */
function toldByOthers(text: readonly string[], outsider: (w: string) => boolean): boolean {
  const at = text.slice(0, TELLER_REACH).findIndex((w) => TOLD.test(w));
  if (at <= 0 || !AHEAD.test(text[at + 1] ?? '')) return false;
  const teller = text.slice(0, at);
  if (teller.some((w) => OWN.test(w) || LEADER.test(w))) return false;
  if (teller.some(outsider)) return true;
  const planner = THAT.test(text[at + 1] ?? '') ? text[at + 2] : undefined;
  return planner !== undefined && !TELLER_AGAIN.test(planner) && !OWN.test(planner) && !WE.test(planner) && !LEADER.test(planner);
}

/**
 * A body of the state in the genitive, owning the plan: "Kystverkets nye plan betyr at …", "Trafikverkets nationella plan
 * innebär att …", "the Environment Agency's flood plan expects …". The plan is the body's, whatever follows it.
 */
function ownedByBody(w: string): boolean {
  // English "'s"; a Nordic "s" only after a definite noun ("-verkets", "-direktoratets"), not a plural ("organisations").
  const bare = w.replace(/(?:'s|’s)$/u, '').replace(/(?<=(?:et|en))s$/u, '');
  return bare !== w && BODY.test(bare);
}

/** Serving a party: "vi bygger for", "vi leverer til", "we build for", "vi levererar till", "we work for". */
const SERVE = /^(?:bygger|byggjer|leverer|selger|jobber|arbeider|build|supply|sell|deliver|work|levererar|säljer|arbetar|jobbar)$/;
const FOR = /^(?:for|til|to|till|åt)$/;
/** The plan right after that clause: "… vi bygger for, planlegger å …", "… we build for will …". */
const INTENDS = /^(?:plans|plan|planning|aims|intends|will|wants|planlegger|planerar|skal|ska|vil|vill|ønsker|önskar)$/;

/**
 * "Et av rederiene vi bygger for, planlegger å fornye …", "One of the operators we build for plans to …", "Ett av
 * rederierna vi bygger åt planerar …": the party the company serves, named by that clause, plans for itself. The plan
 * word right after the clause: "Fartygen vi bygger för Gotland ska …" tells the company's ships, not another's plan.
 */
function servedPartyPlans(text: readonly string[]): boolean {
  const at = text.slice(0, 10).findIndex((w, i) => i >= 1 && WE.test(w) && SERVE.test(text[i + 1] ?? '') && FOR.test(text[i + 2] ?? '') && !OWN.test(text[i - 1]!));
  if (at >= 1 && INTENDS.test(text[at + 3] ?? '') && !WE.test(text[at + 4] ?? '')) return true;
  // v44: "One of the potash mines we serve plans to double …", "En av gruvene vi betjener planlegger …".
  const served = text.slice(0, 10).findIndex((w, i) => i >= 1 && WE.test(w) && SERVED_BY_US.test(text[i + 1] ?? '') && !OWN.test(text[i - 1]!));
  return served >= 1 && INTENDS.test(text[served + 2] ?? '') && !WE.test(text[served + 3] ?? '');
}

const SERVED_BY_US = /^(?:serve|supply|betjener|forsyner|betjänar|försörjer)$/;
const ONE = /^(?:one|en|ei|et|ett)$/;
/** How far the customers may stand after "One of": "One of the battery chemical customers plans …". */
const ONE_OF_REACH = 6;
/**
 * v44: "One of the battery chemical customers plans to double its capacity", "En av kundene planlegger …", "En av kunderna
 * planerar …": one customer among many, planning for itself, in news as in the company's own words.
 */
function oneCustomerPlans(text: readonly string[]): boolean {
  if (!ONE.test(text[0] ?? '') || !/^(?:of|av)$/.test(text[1] ?? '')) return false;
  const at = text.slice(2, 2 + ONE_OF_REACH).findIndex((w) => CUSTOMER.test(w)) + 2;
  if (at < 2) return false;
  const verb = OWN.test(text[at + 1] ?? '') ? at + 2 : at + 1;
  return INTENT.test(text[verb] ?? '');
}

/** "We" as the subject, not a possessive. */
const WE = /^(?:we|vi)$/;
/** How far into the sentence the first planning word may stand. */
const SUBJECT_REACH = 20;
/** How near before a customer or an outsider an own word is theirs ("vår største kunde", "our two biggest competitors"). */
const OWNER_REACH = 3;

/**
 * `news`: only a public body, a competitor, the industry or a chain of many counts as another (see PUBLIC_OUTSIDER). The raw
 * `sentence`, when given, tells a public body named with its place as the subject ("Gjøvik kommune skal …", public-bodies.ts).
 */
/**
 * The reader's date to apply by ("Production engineer – apply by 17 January 2027", "Apply before March 3"): the
 * applicant's, not the company's plan. Only with a day: "New EU rules apply by 2027, so we will convert …" keeps its plan.
 */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+';
const APPLY_BY_DAY = new RegExp(
  String.raw`\bapply\s+(?:by|before)[:,]?\s+(?:${WEEKDAY})?(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|${MONTH}\s+\d{1,2}\b|\d{1,2}[./]\d{1,2}\b)`,
  'iu',
);

/** v44: "Søknad sendes via rekrutteringssystemet vårt innen 10. januar 2027", "Ansökan skickas senast den 12 januari": the same date in Bokmål and Swedish. */
const NORDIC_MONTH = '(?:jan|feb|mar|apr|mai|maj|jun|jul|aug|sep|okt|nov|des|dec)[a-zäöå]*\\.?';
const SEND_BY_DAY = new RegExp(
  String.raw`(?<!\p{L})(?:søknad(?:en)?|søk|ansökan|ansök|sök)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:innen|senest|senast|før|före)\s+(?:den\s+)?\d{1,2}\.?\s+${NORDIC_MONTH}`,
  'iu',
);

/**
 * "… sets its own targets for outer-island transport", "… has set its own goal of a climate-neutral island by 2040",
 * "… under its own tourism plan", "Kommunen har sin egen plan …", "… med sina egna mål": a plan called "its own" is
 * another's; the company speaks of its plans as "our own".
 */
const ITS_OWN = /^(?:its|sin|sitt|sine|sina)$/;
const OWN_WORD = /^(?:own|egen|eget|egne|egna)$/;
const PLAN_NOUN = /^(?:targets?|goals?|plans?|strateg(?:y|ies)|ambitions?|mål|målet|målene|målen|plan|planer|planar|strategi|ambisjoner|ambitioner)$|(?:plan|strategy|strategi|mål)$/;
const itsOwnPlan = (text: readonly string[]): boolean =>
  text.some((w, i) => ITS_OWN.test(w) && OWN_WORD.test(text[i + 1] ?? '') && text.slice(i + 2, i + 4).some((n) => PLAN_NOUN.test(n)) && !text.slice(0, i).some((v) => OWN.test(v) || WE.test(v)));

export function planOfOthers(text: readonly string[], news = false, sentence?: string): boolean {
  if (sentence !== undefined && (opensWithPublicBody(sentence) || APPLY_BY_DAY.test(sentence) || SEND_BY_DAY.test(sentence))) return true;
  if (itsOwnPlan(text)) return true;
  // v50: "Byggvaruhandeln i Norge räknar med att öppna …": a trade of a place opening the sentence (not "netthandelen vår").
  if (sentence !== undefined && /^\p{Lu}\p{Ll}{3,}(?:handeln|handelen)\s+(?:i|in)\s+\p{Lu}/u.test(sentence.trim())) return true;
  if (sentence !== undefined && personsAmbition(text, sentence)) return true;
  // v53: "Ny produksjonsdirektør fra 1. oktober er Tone Skjærvik": a person new in a post is no plan, whatever its date.
  if (sentence !== undefined && tellsNewInPost(sentence)) return true;
  if (servedPartyPlans(text) || oneCustomerPlans(text)) return true;
  if (toldByOthers(text, (w) => BODY.test(w) || (news ? PUBLIC_OUTSIDER : OUTSIDER).test(w))) return true;
  // "… has set a goal of …", "… har satt et mål om …": a goal set is a plan too.
  const setsGoal = (i: number): boolean => SET.test(text[i] ?? '') && text.slice(i + 1, i + 4).some((w) => GOAL.test(w));
  const at = text.slice(0, SUBJECT_REACH).findIndex((w, i) => PLANS.test(w) || (w === 'kommer' && text[i + 1] === 'att') || setsGoal(i));
  if (at <= 0) return false;
  const subject = text.slice(0, at);
  const outsider = (w: string): boolean =>
    BODY.test(w) ||
    ownedByBody(w) ||
    (news
      ? PUBLIC_OUTSIDER.test(w) || (CUSTOMER.test(w) && INTENT.test(text[at]!) && sentence !== undefined && NAMED_CUSTOMER.test(sentence))
      : OUTSIDER.test(w) || (CUSTOMER.test(w) && (INTENT.test(text[at]!) || subject.some((v) => ANNOUNCED.test(v)))));
  const namedOffice = sentence !== undefined && NAMED_OFFICE.test(sentence.split(/\s+/).slice(0, at + 1).join(' '));
  if (!subject.some(outsider) && !namedOffice) return false;
  // "Sammen med fylkeskommunen skal vi …", "Tillsammans med länsstyrelsen ska vi …": the outsider put first, "we" the subject after the verb.
  if (WE.test(text[at + 1] ?? '')) return false;
  // "Partneren vår Fjordlab …", "kunden vår": a Nordic possessive after its noun is the outsider's too; "we" is nobody's possessive.
  // "Vi har lovet naboene …": "we" as the subject is the company's, whoever stands after it.
  return !subject.some((w, i) => OWN.test(w) && (WE.test(w) || (!subject.slice(i + 1, i + 1 + OWNER_REACH).some(outsider) && !(i > 0 && outsider(subject[i - 1]!)))));
}

/** "vil bli maskinist", "wants to become a marine engineer": what a person hopes to be. */
const BECOME = /^(?:bli|become|becoming)$/;
const HOPES = /^(?:vil|vill|ønsker|ønskjer|önskar|wants|hopes|drømmer|drömmer|dreams|aims)$/;
/** Words that report what someone said, and a definite noun (a thing) as the subject of "vil bli". */
const REPORTS = /^(?:sier|sa|says|said|säger|sade|told|forteller|berättar)$/;
const THING = /^\p{Ll}{3,}(?:et|en|a)$/u;
/** The word before the hope as written: a definite noun in lower case is a thing, a capital inside the sentence a name ("Ola Hansen vil bli …"). */
const BEFORE_HOPE = /(\p{L}+)\s+(?:vil|vill|ønsker|ønskjer|önskar|wants|hopes|drømmer|drömmer|dreams|aims)\s/u;
function thingHopes(sentence: string): boolean {
  const m = BEFORE_HOPE.exec(sentence);
  return !!m && THING.test(m.index === 0 ? m[1]!.toLowerCase() : m[1]!);
}
/** How far into the sentence the person's name may stand: "Lærling Amina Haji", "Our apprentice Jonas Berg". */
const NAME_REACH = 5;

/**
 * "Lærling Amina Haji tar fagbrev neste år og vil bli maskinist om bord", "Our apprentice Jonas Berg … wants to become a
 * marine engineer": a named person's own ambition is their path, not the company's plan.
 */
function personsAmbition(text: readonly string[], sentence: string): boolean {
  const at = text.findIndex((w, i) => HOPES.test(w) && (BECOME.test(text[i + 1] ?? '') || (/^(?:å|att|to|om|of)$/.test(text[i + 1] ?? '') && BECOME.test(text[i + 2] ?? ''))));
  // "Konsernsjef Hanne Berg sier at anlegget vil bli utvidet": a report, and a thing ("anlegget") that will be, no one's hope.
  if (at < 0 || text.slice(0, at).some((w) => REPORTS.test(w)) || thingHopes(sentence)) return false;
  const opening = sentence.split(/\s+/).slice(0, NAME_REACH).join(' ');
  return personAsSubject(sentence) || rolesBeforeNames(sentence).some(({ name }) => opening.includes(name.split(/\s+/)[0]!));
}
