/**
 * A promise of what nobody served should ever have to go through: "A customer should never have to chase us twice",
 * "En rørlegger skal aldri måtte kjøre tomhendt …", "Ingen patient ska aldrig behöva vänta …". It names the trouble
 * only to rule it out: a standard or a vision, not a shortfall, also when a news article quotes it (notCues are not
 * read in news). Works on folded words.
 */
const MODAL = /^(?:should|must|shall|skal|skall|ska|bør|bör|må)$/;
const NEVER = /^(?:never|aldri|aldrig)$/;
/** "have", "need"; Bokmål "måtte", "trenge", "behøve"; Swedish "behöva", "behöver" and the spoken "måsta". */
const HAVE_TO = /^(?:have|need|måtte|trenge|behøve|behöva|måsta|behöver)$/;

/** Whether a sentence (folded words) rules a trouble out for those served: "should never have to", "skal aldri måtte". */
export function rulesTroubleOut(text: readonly string[]): boolean {
  return text.some((word, i) => MODAL.test(word) && NEVER.test(text[i + 1] ?? '') && HAVE_TO.test(text[i + 2] ?? ''));
}

const NONE = /^(?:no|none|never|ingen|inget|intet|inga|aldri|aldrig)$/;
const BEEN = /^(?:been|was|is|vært|var|er|varit|är)$/;
const TOO = /^(?:too|for|för)$/;
const SMALL = /^(?:small|little|big|large|liten|lite|litet|små|stor|stort|store|stora)$/;

/**
 * A boast that nothing was ever too small for them: "No job has ever been too small for our crew", "Ingen oppdrag har
 * vært for små for oss", "Inget uppdrag har varit för litet": the size is ruled out, not owned as a shortfall. The
 * negating word opens the subject's clause, among the four words before the verb ("Ingen kunder klaget, men lageret har
 * vært for lite" and "There is no doubt the warehouse is too small" still tell one).
 */
export function noneTooSmall(text: readonly string[]): boolean {
  const opensClause = (j: number): boolean => j === 0 || /^(?:and|but|og|men|och)$/.test(text[j - 1] ?? '');
  return text.some((word, i) => TOO.test(word) && SMALL.test(text[i + 1] ?? '') && BEEN.test(text[i - 1] ?? '') && text.slice(Math.max(0, i - 5), i - 1).some((w, k) => NONE.test(w) && opensClause(Math.max(0, i - 5) + k)));
}
