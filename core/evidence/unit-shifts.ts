/**
 * A unit told by the shifts it works and the one who leads it, with no unit word: "Production runs two shifts on the
 * packing lines …", "The weaving hall runs 34 looms in three shifts", "Lakkeriet … går nå i toskift fra januar",
 * "Soppköket kör nu tre skift …", "Plant Engineering, led by Chief Engineer Tomasz Feeney, kept the freezers running …".
 * The department's evidence: how the unit works and who leads it. Not the company or a machine ("We run two shifts", "Den
 * går i to skift"), nor a plan ("skal gå i to skift fra 2027", "till dess kör vi tvåskift").
 */

/**
 * Whoever speaks or is pointed to opens the sentence, or a time or a place does: no unit is named. Nor do "our" and "våre"
 * before a count of people ("Våre 12 kokker jobber i to skift": shifts as hours, unit-split.ts).
 */
const NOT_A_UNIT = /^(?:we|i|you|it|they|he|she|this|that|there|here|our|vi|jeg|jag|du|ni|dere|den|det|de|dette|detta|han|hun|hon|vår|vårt|våre|våra|from|in|on|at|by|until|fra|från|i|på|innen|till|til|etter|efter|under|med)$/iu;
/** Working the shifts: "runs", "works", "går", "kör", "arbetar", "jobber" (present only: a plan says "will"/"skal" first). */
const WORKS = /^(?:runs|works|operates|går|kör|kjører|arbetar|arbeider|jobber|jobbar)$/u;
/** Words between the doing and the count: "now", "in", "nu", "nå", "i". */
const BETWEEN = /^(?:now|in|nu|nå|i|still|fortsatt|fortfarande)$/u;
const COUNT = /^(?:two|three|four|five|2|3|4|5|to|tre|fire|fem|två|fyra)$/u;
const SHIFTS = /^(?:shifts|skift)$/u;
/** "toskift", "treskift", "tvåskift", "fireskift", "fyrskift", "femskift". */
const SHIFTS_IN_ONE = /^(?:to|tre|två|fire|fyr|fem|fyra)skift$/u;
/** How far what the unit runs may stand between the doing and its shifts: "runs 34 looms in three shifts". */
const OBJECT_REACH = 5;
/** A time ahead or a wish before the doing makes it a plan. */
const AHEAD = /^(?:will|shall|skal|ska|vil|vill|kommer|planned|planlagt|planerat)$/u;

function shiftsAt(folded: readonly string[], i: number): boolean {
  const next = folded[i + 1] ?? '';
  return SHIFTS_IN_ONE.test(folded[i] ?? '') || (COUNT.test(folded[i] ?? '') && SHIFTS.test(next));
}

/** Whether a unit is told by the shifts it works: see the module comment. */
export function tellsUnitShifts(sentence: string, folded: readonly string[]): boolean {
  const first = sentence.trim().split(/\s+/u)[0]?.replace(/[^\p{L}]/gu, '') ?? '';
  if (!/^\p{Lu}/u.test(first) || NOT_A_UNIT.test(first)) return false;
  return folded.some((w, i) => {
    if (!WORKS.test(w) || folded.slice(0, i).some((v) => AHEAD.test(v))) return false;
    // The verb put before its subject is a Nordic clause after a time ("… kör vi tvåskift").
    if (NOT_A_UNIT.test(folded[i + 1] ?? '') && !BETWEEN.test(folded[i + 1] ?? '')) return false;
    let at = i + 1;
    while (at < i + 3 && BETWEEN.test(folded[at] ?? '')) at += 1;
    // … or what it runs first, then the shifts: "The weaving hall runs 34 looms in three shifts", "… med 22 medarbetare på två skift".
    return shiftsAt(folded, at) || folded.slice(i + 2, i + 2 + OBJECT_REACH).some((v, n) => /^(?:in|on|i|på)$/u.test(v) && shiftsAt(folded, i + 3 + n));
  });
}

/** "Plant Engineering, led by …,", "Lakkeriet, ledet av …,", "Provningslabbet, som leds av …": a unit's name, then who leads it. */
const LED_BY = /^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}),\s+(?:led by|headed by|run by|ledet av|ledd av|(?:som )?ledes av|(?:som )?leds av)\s/u;
/** A unit's function closing an English name ("Plant Engineering", "Quality Assurance"): not a company's own name ("Glimsby Freight"). */
const FUNCTION = /^(?:engineering|production|maintenance|operations|quality|assurance|control|logistics|sales|finance|services?|support|development|research|planning|procurement|purchasing|dispatch|assembly|workshop|design|marketing|safety|technology|testing|laboratory|lab|warehouse|packing|processing|kitchen)$/iu;
/** A Nordic unit in its definite form ("Lakkeriet", "Provningslabbet"), not the company or a time ("Selskapet", "Sommeren"). */
const NORDIC_DEFINITE = /^\p{Lu}\p{Ll}{3,}(?:et|en|a)$/u;
const NOT_NORDIC_UNIT = /^(?:selskapet|bolaget|företaget|foretaket|firmaet|firman|bedriften|konsernet|koncernen|prosjektet|projektet|programmet|arbeidet|arbetet|sommeren|vinteren|våren|høsten|sommaren|vintern|hösten|styret|styrelsen)$/iu;

/** Whether a sentence opens with a unit's name set off with who leads it: see the module comment. */
export function opensWithLedUnit(sentence: string): boolean {
  const match = LED_BY.exec(sentence.trim());
  if (!match) return false;
  const name = match[1]!.split(/\s+/u);
  if (name.length === 1 && NORDIC_DEFINITE.test(name[0]!)) return !NOT_NORDIC_UNIT.test(name[0]!);
  return FUNCTION.test(name.at(-1)!);
}
