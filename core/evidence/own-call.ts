/**
 * Staff who act on their own call, without a step of permission: "he can order the part without waiting for a manager's
 * signature", "Den som ser en feil, stanser linja uten å spørre om lov", "Säljarna ger rabatt utan att vänta på chefens
 * godkännande". Values shown as behaviour: a "without" and a word of asking or waiting, then whose permission (a leave, an
 * approval, a signature, a manager). Told as a routine: a past or a time gone ("last year he fixed it without waiting for approval") is an event.
 * Works on folded words (stems.ts).
 */

const WITHOUT = /^(?:without|uten|utan)$/;
const ASK_OR_WAIT = /^(?:asking|waiting|spørre|spør|vente|venta|fråga|vänta|be|ask|wait|seeking|getting|innhente|inhämta)$/;
const PERMISSION =
  /^(?:permission|approval|signature|sign|manager|manager's|managers|boss|boss's|supervisor|lov|løyve|godkjenning|godkjennelse|signatur|leder|lederen|lederens|sjef|sjefen|sjefens|tillatelse|tillstånd|godkännande|chef|chefen|chefens|underskrift|ledningen|ledelsen)$/;
const PAST = /^(?:was|were|had|did|ble|blei|blev|hadde|hade|fikk|fick|gjorde|last|yesterday|fjor|fjol|förra|forrige|(?:19|20)\d{2})$/;
/** How far after "without" the asking or waiting may stand, and after that the permission. */
const ASK_REACH = 3;
const PERMISSION_REACH = 5;

/**
 * … or deciding for themselves: "the crews decide for themselves in which order …", "Skiftlagene bestemmer selv …", "Hos oss
 * tar lagen själva beslut om …": a word of deciding with "themselves", "selv", "själva" beside it (a word between at most).
 */
const DECIDE = /^(?:decide|decides|choose|chooses|plan|plans|set|sets|bestemmer|avgjør|velger|planlegger|beslutter|bestämmer|avgör|väljer|planerar|beslutar|tar)$/;
const THEMSELVES = /^(?:themselves|selv|sjølv|själva|själv)$/;
const DECISION = /^(?:beslutninger|beslutningene|beslutning|avgjørelser|beslut|besluten|beslutet|decisions)$/;
const SELF_REACH = 2;
/** Those served, not staff: "Customers choose for themselves when …", "Du velger selv …" is a service offered, no value. */
const SERVED = /^(?:you|customers|customer|clients|users|guests|patients|pupils|students|tenants|residents|du|dere|ni|kunder|kundene|kunden|kunderna|kund|brukere|brukerne|användare|användarna|gjester|gjestene|gäster|gästerna|pasienter|pasientene|patienter|elever|elevene|eleverna|leietakere|hyresgäster|beboere|boende)$/;
const decidesThemselves = (text: readonly string[]): boolean =>
  text.some((word, i) => {
    if (!DECIDE.test(word) || text.slice(0, i + 3).some((w) => SERVED.test(w))) return false;
    const near = text.slice(i + 1, i + 1 + SELF_REACH + 1);
    const self = near.findIndex((w) => THEMSELVES.test(w));
    if (self < 0) return false;
    // "tar" is deciding only with its decision after "själva": "tar själva beslut om …", not "tar selv med seg …".
    return word !== 'tar' || DECISION.test(text[i + 2 + self] ?? '');
  }) || text.some((word, i) => word === 'make' && text[i + 1] === 'their' && text[i + 2] === 'own' && DECISION.test(text[i + 3] ?? ''));

/** Whether a sentence (folded words) tells staff acting without a step of permission, or deciding for themselves: see the module comment. */
export function tellsOwnCall(text: readonly string[]): boolean {
  if (text.some((w) => PAST.test(w))) return false;
  if (decidesThemselves(text)) return true;
  return text.some((word, i) => {
    if (!WITHOUT.test(word)) return false;
    const ask = text.slice(i + 1, i + 1 + ASK_REACH).findIndex((w) => ASK_OR_WAIT.test(w));
    return ask >= 0 && text.slice(i + 2 + ask, i + 2 + ask + PERMISSION_REACH).some((w) => PERMISSION.test(w));
  });
}
