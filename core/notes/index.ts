export { answerOf, saveAnswer } from './answers';
export { addQuote, dismissEvidence, pinEvidence, restoreEvidence, unpin, type PinnedEvidence, type QuoteInput } from './pins';
export {
  addImprovement,
  DO_BETTER_PROMPT_ID,
  IMPROVEMENT_AREAS,
  removeImprovement,
  updateImprovement,
  type ImprovementInput,
} from './improvements';
export {
  isAnswered,
  loadPrepBoard,
  readiness,
  type ClipSource,
  type PrepBoardData,
  type Progress,
  type Readiness,
} from './board-data';
