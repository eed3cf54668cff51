import { PROMPTS } from '../prompts';
import { hasEvidence, type JobAdField, type Prompt } from '../prompts/types';
import { DEFAULT_LIMIT, scoreBlocks } from './score';
import { splitSentences } from './segment';
import { NUMBER_WORD } from './unit-head-count';
import type { EvidenceHit } from './types';

/** The parts of an extracted job ad (`JobAd` in core/jobad) that feed prompts. */
export interface JobAdParts {
  hiringOrganization?: { name: string };
  requirements?: { must: string[]; nice: string[] };
  responsibilities?: string[];
  description?: string;
}

/** A listed item is evidence in its own right: it outranks any sentence found by cues. */
const MUST_SCORE = 4;
const NICE_SCORE = 3;
const RESPONSIBILITY_SCORE = 4;
/** Ads list what matters most first. */
const POSITION_STEP = 0.05;

const round = (n: number): number => Math.round(n * 100) / 100;
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** The ad's listed requirements (must and nice) and duties, as sets of their text. */
const listedItems = (jobAd: JobAdParts): { required: Set<string>; duties: Set<string> } => ({
  required: new Set([...(jobAd.requirements?.must ?? []), ...(jobAd.requirements?.nice ?? [])].map(squash)),
  duties: new Set((jobAd.responsibilities ?? []).map(squash)),
});
/** The most words a heading of the ad's text takes. */
const HEADING_WORDS = 6;

/** An employer's own statement of purpose is worth a cue and a half: it is what an ad says of the company. */
const PURPOSE_SCORE = 1.5;
const PURPOSE_PARAGRAPHS = 6;
/** "Kestrel Analytics helps insurers …", "Tindra Meieri er et meieri som skal …", "Kustbo ska …": the name, then what it does or is for. */
const PURPOSE_VERB = /^(?:\S+\s+){0,4}?(?:helps|makes|designs|builds|develops|exists to|delivers|hjelper|skal|vil|gjør|utvikler|leverer|sikrer|hjälper|ska|vill|gör|utvecklar|levererar|säkrar)\s|\s(?:som skal|som ska|that helps|which helps)\s/iu;
const MIN_PURPOSE_WORDS = 8;
const TARGET_YEAR = /(?<!\p{L})(?:innen|innan|by|till|til|senast|seinast|før|före|until|within)\s+(?:utgangen av\s+|slutet av\s+|the end of\s+)?20\d{2}(?!\d)/iu;

/**
 * What a company does, said of it by name when the ad's employer is unknown or read wrongly:
 * "Brightline Tides builds …", "Nordlysmuseet viser …", "Lärkan är ett vårdboende …", "Fjordbuss kjører …".
 */
const DOES_VERB = new RegExp(
  '^(?:\\S+\\s+){0,3}?(?:helps|makes|designs|builds|develops|delivers|runs|operates|produces|provides|offers|is an?|is the|' +
    'hjelper|utvikler|leverer|driver|kjører|produserer|tilbyr|lager|bygger|viser|er en|er et|er ei|er den|er det|' +
    'hjälper|utvecklar|levererar|driver|kör|producerar|erbjuder|tillverkar|visar|är en|är ett|är den|är det)\\s',
  'iu',
);
/** Words that open a sentence without naming anyone: the company speaks of itself, or of the job. */
const NOT_A_NAME = new Set(['we', 'you', 'our', 'your', 'this', 'the', 'it', 'there', 'here', 'in', 'as', 'at', 'vi', 'du', 'ni', 'vår', 'vårt', 'våre', 'våra',
  'din', 'ditt', 'dine', 'dina', 'dette', 'denne', 'denna', 'detta', 'det', 'den', 'der', 'där', 'her', 'här', 'i', 'som', 'hos', 'stillingen', 'tjänsten', 'rollen', 'jobbet']);
/** A sentence addressing the reader is about the job, not the company. */
const SECOND_PERSON = /(?:^|[^\p{L}])(?:you|your|du|deg|dig|din|ditt|dine|dina)(?![\p{L}])/iu;

/** "We are a small roastery …", "Vi er et rørleggerfirma …", "Vi är ett litet rosteri …": the company says what it is. */
const SELF_DESCRIPTION = /^(?:we are|we're|vi er|vi är)\s+(?:a|an|en|et|ei|ett)\s/iu;

function namesItsDoing(text: string): boolean {
  if (SELF_DESCRIPTION.test(text) && !SECOND_PERSON.test(text)) return true;
  const [first = '', ...rest] = text.split(/\s+/);
  if (!/^\p{Lu}/u.test(first) || NOT_A_NAME.has(first.toLowerCase()) || SECOND_PERSON.test(text)) return false;
  return DOES_VERB.test(rest.join(' '));
}

/**
 * The first sentence of the ad that opens with the employer's name and says what it does; when no
 * sentence opens with the name the ad was read with and the ad states no purpose, the first that opens
 * with a name and says what that does (a board's ad often names the employer only in a logo or a line
 * the extractor misses).
 */
function purposeHit(prompt: Prompt, jobAd: JobAdParts, lang: string | undefined): EvidenceHit[] {
  const first = jobAd.hiringOrganization?.name.trim().split(/\s+/)[0]?.toLowerCase();
  const paragraphs = (jobAd.description ?? '').split(/\n\s*\n/).slice(0, PURPOSE_PARAGRAPHS);
  const sentences = paragraphs.flatMap((paragraph, index) => splitSentences(paragraph, lang ?? 'en').map((s) => ({ text: s.trim(), index })));
  // v50: a target by a year is a plan ("Ivesdal Vinddrift AS skal øke produksjonen … innen 2028"), no purpose.
  const long = sentences.filter(({ text }) => text.split(/\s+/).length >= MIN_PURPOSE_WORDS && !TARGET_YEAR.test(text));
  const named =
    first && first.length >= 3
      ? long.find(({ text }) => text.toLowerCase().startsWith(`${first} `) && PURPOSE_VERB.test(text.slice(first.length).trimStart()))
      : undefined;
  // What the company does stands for its purpose only when the ad states no purpose of its own.
  const statesPurpose = () => scoreBlocks(paragraphs.map((text) => ({ tag: 'p', text })), lang, [prompt]).length > 0;
  const found = named ?? (statesPurpose() ? undefined : long.find(({ text }) => namesItsDoing(text)));
  return found ? [{ promptId: prompt.id, sentence: found.text, score: PURPOSE_SCORE, blockIndex: found.index }] : [];
}

function listHits(promptId: string, items: readonly string[], top: number, offset = 0): EvidenceHit[] {
  return items
    .map((item) => item.replace(/\s+/g, ' ').trim())
    .map((sentence, i) => ({ promptId, sentence, score: round(Math.max(top - i * POSITION_STEP, 1)), blockIndex: offset + i }))
    .filter((hit) => hit.sentence.length > 0);
}

function fieldHits(prompt: Prompt, field: JobAdField, jobAd: JobAdParts, lang: string | undefined, described: () => EvidenceHit[]): EvidenceHit[] {
  switch (field) {
    case 'requirements': {
      const must = jobAd.requirements?.must ?? [];
      return [...listHits(prompt.id, must, MUST_SCORE), ...listHits(prompt.id, jobAd.requirements?.nice ?? [], NICE_SCORE, must.length)];
    }
    case 'responsibilities':
      return listHits(prompt.id, jobAd.responsibilities ?? [], RESPONSIBILITY_SCORE);
    case 'purpose':
      return purposeHit(prompt, jobAd, lang);
    case 'description':
      return described().filter((hit) => hit.promptId === prompt.id);
  }
}

/**
 * The description's paragraphs scored, once for every prompt that reads them. The extractor separates paragraphs with
 * blank lines; each becomes a block. Scored against every prompt, as a job ad's text is, so a sentence another prompt
 * claims ("Till våren 2027 öppnar vi …", a plan) is not this one's. v51: an item the ad lists is its field's evidence
 * already ("Kan planera och prioritera i ett högt tempo" is no plan), and a short line without a stop or a figure is a
 * heading ("Growing with the Society"), no statement.
 */
function descriptionHits(jobAd: JobAdParts, lang: string | undefined): EvidenceHit[] {
  const { required, duties } = listedItems(jobAd);
  const heading = (p: string): boolean => p.trim().split(/\s+/).length <= HEADING_WORDS && !/[.!?:;\d]/u.test(p);
  const paragraphs = (jobAd.description ?? '').split(/\n\s*\n/).filter((p) => p.trim() && !required.has(squash(p)) && !duties.has(squash(p)) && !heading(p));
  return scoreBlocks(paragraphs.map((text) => ({ tag: 'p', text })), lang, undefined, { clipKind: 'job-ad' });
}

/**
 * Evidence taken straight from an extracted job ad, as the prompts' `jobAdFields`
 * say: requirements feed `key-qualities`, responsibilities `why-this-job` and
 * `contribute`, the description is scored for `vision` and `strategy`.
 * Indexes of requirements count `must` first, then `nice`.
 */
export function jobAdEvidence(
  jobAd: JobAdParts,
  lang?: string,
  prompts: readonly Prompt[] = PROMPTS,
  limit = DEFAULT_LIMIT,
): EvidenceHit[] {
  let scored: EvidenceHit[] | undefined;
  const described = (): EvidenceHit[] => (scored ??= descriptionHits(jobAd, lang));
  return prompts.filter(hasEvidence).flatMap((prompt) => {
    const fields = prompt.evidence.jobAdFields ?? [];
    const hits = fields.flatMap((field) => fieldHits(prompt, field, jobAd, lang, described));
    return hits.sort((a, b) => b.score - a.score || a.blockIndex - b.blockIndex).slice(0, limit);
  });
}

/** Prompts an item the ad lists as a duty never feeds: the company's direction, purpose, habits or shortfalls. */
const NOT_FROM_DUTIES = new Set(['strategy', 'vision', 'values', 'do-better']);
/** … and one it lists as a requirement feeds only the key qualities, a person to meet or a path (v51: "Kan planera och prioritera i ett högt tempo" is no plan). */
const FROM_REQUIREMENTS = new Set(['key-qualities', 'people', 'career-goals']);

/** The page's scored sentences without those the ad lists as its requirements or duties, where those say nothing of other prompts. */
export function withoutListedItems(hits: readonly EvidenceHit[], jobAd: JobAdParts): EvidenceHit[] {
  const { required, duties } = listedItems(jobAd);
  // A duty that names a unit ("Installation … tillsammans med projektavdelningen") is no department, unless it counts one ("Manage a team of three").
  const dutyOnly = (h: EvidenceHit): boolean => NOT_FROM_DUTIES.has(h.promptId) || (h.promptId === 'department' && !h.sentence.split(/\s+/).some((w) => /^\d+$/.test(w) || NUMBER_WORD.test(w)));
  return hits.filter((h) => !(required.has(squash(h.sentence)) && !FROM_REQUIREMENTS.has(h.promptId)) && !(duties.has(squash(h.sentence)) && dutyOnly(h)));
}
