import type { Interview, Note } from '../../core/model';
import { isAnswered, readiness } from '../../core/notes';
import { getPrompt, PROMPT_SECTIONS, toLang } from '../../core/prompts';
import { formatDay, t, uiLanguage } from '../i18n';

/** How far one company's preparation has come: a row of the company list, the dashboard's card. */
export interface ReadinessSummary {
  /** "4 of 13 questions answered". */
  line: string;
  /** Prompt ids (or message keys) of what is left to prepare, in the board's order. */
  left: string[];
  nextInterview?: { round: number; when?: string };
}

function notesByPrompt(notes: readonly Note[]): Map<string, Note[]> {
  const map = new Map<string, Note[]>();
  for (const note of notes) {
    if (note.kind === 'dismissed') continue;
    const list = map.get(note.promptId);
    if (list) list.push(note);
    else map.set(note.promptId, [note]);
  }
  return map;
}

/** The first interview from today on with a date; rounds without a date come after dated ones. */
export function nextInterview(interviews: readonly Interview[], today = new Date()): ReadinessSummary['nextInterview'] {
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  const upcoming = interviews
    .filter((interview) => !interview.when || Date.parse(interview.when) >= start)
    .sort((a, b) => (a.when ? Date.parse(a.when) : Infinity) - (b.when ? Date.parse(b.when) : Infinity) || a.round - b.round);
  const next = upcoming[0];
  if (!next) return undefined;
  return next.when ? { round: next.round, when: next.when } : { round: next.round };
}

/** A company's readiness from its notes and interviews (pure: the list computes every row from one read). */
export function summarizeReadiness(notes: readonly Note[], interviews: readonly Interview[]): ReadinessSummary {
  const byPrompt = notesByPrompt(notes);
  const ready = readiness(PROMPT_SECTIONS, byPrompt);
  const left = PROMPT_SECTIONS.flatMap((section) => section.prompts)
    .filter((prompt) => !isAnswered(prompt.id, byPrompt.get(prompt.id)))
    .map((prompt) => prompt.id);
  const next = nextInterview(interviews);
  return { line: t('prepReadiness', ready.overall.answered, ready.overall.total), left, ...(next ? { nextInterview: next } : {}) };
}

/** What a left item says to the user: a prompt's question in the UI language, or a message. */
export function leftLabel(item: string): string {
  const prompt = getPrompt(item);
  if (prompt) return prompt.question[toLang(uiLanguage()) ?? 'en'];
  return t(item as Parameters<typeof t>[0]);
}

/** "Round 2 · 12 January 2027", or undefined when no interview is planned. */
export function nextInterviewLine(summary: ReadinessSummary | undefined): string | undefined {
  const next = summary?.nextInterview;
  if (!next) return undefined;
  return next.when ? t('nextInterviewOn', next.round, formatDay(next.when.slice(0, 10))) : t('nextInterviewRound', next.round);
}
