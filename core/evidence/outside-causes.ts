/**
 * Trouble whose cause lay outside the company: the weather, nature, someone else's roadworks ("Over halvparten av
 * avbruddene skyldtes uværet", "stengt i fire døgn på grunn av ras", "Roadworks on the A655 delayed the opening"): told
 * to explain, with nobody of the company's own in it, it is no shortfall the company could do better. Not when "we" or
 * "our" stand in it too ("because of the storm we did not tell customers" is the company's own). Works on folded words.
 */
import { OUR } from './small-words';

/** The weather, nature and works of others; a market's demand and a strike elsewhere ("Efterfrågan på stål i Europa sjönk"); prices, MARKET. */
const OUTSIDE = /^(?:rain|rainfall|drought|wind|winds|vind|vinden|vindar|vindarna|vinder|vindene|regn|regnet|tørke|tørken|torka|torkan|demand|efterfrågan|etterspørsel|etterspørselen|strike|strikes|streik|streiken|strejk|strejken|weather|været|vädret|storm|storms|snow|snowfall|ice|flood|flooding|floods|lightning|gale|gales|roadworks|landslide|landslides|uvær|uværet|uværa|stormen|snø|snøen|snøfall|flom|flommen|lyn|lynet|lynnedslag|ras|raset|skred|skredet|vegarbeid|veiarbeid|veiarbeidet|vegarbeidet|oväder|ovädret|snö|snön|snöfallet|översvämning|översvämningen|blixt|blixten|blixtnedslag|vägarbete|vägarbeten|vägarbetet)$/;
/** A cause told: "due to", "because of", "caused by", "på grunn av", "skyldtes", "berodde på", "orsakades av", "till följd av". */
const CAUSE_WORD = /^(?:skyldtes|skyldes|skyldast|pga|berodde|beror|orsakades|orsakas|caused)$/;
const CAUSE_PAIRS: ReadonlyArray<readonly [string, string]> = [['due', 'to'], ['because', 'of'], ['grunn', 'av'], ['grund', 'av'], ['følge', 'av'], ['följd', 'av']];
/** What the outside cause did, when it opens the sentence: "Roadworks … delayed", "Uværet stengte", "Ovädret försenade". */
// … or what it brought about: "Storms … disrupted services", "Stormen … ga flere strømbrudd", "Ovädret orsakade".
const DID =
  /^(?:delayed|held|stopped|closed|cut|reduced|lowered|reduserte|minket|minsket|blocked|fell|dropped|declined|plunged|slumped|tumbled|slid|stupte|föll|rasade|dalade|disrupted|damaged|hit|caused|knocked|flooded|forsinket|forsinka|stanset|stengte|sperret|falt|sank|ga|førte|forårsaket|skadet|rammet|försenade|stoppade|stängde|spärrade|sjönk|minskade|gav|ledde|orsakade|skadade|drabbade)$/;
/** How far the outside cause may stand after its cause word ("skyldtes det kraftige uværet"), and its deed after it. */
const CAUSE_REACH = 3;
// A time may stand between: "Storms and flooding in the winter of 2025 also disrupted …".
const DID_REACH = 8;

/**
 * A market's prices, rates or money, as the subject ("Salmon prices fell …", "Lakseprisene falt …", "Forskningsfinansieringen i
 * Europa har varit svag …", "Räntan steg …"), and the economy or a trade's business cycle ("Byggkonjunkturen har varit svag …", "The economy was weak …"):
 * the end of a word, so a compound's price ("strømprisene", "elpriserna") is one too.
 */
export const MARKET = /(?:prices|prisene|priserna|priser|prisen|priset|funding|finansieringen|finansiering|renten|räntan|rates|markedet|marknaden|market|kursen|konjunkturen|konjunkturer|economy|økonomien|ekonomin)$/;
/** … and what the market did: a deed of DID, or a weak state ("har varit svag", "was weak", "var lav"). */
const WEAK = /^(?:weak|weaker|low|lower|svak|svakere|lav|lavere|svag|svagare|låg|lägre)$/;
/** A market moves either way: prices that rose hit a buyer, as those that fell hit a seller. */
const MOVED = /^(?:rose|increased|climbed|soared|steg|økte|ökade|stack|skjøt|sköt)$/;
const BE = /^(?:was|were|been|has|have|var|vært|varit|har|er|är|is|are)$/;
/** The company speaking as "we": its own doing, whatever the market did ("… and we did not cut costs in time"). */
const WE_SPEAK = /^(?:we|vi)$/;
const MARKET_REACH = 2;

/**
 * A market's move joined to an outside cause that opens the sentence: "Rain came late … and coffee prices on the world market
 * fell …", "Tørken kom tidlig, og prisene falt …". The market's clause opens after the "and" (an article or a kind may stand first).
 */
function joinedMarketMove(text: readonly string[]): boolean {
  if (![0, 1].some((i) => OUTSIDE.test(text[i] ?? ''))) return false;
  return text.some((word, i) => /^(?:and|og|och)$/.test(word) && i > 1 && marketMoved(text.slice(i + 1), MARKET_REACH + 1));
}

function marketMoved(text: readonly string[], reach = MARKET_REACH): boolean {
  const at = text.slice(0, reach).findIndex((word) => MARKET.test(word));
  if (at < 0 || text.some((word) => WE_SPEAK.test(word))) return false;
  const after = text.slice(at + 1, at + 1 + DID_REACH);
  // "our profit" after the deed is the company hit by the market, not its own doing.
  const deed = after.findIndex((word, i) => DID.test(word) || MOVED.test(word) || (WEAK.test(word) && after.slice(0, i).some((w) => BE.test(w))));
  return deed >= 0 && !text.slice(0, at + 1 + deed).some((word) => OUR.test(word) || COMPANY_OWN.test(word));
}

const TIME_CLAUSE = /^(?:when|if|as|after|once|while|når|da|om|etter|mens|när|då|efter|medan)$/;

/** The company named as owner: "de lengste avbruddene i selskapets historie" is its own record. */
const COMPANY_OWN = /^(?:selskapets|bolagets|företagets|konsernets|koncernens|company's|group's)$/;

/**
 * A figure of the trade told on a statistics body's word, opening the sentence: "Ifølge Statistisk sentralbyrå har
 * byggeaktiviteten falt …", "According to the national statistics office, housing starts fell …", "Enligt SCB minskade …".
 * The body counts a country or a trade, not the company, whose own figures need no such source.
 */
const ACCORDING = /^(?:ifølge|iflg|enligt|according)$/;
const STATISTICS = /^(?:ssb|scb|eurostat|ons|statistics|statistical|statistisk|statistiska|sentralbyrå|sentralbyrået|centralbyrån|centralbyrå|bureau|institute|instituttet|institutet|konjunkturinstitutet)$/;
const SOURCE_REACH = 5;

function toldByStatistics(text: readonly string[]): boolean {
  return ACCORDING.test(text[0] ?? '') && text.slice(1, 1 + SOURCE_REACH).some((word) => STATISTICS.test(word));
}

/** A season or a year as the subject: "Sommaren 2026 var …", "The summer of 2026 was …", "Vinteren var …". */
const SEASON = /^(?:summer|winter|autumn|spring|season|sommer|sommeren|vinter|vinteren|høst|høsten|vår|våren|sesongen|sommar|sommaren|hösten|säsongen)$/;
/** What the weather was: wet, rainy, dry, cold, stormy. */
const WEATHER_WAS = /^(?:wet|rainy|dry|cold|hot|stormy|snowy|windy|regnfull|regnfullt|våt|vått|tørr|tørt|kald|kaldt|stormfull|regnig|regnigt|blöt|blött|torr|torrt|kall|kallt|stormig|snörik|snørik|varm|varmt|tørre|våte|kalde|regnfulle|torra|blöta|kalla|regniga|stormiga)$/;
const SEASON_REACH = 4;

/** "Sommaren 2026 var också ovanligt regnig, vilket minskade försäljningen …": the weather of a season, told as the cause. */
function seasonsWeather(text: readonly string[]): boolean {
  const season = [0, 1].find((i) => SEASON.test(text[i] ?? ''));
  if (season === undefined) return false;
  const be = text.slice(season + 1, season + 1 + SEASON_REACH).findIndex((w) => BE.test(w));
  return be >= 0 && text.slice(season + 2 + be, season + 2 + be + SEASON_REACH).some((w) => WEATHER_WAS.test(w));
}

/** v63: "Den tørre høsten i 2025 ga lav fylling …", "The dry autumn of 2025 …": the season's weather before it, opening the sentence. */
const weatherOfSeason = (text: readonly string[]): boolean => [0, 1, 2].some((i) => WEATHER_WAS.test(text[i] ?? '') && SEASON.test(text[i + 1] ?? ''));

const BECAUSE = /^(?:because|fordi|ettersom|eftersom)$/;
const YEAR_WORD = /^(?:year|år|året)$/;
/** v51: "… 9 prosent lavere enn året før, fordi det var et uvanlig tørt år": the weather of a year or a season, after "because". */
function becauseOfWeather(text: readonly string[]): boolean {
  const at = text.findIndex((w) => BECAUSE.test(w));
  return at >= 0 && text.slice(at + 1, at + 8).some((w, i, after) => WEATHER_WAS.test(w) && (SEASON.test(after[i + 1] ?? '') || YEAR_WORD.test(after[i + 1] ?? '')));
}

/** Whether a sentence (folded words) tells trouble of an outside cause and nothing of the company's own: see the module comment. */
export function troubleFromOutside(text: readonly string[]): boolean {
  if (marketMoved(text) || joinedMarketMove(text)) return true;
  if (text.some((word) => OUR.test(word) || COMPANY_OWN.test(word))) return false;
  if (toldByStatistics(text) || seasonsWeather(text) || weatherOfSeason(text) || becauseOfWeather(text) || sharedByAll(text)) return true;
  const causeAt = text.findIndex((word, i) => CAUSE_WORD.test(word) || CAUSE_PAIRS.some(([a, b]) => word === a && text[i + 1] === b));
  if (causeAt >= 0 && text.slice(causeAt + 1, causeAt + 2 + CAUSE_REACH).some((word) => OUTSIDE.test(word))) return true;
  // "Storms and flooding …": two causes joined are one subject, ending at the second.
  // "Ovanligt svaga vindar i augusti minskade …": the cause may stand after a word of how it was; "When a storm hit …"
  // opens a clause of time, and what the company did then follows.
  const first = [0, 1].find((i) => OUTSIDE.test(text[i] ?? '')) ?? (OUTSIDE.test(text[2] ?? '') && !TIME_CLAUSE.test(text[0] ?? '') ? 2 : undefined);
  const subject = first !== undefined && /^(?:and|og|och)$/.test(text[first + 1] ?? '') && OUTSIDE.test(text[first + 2] ?? '') ? first + 2 : first;
  return subject !== undefined && text.slice(subject + 1, subject + 1 + DID_REACH).some((word) => DID.test(word));
}

const ALL = /^(?:every|all|alle|alla|samtlige|samtliga)$/;
const IN = /^(?:in|i|on|along|across|langs|längs|på)$/;
/** A place inside the house ("fordi alle maskinene i hallen stod stille"): its own machines, not a trade's shared trouble. */
const HOUSE = /^(?:hallen|hall|verkstedet|verkstaden|workshop|fabrikken|fabriken|factory|plant|anlegget|anläggningen|lageret|lagret|warehouse|butikken|butiken|shop|kontoret|office|avdelingen|avdelningen|department|huset|bygget|byggnaden|produksjonen|produktionen|production)$/;

/**
 * "Power cuts … forced every dairy in Blantyre to throw away milk", "… and every haulier in the region lost trips", "alla
 * åkerier i regionen förlorade körningar": a trouble every one of a trade in a place shared is no shortfall of the company's.
 */
function sharedByAll(text: readonly string[]): boolean {
  // The peers right after "every" ("every dairy in", "alle meieriene i"), or with one word before them ("every small dairy in").
  return text.some((w, i) => {
    if (i === 0 || !ALL.test(w) || text[i + 1] === 'of') return false;
    const at = IN.test(text[i + 2] ?? '') ? i + 2 : IN.test(text[i + 3] ?? '') ? i + 3 : -1;
    return at > 0 && !HOUSE.test(text[text[at + 1] === 'the' ? at + 2 : at + 1] ?? '');
  });
}
