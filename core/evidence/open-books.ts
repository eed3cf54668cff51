/**
 * A habit of telling the house how things stand, the bad with the good: "We share incident figures with all staff every
 * month, including the ones that embarrass us", "Every site manager reports the figures to the whole company, whether they
 * are good or bad", "Vi delar våra misstag öppet på fredagsmötet", "Vi legger fram avvikene for alle ansatte". A value shown
 * as behaviour: the sharing word, what is shared (figures, results, mistakes) and to whom or how (everyone, openly, bad
 * ones too). Folded words (stems.ts).
 */

/** Sharing, reporting, showing, telling: present forms, never a past ("shared", "delte", "delade"). */
const SHARE =
  /^(?:share|shares|report|reports|publish|publishes|show|shows|present|presents|post|posts|dele|deler|deles|rapporterer|publiserer|viser|legger|presenterer|delar|delas|rapporterar|publicerar|visar|lägger|redovisar|presenterar)$/;
/** What is shared: figures, results, mistakes, incidents, faults and near misses. */
const SHARED =
  /^(?:figures|numbers|results|mistakes|errors|incidents|faults|failures|tall|tallene|resultat|resultatene|resultater|feil|feilene|avvik|avvikene|siffror|siffrorna|resultaten|misstag|misstagen|fel|felen|avvikelser|avvikelserna|tillbud|tilløp)$/;
/** To whom or how: openly, to everyone. */
const OPENLY = /^(?:openly|everyone|everybody|åpent|öppet|alle|alla)$/;
/** … or to the whole house: "with all staff", "to the whole company", "for alle ansatte", "för hela företaget". */
const ALL = /^(?:all|whole|entire|alle|hele|alla|hela|samtlige|samtliga)$/;
const HOUSE = /^(?:staff|employees|colleagues|company|workforce|team|ansatte|medarbeidere|kolleger|kollegene|selskapet|bedriften|huset|anställda|medarbetare|kollegor|företaget|personalen)$/;
/** How far what is shared may stand after its sharing word ("share incident figures", "deler de siste tallene"), and the house after "all". */
const SHARED_REACH = 4;
const HOUSE_REACH = 2;

/** Whether a sentence (folded words) tells that figures, results or mistakes are shared with everyone, or openly. */
export function tellsOpenBooks(text: readonly string[]): boolean {
  const at = text.findIndex((word, i) => SHARE.test(word) && text.slice(i + 1, i + 1 + SHARED_REACH).some((w) => SHARED.test(w)));
  if (at < 0) return false;
  return text.some((w, i) => i > at && (OPENLY.test(w) || (ALL.test(w) && text.slice(i + 1, i + 1 + HOUSE_REACH).some((h) => HOUSE.test(h)))));
}
