import type { Note } from '../model';
import { isAnswered } from '../notes/board-data';
import { PROMPT_SECTIONS } from '../prompts';
import { roundState } from './time';
import type { InterviewPrep, InterviewRound, Person } from './types';

/** An item of preparation: a prompt id, or one of round two's own items. */
export type ReadyItem = string;

export const OWN_ITEMS = ['logistics', 'people', 'debrief', 'own-questions', 'terms', 'task', 'references', 'footprint'] as const;

export interface ReadinessInput {
  rounds: readonly InterviewRound[];
  notesByPrompt: ReadonlyMap<string, readonly Note[]>;
  prep: InterviewPrep;
  people: readonly Person[];
  now: number;
}

export interface InterviewReadiness {
  /** The first round still ahead, if one is planned. */
  nextInterview?: InterviewRound;
  /** What is still to prepare for it, most pressing first. */
  left: ReadyItem[];
  done: ReadyItem[];
  /** The latest finished round, when its debrief is still empty. */
  debriefDue?: InterviewRound;
}

function debriefWritten(round: InterviewRound): boolean {
  const d = round.debrief;
  return !!d && ([d.wentWell, d.better, d.wonder, d.deepen].some((text) => text.trim() !== '') || d.asked.length > 0);
}

/** Prompts by section, in the catalogue's order; "people" is judged with the person cards. */
function promptIds(sectionId: string): string[] {
  return (PROMPT_SECTIONS.find((section) => section.id === sectionId)?.prompts ?? []).map((p) => p.id).filter((id) => id !== 'people');
}

/** Readiness of a company against its next interview: what is done and what is left, in order. */
export function interviewReadiness({ rounds, notesByPrompt, prep, people, now }: ReadinessInput): InterviewReadiness {
  const sorted = [...rounds].sort((a, b) => a.round - b.round);
  const ahead = sorted.filter((round) => roundState(round, now) === 'ahead').sort((a, b) => a.startsAt! - b.startsAt!);
  const nextInterview = ahead[0];
  const finished = sorted.filter((round) => roundState(round, now) === 'done');
  const lastDone = finished.at(-1);
  const debriefDue = lastDone && !debriefWritten(lastDone) ? lastDone : undefined;
  const answered = (id: string) => isAnswered(id, notesByPrompt.get(id));
  const task = prep.practical.task;

  const checks: Array<[ReadyItem, boolean]> = [
    ['logistics', !!nextInterview && (nextInterview.format === 'phone' || !!nextInterview.place?.trim() || !!nextInterview.videoLink?.trim())],
    ['people', (nextInterview?.personIds?.length ?? 0) > 0 || (!nextInterview && people.length > 0) || answered('people')],
    ...(lastDone ? ([['debrief', !debriefDue]] as Array<[ReadyItem, boolean]>) : []),
    ...promptIds('questions').map((id): [ReadyItem, boolean] => [id, answered(id)]),
    ...promptIds('vision-strategy').map((id): [ReadyItem, boolean] => [id, answered(id)]),
    ...promptIds('do-better').map((id): [ReadyItem, boolean] => [id, answered(id)]),
    ['own-questions', prep.ownQuestions.filter((q) => q.text.trim()).length >= 2],
    ['terms', prep.decision !== undefined],
    ...(task.asked.trim() ? ([['task', task.outline.trim() !== '']] as Array<[ReadyItem, boolean]>) : []),
    ['references', prep.references.length > 0 && prep.references.every((r) => r.toldOn !== '')],
    ['footprint', prep.footprint.length > 0 && prep.footprint.every((p) => p.checkedOn !== '')],
  ];
  return {
    ...(nextInterview ? { nextInterview } : {}),
    ...(debriefDue ? { debriefDue } : {}),
    left: checks.filter(([, ok]) => !ok).map(([id]) => id),
    done: checks.filter(([, ok]) => ok).map(([id]) => id),
  };
}
