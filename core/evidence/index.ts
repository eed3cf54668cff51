export type { ClipHits, EvidenceHit, RankedEvidence } from './types';
export { scoreBlocks, DEFAULT_LIMIT, type ScoreOptions } from './score';
export { jobAdEvidence, type JobAdParts } from './job-ad';
export { topEvidence, evidenceKey, type RankOptions } from './rank';
export { textFragmentUrl } from './fragment';
export { splitSentences } from './segment';
export { compileCues, findCues, matchCues, type CueMatcher } from './cues';
export { sentenceQuality } from './quality';
export { guessLang, resolveLang } from './lang';
