/**
 * What the company makes, meant to last a lifetime: a purpose told by what its goods are for ("We make tableware that is
 * meant to be used every day for forty years", "Vi lager møbler som er ment å vare i generasjoner", "Vi gör porslin som
 * är tänkt att användas i fyrtio år"), or to be handed down ("Vi bygger möbler som ska gå i arv"). "We" make it, the goods
 * are meant, made or built for something, and the span is
 * decades or generations, not a product's features ("software that is designed to integrate with …"). Folded words (stems.ts).
 */
import { WE } from './small-words';

const MAKE = /^(?:make|build|craft|produce|lager|lagar|bygger|produserer|gör|tillverkar|producerar)$/;
const WHICH = /^(?:that|which|som)$/;
const MEANT = /^(?:meant|made|built|designed|intended|ment|laget|laga|bygget|bygd|tenkt|tänkt|gjord|gjorda|gjort|byggd|byggda|byggt)$/;
/** A span of a lifetime: decades, generations, forty years. */
const SPAN = /^(?:decades|generations|generation|lifetime|lifetimes|tiår|generasjoner|generasjon|generationer|livstid|mannsaldrar|mannsaldre)$/;
const NUMBER = /^(?:twenty|thirty|forty|fifty|hundred|tjue|tretti|førti|femti|hundre|tjugo|trettio|fyrtio|femtio|hundra|[2-9]\d)$/;
const YEARS = /^(?:years|år)$/;
/** How far into the sentence "we" and the making stand. */
const OPENING = 3;

/** Handed down: "ska gå i arv", "skal gå i arv", "to be handed down", "passed down". */
const HEIRLOOM = (text: readonly string[], at: number): boolean =>
  text.slice(at, at + 5).some((w, i) => (w === 'arv' && text[at + i - 1] === 'i' && text[at + i - 2] === 'gå') || (w === 'down' && /^(?:handed|passed)$/.test(text[at + i - 1] ?? '')));

export function tellsMadeToLast(text: readonly string[]): boolean {
  const we = text.slice(0, OPENING).findIndex((w) => WE.test(w));
  if (we < 0 || !MAKE.test(text[we + 1] ?? '')) return false;
  const which = text.findIndex((w, i) => i > we + 1 && WHICH.test(w));
  // "Vi bygger möbler som ska gå i arv": meant to be handed down, whatever the span.
  if (which >= 0 && HEIRLOOM(text, which + 1)) return true;
  if (which < 0 || !text.slice(which + 1, which + 4).some((w) => MEANT.test(w))) return false;
  return text.some((w, i) => i > which && (SPAN.test(w) || (NUMBER.test(w) && YEARS.test(text[i + 1] ?? ''))));
}
