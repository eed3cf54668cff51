import type { Clip, ClipContent, CompanyStatus, Note } from '../model';
import { PROMPT_SECTIONS, type Lang } from '../prompts';
import { fileName, frontMatter, isSafeUrl, linkText, linkUrl, tag } from './front-matter';
import { questionsTermsPapers, roundDate, roundsAndPeople, type InterviewWords } from './interview-md';
import type { CompanyExport } from './load';

/** The words around the user's own, in the user's language (the UI passes `t()` results). */
export interface ExportLabels {
  role: string;
  status: string;
  statusName: (status: CompanyStatus) => string;
  interviews: string;
  clips: string;
  original: string;
  idea: string;
  otherNotes: string;
  date: (timestamp: number) => string;
  /** The headings and labels of the rounds, people, questions, terms and papers. */
  interview: InterviewWords;
}

export interface ExportOptions {
  lang: Lang;
  labels: ExportLabels;
  /** Sanitised clip HTML → Markdown (turndown, in the page). */
  toMarkdown: (html: string) => string;
}

export interface ExportFile {
  path: string;
  text: string;
}

/** The role applied for: the job ad's title, as the user corrected it. */
export function roleOf(clips: readonly Clip[]): string | undefined {
  const ad = [...clips].sort((a, b) => b.clippedAt - a.clippedAt).find((clip) => clip.jobAd || clip.jobAdCorrections?.title);
  return ad?.jobAdCorrections?.title ?? ad?.jobAd?.title;
}

const link = (text: string, url: string | undefined) => (isSafeUrl(url) ? `[${linkText(text)}](${linkUrl(url)})` : text);
const quoteBlock = (text: string) => text.split('\n').map((line) => `> ${line}`).join('\n');

function noteLine(note: Note, sources: ReadonlyMap<string, Clip>, labels: ExportLabels): string {
  const source = note.clipId ? sources.get(note.clipId) : undefined;
  const from = source ? ` — ${link(source.title, source.url)}` : isSafeUrl(note.sourceUrl) ? ` — ${link(note.sourceUrl, note.sourceUrl)}` : '';
  if (note.kind === 'answer') return note.text.trim();
  if (note.kind === 'improvement') return `- **${note.text.trim()}**${note.idea?.trim() ? ` — ${labels.idea}: ${note.idea.trim()}` : ''}${from}`;
  return `${quoteBlock(note.text.trim())}${from ? `\n>\n> ${from.slice(3)}` : ''}`;
}

/** The briefing: answers, pins, quotes and improvements under their prompts, in the board's order. */
function briefing(data: CompanyExport, { lang, labels }: ExportOptions): string[] {
  const sources = new Map(data.clips.map((clip) => [clip.id, clip]));
  const notes = data.notes.filter((note) => note.kind !== 'dismissed' && (note.text.trim() || note.idea?.trim()));
  const placed = new Set<string>();
  const out: string[] = [];
  for (const section of PROMPT_SECTIONS) {
    const body: string[] = [];
    for (const prompt of section.prompts) {
      const mine = notes.filter((note) => note.promptId === prompt.id);
      if (!mine.length) continue;
      body.push(`### ${prompt.question[lang]}`, '', ...mine.map((note) => (placed.add(note.id), noteLine(note, sources, labels))).flatMap((line) => [line, '']));
    }
    if (body.length) out.push(`## ${section.title[lang]}`, '', ...body);
  }
  const rest = notes.filter((note) => !placed.has(note.id));
  if (rest.length) out.push(`## ${labels.otherNotes}`, '', ...rest.flatMap((note) => [noteLine(note, sources, labels), '']));
  return out;
}

const interviewDates = (data: CompanyExport) => data.interviews.flatMap((round) => roundDate(round) ?? []);

function companyMeta(data: CompanyExport): Record<string, string | string[] | undefined> {
  const { company, clips } = data;
  return {
    company: company.name,
    role: roleOf(clips),
    status: company.status,
    interviews: interviewDates(data),
    sources: clips.map((clip) => clip.url).filter(isSafeUrl),
    tags: ['round-two', `round-two/${company.status}`, `company/${tag(company.name)}`],
  };
}

function heading(data: CompanyExport, { labels }: ExportOptions): string[] {
  const role = roleOf(data.clips);
  const dates = interviewDates(data);
  return [
    `# ${data.company.name}`,
    '',
    ...(role ? [`**${labels.role}:** ${role}  `] : []),
    `**${labels.status}:** ${labels.statusName(data.company.status)}${dates.length ? '  ' : ''}`,
    ...(dates.length ? [`**${labels.interviews}:** ${dates.join(', ')}`] : []),
    '',
  ];
}

function clipBody(clip: Clip, content: ClipContent | undefined, options: ExportOptions): string {
  const body = content ? options.toMarkdown(content.contentHtml).trim() : clip.excerpt;
  return `${link(options.labels.original, clip.url)} · ${clip.siteName ?? clip.domain} · ${options.labels.date(clip.clippedAt)}\n\n${body}\n`;
}

/** Unique file names for a company's clips (two pages titled "Om oss" both survive). */
function clipNames(clips: readonly Clip[]): Map<string, string> {
  const used = new Map<string, number>();
  return new Map(
    clips.map((clip) => {
      const base = fileName(clip.title, clip.domain);
      const n = (used.get(base.toLowerCase()) ?? 0) + 1;
      used.set(base.toLowerCase(), n);
      return [clip.id, n === 1 ? base : `${base} (${n})`];
    }),
  );
}

/** The briefing in the briefing page's order: rounds and people, the answers, then questions, terms and papers. */
function companyNote(data: CompanyExport, options: ExportOptions): string[] {
  const words = options.labels.interview;
  return [
    frontMatter(companyMeta(data)),
    ...heading(data, options),
    ...roundsAndPeople(data, options.lang, words),
    ...briefing(data, options),
    ...questionsTermsPapers(data.prep, words),
  ];
}

/** One Markdown file: the briefing, then every clip in full under its own heading. */
export function companyAsOneFile(data: CompanyExport, options: ExportOptions): ExportFile {
  const clips = data.clips.flatMap((clip) => [`### ${clip.title}`, '', clipBody(clip, data.contents.get(clip.id), options)]);
  const text = [...companyNote(data, options), ...(clips.length ? [`## ${options.labels.clips}`, '', ...clips] : [])].join('\n');
  return { path: `${fileName(data.company.name, 'company')}.md`, text };
}

/** A folder per company: its briefing note linking to one note per clip (Obsidian-style vault). */
export function companyAsFolder(data: CompanyExport, options: ExportOptions, dir = fileName(data.company.name, 'company')): ExportFile[] {
  const names = clipNames(data.clips);
  const list = data.clips.map((clip) => `- [${linkText(clip.title)}](${linkUrl(`clips/${names.get(clip.id)!}.md`)}) · ${link(options.labels.original, clip.url)}`);
  const main = [...companyNote(data, options), ...(list.length ? [`## ${options.labels.clips}`, '', ...list, ''] : [])].join('\n');
  const clipFiles = data.clips.map((clip) => ({
    path: `${dir}/clips/${names.get(clip.id)!}.md`,
    text: [
      frontMatter({
        title: clip.title,
        company: data.company.name,
        source: isSafeUrl(clip.url) ? clip.url : undefined,
        clipped: new Date(clip.clippedAt).toISOString(),
        tags: ['round-two', 'round-two/clip', `company/${tag(data.company.name)}`],
      }),
      `# ${clip.title}`,
      '',
      clipBody(clip, data.contents.get(clip.id), options),
    ].join('\n'),
  }));
  return [{ path: `${dir}/${fileName(data.company.name, 'company')}.md`, text: main }, ...clipFiles];
}
