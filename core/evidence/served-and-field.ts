/**
 * Trouble and figures that are not the company's own, told in structure rather than in the company's words:
 * - of those it serves, told in a clause about them after a verb of helping ("Vi fører saker for klienter som har
 *   tapt penger …", "Our software helps clinics whose patients waited 40 days …", "hjälper kommuner som hade …");
 * - of a whole field or country ("I hele bransjen var dødeligheten …", "Across the country, lorries …", "I branschen
 *   som helhet …"): the world the company works in.
 * Works on folded words (see stems.ts).
 */
import { OUR } from './small-words';

/** Helping, serving, taking cases for: "helps", "hjelper", "hjälper", "bistår", "serves", "saker for". */
const HELP = /^(?:help|helps|helped|helping|assist|assists|serve|serves|support|supports|hjelper|hjelpe|hjalp|bistår|bistå|hjälper|hjälpa|hjälpte|stöttar|betjener|betjänar)$/;
const CASES_FOR = (text: readonly string[], i: number): boolean => /^(?:saker|cases|ärenden|mål)$/.test(text[i] ?? '') && /^(?:for|för)$/.test(text[i + 1] ?? '');
/** The clause about them: "who", "whose", "that", "som". */
const WHO = /^(?:who|whose|that|som)$/;
/** How many words may name those served before the clause: "clinics whose", "små kommuner som". */
const SERVED_REACH = 3;

/** "helps X who/whose …", "bistår kunder som …", "fører saker for klienter som …": whatever follows is theirs. */
export function troubleOfServed(text: readonly string[]): boolean {
  return text.some((word, i) => {
    const from = HELP.test(word) ? i + 1 : CASES_FOR(text, i) ? i + 2 : -1;
    if (from < 0) return false;
    return text.slice(from + 1, from + 1 + SERVED_REACH).some((w) => WHO.test(w));
  });
}

/** A field or a country as a whole: "bransjen", "branschen", "næringen", "industry", "sector", "country", "landet". */
const FIELD = /^(?:bransje|bransjen|bransch|branschen|næringen|naeringen|näringen|sektoren|sektorn|industry|sector|country|nation|landet|riket)$/;
const WHOLE = /^(?:whole|entire|hele|heile|hela)$/;
const IN = /^(?:i|in|across|throughout|för|for)$/;
/** "nationally", "nationwide", "landsdekkende", "nationellt", "som helhet", "as a whole". */
const AS_A_WHOLE = (text: readonly string[], i: number): boolean =>
  /^(?:nationally|nationwide|landsdekkende|nasjonalt|nationellt)$/.test(text[i] ?? '') ||
  (text[i] === 'som' && text[i + 1] === 'helhet') ||
  (text[i] === 'as' && text[i + 1] === 'a' && text[i + 2] === 'whole');

/** A part of the world as a whole: "i hele Europa", "across the whole of Europe", "i hela Norden". */
const REGION = /^(?:europe|europa|norden|nordics|scandinavia|skandinavia|skandinavien|world|verden|världen|continent|kontinentet)$/;
/** Every firm of the field: "alla företag i Mälardalen", "alle bedrifter", "all companies in the region". */
const ALL = /^(?:all|every|alle|alla|varje|hver)$/;
const FIRMS = /^(?:companies|company|firms|firm|businesses|employers|bedrifter|bedriftene|selskaper|virksomheter|arbeidsgivere|företag|företagen|bolag|arbetsgivare)$/;

/** "i hele bransjen", "across the country", "i branschen som helhet": a figure of the field, not the company's. */
export function fieldWide(text: readonly string[]): boolean {
  // The company's own in the sentence: a figure of its own set against the country's ("kundene våre …, mot … i landet som helhet").
  if (text.some((w) => OUR.test(w))) return false;
  return text.some((word, i) => {
    if (AS_A_WHOLE(text, i) || (ALL.test(word) && FIRMS.test(text[i + 1] ?? ''))) return true;
    // "Hela branschen har brist på …", "affected the whole supplier industry", "i hele Europa": the whole field or region, wherever it stands.
    if (REGION.test(word) && text.slice(Math.max(0, i - 3), i).some((w) => WHOLE.test(w))) return true;
    if (!FIELD.test(word)) return false;
    const before = text.slice(Math.max(0, i - 3), i);
    return before.some((w) => WHOLE.test(w)) || (before.some((w) => IN.test(w)) && (before.includes('the') || /(?:en|et|n)$/.test(word)));
  });
}
