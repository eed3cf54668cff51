/**
 * A sentence whose subject is a public body named with its place: "Gjøvik kommune skal bygge …", "Västerås stad bygger …",
 * "Vestland fylkeskommune lyser ut …", "Region Värmland har beslutat …", "Helse Sør-Øst har varslet …", "Cork County
 * Council aims to …", "Hokkaido's board of education expects …", "The Department of Transportation's programme …". Its plan
 * and its units are the body's, not the company's: a company speaks of itself as "we", by its own name or as "kommunen".
 * The raw sentence, for its capitals.
 */

/** The body's word after its place: "kommune", "kommun", "stad", "fylkeskommune", "council", "board of education". */
// v54: "Salla municipality's tourism program", "The Northern Territory Government's new roads program", "The Regional District's
// new housing plan": a municipality, a government and a district in the genitive, owning the plan.
const BODY_AFTER = /^(?:kommunes?|kommuns?|stads?|fylkeskommunes?|fylkeskommuns?|landstings?|(?:county|city|borough|district|council|municipality|government|shire)(?:'s|’s)?)$/u;
/** … or before it: "Region Skåne", "Helse Vest", "Statens vegvesen" is one word and named by the list of outsiders elsewhere. */
const BODY_BEFORE = /^(?:Region|Helse|Regionen)$/u;
/** "Department of …", "Ministry of …", "Board of …": a body named by what it is for; v50: "The City of Oulainen", "Shire of Esperance". */
const BODY_OF = /^(?:Department|Ministry|Board|Office|Directorate|City|Town|County|Borough|Shire|Municipality)$/u;
const COMPASS = /^(?:Nord|Sør|Øst|Vest|Midt|Norr|Syd|Söder|Öst|Väst|Mitt|North|South|East|West|Central)$/u;
const CAPITALISED = /^\p{Lu}[\p{L}-]*(?:'s|s)?$/u;
/** The most words a place's name takes before its body ("Nord-Aurdal", "Stora Enso" are one or two). */
const MAX_PLACE_WORDS = 3;
const JOINER = /^(?:and|og|och)$/u;
const COUNT = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Many|Several|Some|All|Both|Most|To|Tre|Fire|Fem|Seks|Två|Fyra|Sex|Flere|Fleire|Flera|Mange|Många|Noen|Nokre|Några|Alle|Alla|Begge|Båda|\d+)$/u;

const clean = (token: string | undefined): string => (token ?? '').replace(/[^\p{L}'-]/gu, '');

/**
 * The EU and the state's grid, road, rail and energy bodies by name or by what they are, as the subject of a plan ("The
 * Swedish grid operator plans …", "Svenska kraftnät planerar …", "Statnett skal …"): their plans are theirs; "EU funding will
 * let us …", "The EU's new rules mean we will …" stay the company's.
 */
const STATE_BODY =
  /^(?:the\s+)?(?:EU|European Union|European Commission|Svenska kraftnät|Statnett|Fingrid|Energinet|Trafikverket|Statens vegvesen|Bane NOR|Nye Veier|Kystverket|Sjöfartsverket|Energimyndigheten|Enova|NVE|the\s+(?:\p{Lu}\p{L}+\s+)?(?:national\s+)?(?:grid|transmission system|network|road|roads|rail|railway|energy|power|maritime)\s+(?:operator|authority|administration|agency|regulator))\s+(?:plans|is planning|will|aims|intends|has decided|is building|builds|planlegger|skal|vil|har vedtatt|bygger|planerar|ska|kommer att|har beslutat)(?![\p{L}])/u;

/**
 * v55: "The district council's plan to extend the wharf …", "The borough's plan to repave …", "The territory's own plan to pave …":
 * a body in lower case, as others write it (a council writes of itself as "the Council's plan"); in Bokmål and Swedish
 * "Kommunens plan …" is as often the municipality's own ad, and is left to the rules above.
 */
const BODY_PLAN = /^[Tt]he\s+(?:(?:district|regional|county|city|town|local|state|territorial|provincial)\s+)?(?:council|municipality|borough|territory|state|shire|province|government|county|city)['’]s\s+(?:own\s+)?(?:\p{Ll}+\s+){0,2}?(?:plan|plans|programme|program|proposal|proposals|strategy)(?!\p{L})/u;

/** v60: "The NZ Transport Agency's new network contract … starts in July 2027": a named agency's or authority's own, in the genitive. */
const NAMED_BODY_OWNS = /^The\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Agency|Authority|Administration|Commission|Ministry|Directorate)['’]s\s/u;

export function opensWithPublicBody(sentence: string): boolean {
  if (NAMED_BODY_OWNS.test(sentence.trim())) return true;
  if (STATE_BODY.test(sentence.trim().replace(/^[–—-]\s*/u, '').replace(/^The\s/u, 'the ')) || BODY_PLAN.test(sentence.trim())) return true;
  const tokens = sentence.trim().replace(/^[–—-]\s*/u, '').split(/\s+/).map(clean);
  const start = /^the$/iu.test(tokens[0] ?? '') ? 1 : 0;
  const first = tokens[start] ?? '';
  // … not a company's own region named by a point of the compass ("Region Nord skal …").
  if (BODY_BEFORE.test(first) && CAPITALISED.test(tokens[start + 1] ?? '') && !COMPASS.test(tokens[start + 1] ?? '')) return true;
  // v51: "The City and Borough of Sitka plans …": two of them joined, then "of".
  // v59: "The municipality of Hornafjörður plans …", in lower case as others write of it, a name after "of".
  const lowerBody = start === 1 && /^(?:municipality|county|city|town|borough|shire)$/u.test(first) && tokens[start + 1] === 'of' && CAPITALISED.test(tokens[start + 2] ?? '');
  if (lowerBody || (BODY_OF.test(first) && (tokens[start + 1] === 'of' || (tokens[start + 1] === 'and' && BODY_OF.test(tokens[start + 2] ?? '') && tokens[start + 3] === 'of')))) return true;
  // "Two county reports were …", "Flere kommuner …": a count opens the sentence, no place's name.
  if (COUNT.test(first)) return false;
  let at = start;
  let words = 0;
  // A place of two joined by "and" counts as one: "Møre og Romsdal fylkeskommune", "Westmorland and Furness Council's …".
  while (words < MAX_PLACE_WORDS && CAPITALISED.test(tokens[at] ?? '') && !BODY_AFTER.test((tokens[at] ?? '').toLowerCase())) {
    at += JOINER.test(tokens[at + 1] ?? '') && CAPITALISED.test(tokens[at + 2] ?? '') ? 2 : 1;
    words += 1;
  }
  if (at === start) return false;
  const body = (tokens[at] ?? '').toLowerCase();
  if (BODY_AFTER.test(body)) return true;
  // "Hokkaido's board of education", "the city's planning department".
  return /'s$/u.test(tokens[at - 1] ?? '') && /^(?:board|department|ministry|council)$/u.test(body);
}
