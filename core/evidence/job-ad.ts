import { PROMPTS } from '../prompts';
import { hasEvidence, type JobAdField, type Prompt } from '../prompts/types';
import { DEFAULT_LIMIT, scoreBlocks } from './score';
import { splitSentences } from './segment';
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

/** An employer's own statement of purpose is worth a cue and a half: it is what an ad says of the company. */
const PURPOSE_SCORE = 1.5;
const PURPOSE_PARAGRAPHS = 6;
/** "Kestrel Analytics helps insurers …", "Tindra Meieri er et meieri som skal …", "Kustbo ska …": the name, then what it does or is for. */
const PURPOSE_VERB = /^(?:\S+\s+){0,4}?(?:helps|makes|designs|builds|develops|exists to|delivers|hjelper|skal|vil|gjør|utvikler|leverer|sikrer|hjälper|ska|vill|gör|utvecklar|levererar|säkrar)\s|\s(?:som skal|som ska|that helps|which helps)\s/iu;
const MIN_PURPOSE_WORDS = 8;

/** The first sentence of the ad that opens with the employer's name and says what it does. */
function purposeHit(prompt: Prompt, jobAd: JobAdParts, lang: string | undefined): EvidenceHit[] {
  const first = jobAd.hiringOrganization?.name.trim().split(/\s+/)[0]?.toLowerCase();
  if (!first || first.length < 3) return [];
  const paragraphs = (jobAd.description ?? '').split(/\n\s*\n/).slice(0, PURPOSE_PARAGRAPHS);
  for (const [index, paragraph] of paragraphs.entries()) {
    for (const sentence of splitSentences(paragraph, lang ?? 'en')) {
      const text = sentence.trim();
      if (!text.toLowerCase().startsWith(`${first} `) && text.toLowerCase() !== first) continue;
      if (text.split(/\s+/).length < MIN_PURPOSE_WORDS || !PURPOSE_VERB.test(text.slice(first.length).trimStart())) continue;
      return [{ promptId: prompt.id, sentence: text, score: PURPOSE_SCORE, blockIndex: index }];
    }
  }
  return [];
}

function listHits(promptId: string, items: readonly string[], top: number, offset = 0): EvidenceHit[] {
  return items
    .map((item) => item.replace(/\s+/g, ' ').trim())
    .map((sentence, i) => ({ promptId, sentence, score: round(Math.max(top - i * POSITION_STEP, 1)), blockIndex: offset + i }))
    .filter((hit) => hit.sentence.length > 0);
}

function fieldHits(prompt: Prompt, field: JobAdField, jobAd: JobAdParts, lang: string | undefined): EvidenceHit[] {
  switch (field) {
    case 'requirements': {
      const must = jobAd.requirements?.must ?? [];
      return [...listHits(prompt.id, must, MUST_SCORE), ...listHits(prompt.id, jobAd.requirements?.nice ?? [], NICE_SCORE, must.length)];
    }
    case 'responsibilities':
      return listHits(prompt.id, jobAd.responsibilities ?? [], RESPONSIBILITY_SCORE);
    case 'purpose':
      return purposeHit(prompt, jobAd, lang);
    case 'description': {
      // The extractor separates paragraphs with blank lines; each becomes a block.
      const paragraphs = (jobAd.description ?? '').split(/\n\s*\n/).filter((p) => p.trim());
      return scoreBlocks(paragraphs.map((text) => ({ tag: 'p', text })), lang, [prompt]);
    }
  }
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
  return prompts.filter(hasEvidence).flatMap((prompt) => {
    const fields = prompt.evidence.jobAdFields ?? [];
    const hits = fields.flatMap((field) => fieldHits(prompt, field, jobAd, lang));
    return hits.sort((a, b) => b.score - a.score || a.blockIndex - b.blockIndex).slice(0, limit);
  });
}
