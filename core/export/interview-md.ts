import type { Decision, InterviewFormat, InterviewPrep, InterviewRound, Person, TermKey } from '../interview/types';
import { getPrompt, type Lang } from '../prompts';
import { isSafeUrl, linkText, linkUrl } from './front-matter';

/** The words of the interview sections, in the user's language (the UI passes `t()` results). */
export interface InterviewWords {
  people: string;
  rounds: string;
  roundTitle: (round: number) => string;
  when: (round: InterviewRound) => string;
  format: string;
  formatName: (format: InterviewFormat) => string;
  minutes: (minutes: number) => string;
  place: string;
  videoLink: string;
  who: string;
  debrief: (round: number) => string;
  wentWell: string;
  better: string;
  askedQuestions: string;
  answerNow: string;
  wonder: string;
  deepen: string;
  ownQuestions: string;
  asked: string;
  answered: string;
  decision: string;
  decisionQuestion: string;
  decisionName: (decision: Decision) => string;
  terms: string;
  termName: (key: TermKey) => string;
  fromAd: string;
  settled: string;
  practical: string;
  wear: string;
  travel: string;
  task: string;
  taskAsked: string;
  taskDue: string;
  taskOutline: string;
  taskLink: string;
  documents: string;
  handedIn: string;
  notHandedIn: string;
  references: string;
  refContact: string;
  refToldOn: string;
  footprint: string;
  checkedOn: string;
}

/** What a company holds of round two, as read for an export. */
export interface InterviewExport {
  interviews: InterviewRound[];
  people: Person[];
  prep: InterviewPrep | undefined;
}

const link = (text: string, url: string) => (isSafeUrl(url) ? `[${linkText(text)}](${linkUrl(url)})` : text);
/** One line of a list: the user's line breaks would end the item. */
const inline = (text: string) => text.trim().replace(/\s*\n\s*/g, ' ');
const filled = (text: string | undefined): text is string => !!text?.trim();
/** A labelled paragraph, left out when the user wrote nothing. */
const field = (label: string, text: string | undefined) => (filled(text) ? [`**${label}**`, '', text.trim(), ''] : []);
/** `**Label:** text`; a label that is a question or ends in a colon gets no second colon. */
const labelled = (label: string) => `**${label}${/[?:]$/.test(label) ? '' : ':'}**`;
const item = (label: string, text: string | undefined) => (filled(text) ? [`- ${labelled(label)} ${inline(text)}`] : []);
const section = (title: string, body: string[]) => (body.length ? [`## ${title}`, '', ...body, ''] : []);

/** The date of a round as front matter lists it: `2026-12-10T10:00`, or the day alone. */
export function roundDate(round: InterviewRound): string | undefined {
  if (round.date) return round.time ? `${round.date}T${round.time}` : round.date;
  return round.when;
}

function personLines(person: Person): string[] {
  const url = person.link.trim();
  const lines = [`### ${url ? link(person.name, url) : person.name}${filled(person.role) ? ` — ${inline(person.role)}` : ''}`, ''];
  // A link that is not a web or mail address stays visible as text, never as a link.
  if (url && !isSafeUrl(url)) lines.push(inline(url), '');
  if (filled(person.notes)) lines.push(person.notes.trim(), '');
  return lines;
}

function debriefLines(round: InterviewRound, lang: Lang, words: InterviewWords): string[] {
  const debrief = round.debrief;
  if (!debrief) return [];
  const asked = debrief.asked.flatMap((q) => {
    const question = q.promptId ? (getPrompt(q.promptId)?.question[lang] ?? q.question) : q.question;
    if (!filled(question) && !filled(q.answer)) return [];
    return [`- **${inline(question)}** ${inline(q.answer)}`.trimEnd(), ...(filled(q.again) ? [`  - ${words.answerNow}: ${inline(q.again)}`] : [])];
  });
  const body = [
    ...field(words.wentWell, debrief.wentWell),
    ...field(words.better, debrief.better),
    ...(asked.length ? [`**${words.askedQuestions}**`, '', ...asked, ''] : []),
    ...field(words.wonder, debrief.wonder),
    ...field(words.deepen, debrief.deepen),
  ];
  return body.length ? [`#### ${words.debrief(round.round)}`, '', ...body] : [];
}

function roundLines(round: InterviewRound, people: readonly Person[], lang: Lang, words: InterviewWords): string[] {
  const who = people.filter((person) => round.personIds?.includes(person.id)).map((person) => person.name);
  const format = [round.format ? words.formatName(round.format) : '', round.durationMin ? words.minutes(round.durationMin) : ''].filter(Boolean).join(' · ');
  const details = [
    ...item(words.format, format),
    ...item(words.place, round.place),
    ...(filled(round.videoLink) ? [`- ${labelled(words.videoLink)} ${link(inline(round.videoLink), round.videoLink.trim())}`] : []),
    ...item(words.who, who.join(', ')),
  ];
  // A round of the first version holds its time only as typed.
  const when = round.startsAt === undefined && filled(round.when) ? round.when : words.when(round);
  return [`### ${words.roundTitle(round.round)} — ${when}`, '', ...(details.length ? [...details, ''] : []), ...debriefLines(round, lang, words)];
}

/** Rounds and people: what comes first in the briefing (when, where, who). */
export function roundsAndPeople(data: InterviewExport, lang: Lang, words: InterviewWords): string[] {
  return [
    ...section(words.rounds, data.interviews.flatMap((round) => roundLines(round, data.people, lang, words))),
    ...section(words.people, data.people.map(personLines).flat()),
  ];
}

/** The user's questions, the decision, the terms and the papers: what follows the answers. */
export function questionsTermsPapers(prep: InterviewPrep | undefined, words: InterviewWords): string[] {
  if (!prep) return [];
  const mark = (done: boolean) => (done ? 'x' : ' ');
  const questions = prep.ownQuestions
    .filter((q) => filled(q.text))
    .map((q) => {
      const done = [q.asked ? words.asked : '', q.answered ? words.answered : ''].filter(Boolean);
      return `- [${mark(q.answered)}] ${inline(q.text)}${done.length ? ` (${done.join(', ')})` : ''}`;
    });
  const terms = prep.terms
    .filter((term) => filled(term.value) || term.settled)
    .map((term) => `- [${mark(term.settled)}] **${words.termName(term.key)}**${filled(term.value) ? `: ${inline(term.value)}` : ''}${term.fromAd ? ` (${words.fromAd})` : ''}${term.settled ? ` — ${words.settled}` : ''}`);
  const { wear, travel, task } = prep.practical;
  const taskLines = [...item(words.taskAsked, task.asked), ...item(words.taskDue, task.due), ...item(words.taskOutline, task.outline), ...(filled(task.link) ? [`- ${labelled(words.taskLink)} ${link(inline(task.link), task.link.trim())}`] : [])];
  const practical = [...field(words.wear, wear), ...field(words.travel, travel), ...(taskLines.length ? [`### ${words.task}`, '', ...taskLines, ''] : [])];
  const documents = prep.documents.filter((doc) => filled(doc.label)).map((doc) => `- [${mark(doc.handedIn)}] ${inline(doc.label)} (${doc.handedIn ? words.handedIn : words.notHandedIn})`);
  const references = prep.references
    .filter((ref) => filled(ref.name))
    .map((ref) => `- **${inline(ref.name)}**${filled(ref.contact) ? ` — ${words.refContact}: ${inline(ref.contact)}` : ''}${filled(ref.toldOn) ? ` — ${words.refToldOn}: ${ref.toldOn}` : ''}`);
  const footprint = prep.footprint
    .filter((profile) => filled(profile.label) || filled(profile.url))
    .map((profile) => `- ${link(inline(profile.label || profile.url), profile.url.trim())}${filled(profile.url) && !isSafeUrl(profile.url.trim()) ? ` (${inline(profile.url)})` : ''}${filled(profile.checkedOn) ? ` — ${words.checkedOn}: ${profile.checkedOn}` : ''}`);
  return [
    ...section(words.ownQuestions, questions),
    ...section(words.decision, prep.decision ? [`${labelled(words.decisionQuestion)} ${words.decisionName(prep.decision)}`] : []),
    ...section(words.terms, terms),
    ...section(words.practical, practical),
    ...section(words.documents, [...documents, ...(documents.length && references.length ? [''] : []), ...(references.length ? [`### ${words.references}`, '', ...references] : [])]),
    ...section(words.footprint, footprint),
  ];
}
