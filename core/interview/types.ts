import type { Interview } from '../model';

export type InterviewFormat = 'in-person' | 'video' | 'phone';
export const INTERVIEW_FORMATS: readonly InterviewFormat[] = ['in-person', 'video', 'phone'];

/** A question the panel asked in a round, with what the user answered. */
export interface AskedQuestion {
  id: string;
  /** The expected-question prompt it matches, when it was one of them. */
  promptId?: string;
  /** The question in the user's words (empty when `promptId` names it). */
  question: string;
  answer: string;
  /** For a question of the user's own wording: the answer prepared for the next round. */
  again?: string;
}

/** The guided debrief written after a round (prep guide, section 4). */
export interface Debrief {
  wentWell: string;
  better: string;
  asked: AskedQuestion[];
  wonder: string;
  deepen: string;
}

/**
 * An interview round. Extends the version-1 `Interview` record: the old fields stay
 * (none was ever written), the new ones are optional so any stored row still reads.
 */
export interface InterviewRound extends Interview {
  /** `yyyy-mm-dd` in `timeZone`. */
  date?: string;
  /** `HH:MM`; absent when the user knows only the day. */
  time?: string;
  /** IANA zone the date and time are in (the user's own when planned). */
  timeZone?: string;
  /** The instant it starts (the day's start when there is no time), derived from the three above. */
  startsAt?: number;
  format?: InterviewFormat;
  durationMin?: number;
  /** As typed: rendered as a link only when it is http(s). */
  videoLink?: string;
  personIds?: string[];
  debrief?: Debrief;
  updatedAt?: number;
}

/** Someone the user will meet or has met. */
export interface Person {
  id: string;
  companyId: string;
  name: string;
  /** Folded name: one card per person, however often they are found. */
  normName: string;
  role: string;
  /** As typed: rendered as a link only when it is http(s) or mailto. */
  link: string;
  notes: string;
  fromClipId?: string;
  createdAt: number;
  updatedAt: number;
}

export type Decision = 'yes' | 'unsure' | 'no';
export const DECISIONS: readonly Decision[] = ['yes', 'unsure', 'no'];

export const TERM_KEYS = ['salary', 'hours', 'start', 'place', 'remote', 'pension', 'notice'] as const;
export type TermKey = (typeof TERM_KEYS)[number];

export interface Term {
  key: TermKey;
  /** What is known so far: prefilled from the job ad, or the user's note. */
  value: string;
  fromAd: boolean;
  settled: boolean;
}

export type QuestionSource = 'strategy' | 'challenge' | 'team';

/** A question the user wants to ask the panel. */
export interface OwnQuestion {
  id: string;
  text: string;
  /** The clipped sentence a suggestion came from. */
  basis?: string;
  source?: QuestionSource;
  asked: boolean;
  answered: boolean;
}

export interface CaseTask {
  asked: string;
  /** `yyyy-mm-dd`. */
  due: string;
  outline: string;
  link: string;
}

export interface Practicalities {
  wear: string;
  travel: string;
  task: CaseTask;
}

export interface DocumentItem {
  id: string;
  label: string;
  handedIn: boolean;
}

export interface Reference {
  id: string;
  name: string;
  contact: string;
  /** `yyyy-mm-dd`: when they were told they may be called. */
  toldOn: string;
}

export interface Profile {
  id: string;
  label: string;
  url: string;
  /** `yyyy-mm-dd`. */
  checkedOn: string;
}

/** Everything about a company's round two that is one per company: one record, one read. */
export interface InterviewPrep {
  companyId: string;
  decision?: Decision;
  terms: Term[];
  /** True once the job ad's facts were put into `terms` (they are not put there twice). */
  termsPrefilled: boolean;
  ownQuestions: OwnQuestion[];
  practical: Practicalities;
  documents: DocumentItem[];
  references: Reference[];
  footprint: Profile[];
  updatedAt: number;
}

export type ReminderKind = 'evening' | 'two-hours';

/** A notification planned for an interview; `firedAt` once shown. */
export interface Reminder {
  /** `<interviewId>:<kind>`. */
  id: string;
  companyId: string;
  interviewId: string;
  kind: ReminderKind;
  fireAt: number;
  /** When the interview starts: a reminder is never shown after that. */
  startsAt: number;
  firedAt?: number;
}
