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
