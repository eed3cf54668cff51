/**
 * Hard times told as history, not as a gap: a trouble remembered ("Some of you remember the fire in 2009 …", "Mange
 * husker flommen i 2011 …", "Alla minns strejken 2019 …"), or named as the backdrop of what someone kept going
 * ("Under pappersbristen 2022 höll hon pressarna igång …", "During the 2021 chip shortage he kept the line running").
 * A speech or a farewell tells them to honour people; nothing there is for the company to do better now. Works on folded words.
 */
import { YEAR_OR_MONTH } from './figures';

/** Remembering: "remember", "husker", "minns", "minnes", "kommer ihåg" (not "recall": a product is recalled). */
const REMEMBER = /^(?:remember|remembers|husker|hugsar|minns|minnes|ihåg)$/;
/** A time past: a year, a month, "last year's", "i fjor", "förra året". */
const PAST = /^(?:last|fjor|fjol|förra|forrige|ifjor|ifjol)$/;
/** "during", "under", "gjennom", "igjennom": the time of the trouble. */
const DURING = /^(?:during|through|under|gjennom|igjennom|genom)$/;
/** A hard time as a noun, also closing a compound: a shortage, a crisis, a pandemic, a strike, a fire, a flood. */
const HARD_TIME = /(?:shortage|shortages|crisis|pandemic|strike|brist|bristen|mangel|mangelen|krise|krisen|kris|pandemi|pandemien|pandemin|streik|streiken|strejk|strejken|fire|brann|brannen|branden|flom|flommen)$/;
/** Kept going: "kept … going/running/open", "holdt … i gang/i drift/åpent", "höll … igång/i gång/öppet", "got … through". */
const KEPT = /^(?:kept|keep|keeps|held|holdt|holder|höll|håller|got|fikk|fick|tog)$/;
const GOING = /^(?:going|running|open|through|gang|igang|drift|åpent|igång|gång|öppet|gjennom|igenom)$/;
const KEPT_REACH = 4;
const DURING_REACH = 4;

/** Whether a sentence (folded words) tells a trouble as history: remembered, or the backdrop of a feat. */
export function tellsWeatheredTrouble(text: readonly string[]): boolean {
  const dated = text.some((w) => YEAR_OR_MONTH.test(w) || PAST.test(w));
  if (dated && text.some((w) => REMEMBER.test(w))) return true;
  const during = text.findIndex((w, i) => DURING.test(w) && text.slice(i + 1, i + 1 + DURING_REACH).some((t) => HARD_TIME.test(t)));
  if (during < 0) return false;
  return text.some((w, i) => i > during && KEPT.test(w) && text.slice(i + 1, i + 1 + KEPT_REACH).some((t) => GOING.test(t)));
}
