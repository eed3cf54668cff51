/**
 * A routine told of a role in the generic definite singular, as guides and handbooks write them: "Medarbetaren får
 * frågorna en vecka innan …", "Chefen skriver ner det som bestäms och skickar det … samma dag", "The supervisor sends
 * the notes to the employee the same day", "Lederen ringer den ansatte dagen før". The role opens the sentence, a
 * present follows it, and a time of the routine set by another step (a week before, the same day, the day before)
 * stands in it: how the house does things, a value shown. Not a named person, a past, or a plan. Works on folded words.
 */
/** Roles in the definite singular, as the subject of a guide's sentence. */
const ROLE = /^(?:medarbetaren|medarbeideren|medarbeidaren|arbetstagaren|arbeidstakeren|chefen|sjefen|lederen|leiaren|ledaren|arbetsledaren|arbeidslederen|handledaren|veilederen|rettleiaren|mentoren|fadderen|faddern|nyanställde|nyansatte)$/;
const EN_ROLE = /^(?:manager|employee|supervisor|leader|mentor|buddy|worker|newcomer|starter|apprentice|trainee)$/;
/** A present after the role: "får", "skriver", "väljer"; "sends", "writes". */
const NORDIC_PRESENT = /^\p{L}{2,}r$/u;
const EN_PRESENT = /^\p{L}{2,}s$/u;
/** The routine's time, set by another step: "en vecka innan", "samma dag", "a week before", "the same day", "dagen før". */
/** "same" (English and Nynorsk), "samme" (Bokmål), "samma" (Swedish). */
const SAME = /^(?:same|samma|samme)$/;
const DAY = /^(?:day|dag|dagen)$/;
const BEFORE = /^(?:before|innan|før|före|forhånd|förväg)$/;
const SPAN = /^(?:day|week|dag|dagen|vecka|veckan|uke|uka|veke)$/;

function routineTime(text: readonly string[]): boolean {
  return text.some((word, i) => (SAME.test(word) && DAY.test(text[i + 1] ?? '')) || (SPAN.test(word) && BEFORE.test(text[i + 1] ?? '')));
}

/** Whether a sentence (folded words) tells a routine of a role in the generic singular: see the module comment. */
export function tellsRoleRoutine(text: readonly string[]): boolean {
  const nordic = ROLE.test(text[0] ?? '') && NORDIC_PRESENT.test(text[1] ?? '');
  const english = text[0] === 'the' && EN_ROLE.test(text[1] ?? '') && EN_PRESENT.test(text[2] ?? '');
  return (nordic || english) && routineTime(text);
}
