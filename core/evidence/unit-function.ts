import { bareToken as bare } from './stems';

/**
 * A unit named by the work it does, with no unit word: "Kundeservice har flyttet til Honningsvåg …", "Trafikledningen har
 * flyttat till en ny central …", "Köket i restaurang Tallstugan växer …", "Customer Service moved to Nassau …", "Laboratoriet tester
 * jordprøver …", "Kvalitetslabbet testar varje rulle …", "The energy plant supplies steam …". A closed
 * list of a company's functions in their definite form (Bokmål and Swedish) or as English names them, then a doing word.
 * Not a bakery or a laundry: in a paper's story "Bageriet på Västerslätt har tagit in …" is the company itself.
 */
const NORDIC = new Set([
  // Bokmål
  'kundeservice', 'kundeservicen', 'kundesenteret', 'lageret', 'kjøkkenet', 'stopperiet', 'sentralbordet', 'resepsjonen', 'ekspedisjonen',
  'trafikkledelsen', 'produktutviklingen', 'innkjøp', 'innkjøpet', 'regnskapet', 'vedlikeholdet', 'salget', 'markedsføringen', 'logistikken',
  'lakkeriet', 'sveiseriet', 'monteringen', 'pakkeriet', 'laboratoriet', 'laben', 'kvalitetslaben', 'verkstedet', 'kontrollrommet', 'energisentralen',
  // Swedish
  'kundtjänst', 'kundtjänsten', 'kundservice', 'lagret', 'köket', 'trafikledningen', 'produktutvecklingen', 'inköp', 'inköpet', 'receptionen',
  'expeditionen', 'underhållet', 'försäljningen', 'marknadsföringen', 'logistiken', 'lackeringen', 'svetsningen',
  'monteringen', 'packeriet', 'växeln', 'labbet', 'kvalitetslabbet', 'verkstaden', 'kontrollrummet', 'energicentralen',
]);
/** English: "Customer Service", "The kitchen", "Our warehouse", "Dispatch", "Product Development", "The lab", "The energy plant". */
const ENGLISH = /^(?:(?:the|our|the company's|its)\s+)?(?:packing hall|packhouse|packing shed|customer service|customer support|kitchen|warehouse|dispatch|reception|front desk|product development|traffic control|maintenance|purchasing|procurement|payroll|laboratory|lab|quality lab|workshop|control room|energy plant)$/iu;
/** A doing word after it: present or past, never a preposition or "is"/"er" describing it. */
const NORDIC_DOES = /^(?:har|hadde|hade|\p{Ll}{3,}(?:er|ar|år|or|ir|te|de|dde|et|at))$/u;
const NOT_A_VERB = /^(?:eller|etter|efter|under|over|över|der|där|sier|säger|mellom|mellan)$/u;
const EN_DOES = /^(?:has|have|had|moved|moves|handles|handled|answers|answered|grew|grows|runs|ran|serves|served|tests|tested|supplies|supplied|checks|checked|keeps|kept|employs|employed|ships|shipped|packs|packed)$/u;
/**
 * What befell the unit or what it was, not the unit at work: "Lageret i Mo har fått ny sjef", "Monteringen har varit för
 * liten" (a shortfall owned), "Customer Service opened a new office" (the company's doing).
 */
const BEFELL = /^(?:fått|fatt|varit|vært|vore|blitt|blivit)$/u;
/** How many words a place or a clause may take between the unit and its doing word: "Köket i restaurang Tallstugan växer". */
const REACH = 4;

export function unitByItsWork(tokens: readonly string[]): boolean {
  // v64: "Det nye laboratoriet får to ansatte …": a new unit and the staff it gets ("Det nye lageret åpnet …" is an event).
  if (/^(?:det|den)$/iu.test(bare(tokens[0] ?? '')) && /^(?:nye|nya|nytt)$/u.test(bare(tokens[1] ?? '')) && NORDIC.has(bare(tokens[2] ?? '').toLowerCase()) && bare(tokens[3] ?? '') === 'får') return true;
  const first = bare(tokens[0] ?? '');
  const has = tokens.slice(1, 1 + REACH + 2).findIndex((w) => bare(w) === 'har');
  if (has >= 0 && BEFELL.test(bare(tokens[has + 2] ?? ''))) return false;
  if (/^\p{Lu}/u.test(first) && NORDIC.has(first.toLowerCase())) {
    // "Stopperiet, der 18 tapetserere og syersker jobber, er …": a clause after a comma is read past.
    const rest = tokens.slice(1).map(bare);
    const clause = /,$/u.test(tokens[0] ?? '') ? rest.findIndex((w, i) => i > 0 && /,$/u.test(tokens[i + 1] ?? '')) + 1 : 0;
    const after = rest.slice(clause, clause + REACH);
    if (clause === 0 && NORDIC_DOES.test(after[0] ?? '') && !NOT_A_VERB.test(after[0] ?? '')) return true;
    if (clause > 0) return /^(?:er|är|har)$/u.test(after[0] ?? '');
    // "Köket i restaurang Tallstugan växer …", "Produktutvecklingen i Göteborg har …": at a place, then the doing word.
    return /^(?:i|på|ved|vid)$/u.test(after[0] ?? '') && after.slice(1).some((w, i) => i >= 1 && NORDIC_DOES.test(w) && !NOT_A_VERB.test(w) && after.slice(1, 1 + i).every((p) => !/[.,]$/u.test(p)));
  }
  for (const n of [1, 2, 3]) {
    const name = tokens.slice(0, n).map(bare).join(' ');
    // v64: "The company's workshop in Cloncurry employs 17 fitters", "… in Mount Isa employs …": at a named place, then the doing word.
    let at = n;
    if (/^(?:in|at)$/u.test(bare(tokens[n] ?? ''))) while (at < n + 4 && /^\p{Lu}/u.test(tokens[at + 1] ?? '')) at++;
    if (at > n) at++;
    if (ENGLISH.test(name) && (n > 1 || /^\p{Lu}/u.test(tokens[0] ?? ''))) return EN_DOES.test(bare(tokens[at] ?? ''));
  }
  return false;
}
