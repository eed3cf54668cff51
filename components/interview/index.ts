export { InterviewView } from './InterviewView';
export { OwnQuestionsView } from './OwnQuestionsView';
export { PapersView } from './PapersView';
export { useReadiness, type ReadinessView } from './use-readiness';
