import { useEffect, useState } from 'preact/hooks';
import { interviewReadiness, type InterviewReadiness } from '../../core/interview/readiness';
import { readinessLine } from './format';
import { useInterview } from './use-interview';

export type ReadinessView = InterviewReadiness & { line: string };

const MINUTE = 60_000;

/** Readiness of a company against its next interview, with its one-line summary; undefined while loading. */
export function useReadiness(companyId: string): ReadinessView | undefined {
  const data = useInterview(companyId);
  // Time moves on: a round that ends becomes a debrief without any write to the database.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), MINUTE);
    return () => clearInterval(timer);
  }, []);
  if (data.status !== 'ready') return undefined;
  const readiness = interviewReadiness({ ...data.value, now });
  return { ...readiness, line: readinessLine(readiness.nextInterview, readiness.left) };
}
