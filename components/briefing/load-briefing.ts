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
  const [interview, board, clips] = await Promise.all([
    loadInterview(db, companyId),
    loadPrepBoard(db, companyId),
    db.clips.where('companyId').equals(companyId).toArray(),
  ]);
  const ad = clips.filter((clip) => clip.jobAd).sort((a, b) => b.updatedAt - a.updatedAt)[0];
  return { interview, board, ...(ad ? { ad } : {}) };
}
