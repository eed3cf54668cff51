import { newestJobAd } from '../../core/db/queries';
import type { RoundTwoDB } from '../../core/db/schema';
import { loadInterview, type InterviewData } from '../../core/interview/load';
import type { Clip } from '../../core/model';
import { loadPrepBoard, type PrepBoardData } from '../../core/notes';

export interface BriefingData {
  interview: InterviewData;
  board: PrepBoardData;
  /** The newest clip that is a job ad: the role in one line. */
  ad?: Clip;
}

export async function loadBriefing(db: RoundTwoDB, companyId: string): Promise<BriefingData> {
  const [interview, board, ad] = await Promise.all([loadInterview(db, companyId), loadPrepBoard(db, companyId), newestJobAd(db, companyId)]);
  return { interview, board, ...(ad ? { ad } : {}) };
}
