import { getDb } from '../../core/db/schema';
import { loadInterview, type InterviewData } from '../../core/interview/load';
import { useLiveQuery, type LiveResult } from '../use-live-query';

/** A company's rounds, people, prep record and prompt notes, live. */
export function useInterview(companyId: string): LiveResult<InterviewData> {
  const db = getDb();
  return useLiveQuery(() => loadInterview(db, companyId), [db, companyId]);
}
