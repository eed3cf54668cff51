// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getPrompt, hasEvidence, LANGS, PROMPT_SECTIONS, PROMPTS } from '../../../core/prompts';
import { splitSentences } from '../../../core/evidence/segment';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('prompt catalogue conventions', () => {
  it('has unique kebab-case prompt ids', () => {
    const ids = PROMPTS.map((p) => p.id);
    expect(new Set(ids).size, 'Should not repeat a prompt id').toBe(ids.length);
    for (const id of ids) expect(id, `Should be kebab-case: ${id}`).toMatch(KEBAB);
  });

  it('has unique kebab-case section ids with titles in every language', () => {
    const ids = PROMPT_SECTIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const section of PROMPT_SECTIONS) {
      expect(section.id).toMatch(KEBAB);
      for (const lang of LANGS) {
        expect(section.title[lang].trim(), `${section.id} title in ${lang}`).not.toBe('');
        if (section.intro) expect(section.intro[lang].trim(), `${section.id} intro in ${lang}`).not.toBe('');
      }
    }
  });

  it.each(PROMPTS.map((p) => [p.id, p] as const))('%s has a question and 1–2 sentences of guidance in every language', (_, prompt) => {
    for (const lang of LANGS) {
      expect(prompt.question[lang].trim(), `question in ${lang}`).not.toBe('');
      expect(prompt.question[lang].trim().endsWith('?'), `question in ${lang} should end with "?"`).toBe(true);
      const guidance = splitSentences(prompt.guidance[lang], lang);
      expect(guidance.length, `guidance in ${lang}: ${prompt.guidance[lang]}`).toBeGreaterThanOrEqual(1);
      expect(guidance.length, `guidance in ${lang}: ${prompt.guidance[lang]}`).toBeLessThanOrEqual(2);
    }
  });

  it.each(PROMPTS.map((p) => [p.id, p] as const))('%s has cues in every language or is explicitly answer-only', (_, prompt) => {
    if (prompt.evidence === 'answer-only') return;
    const { cues, headingCues } = prompt.evidence;
    for (const lang of LANGS) {
      expect(cues[lang].length, `cues in ${lang}`).toBeGreaterThan(0);
      for (const cue of cues[lang]) expect(cue.trim(), `empty cue in ${lang}`).not.toBe('');
      if (headingCues) expect(headingCues[lang].length, `heading cues in ${lang}`).toBeGreaterThan(0);
    }
  });

  it('files every prompt under the section that lists it', () => {
    for (const section of PROMPT_SECTIONS) {
      for (const prompt of section.prompts) expect(prompt.section, prompt.id).toBe(section.id);
    }
    expect(PROMPTS.length).toBe(PROMPT_SECTIONS.reduce((n, s) => n + s.prompts.length, 0));
  });

  it('finds every prompt by its id, and nothing for an unknown id', () => {
    for (const prompt of PROMPTS) expect(getPrompt(prompt.id)).toBe(prompt);
    expect(getPrompt('no-such-prompt')).toBeUndefined();
  });

  it('holds the prompts the prep guide asks for', () => {
    const sections = Object.fromEntries(PROMPT_SECTIONS.map((s) => [s.id, s.prompts.map((p) => p.id)]));
    expect(sections['vision-strategy']).toEqual(['vision', 'strategy', 'values', 'department', 'contribute', 'people']);
    expect(sections['do-better']).toEqual(['do-better']);
    expect(sections['questions']).toEqual(['key-qualities', 'career-goals', 'why-this-job', 'why-you', 'weak-spots']);
    const answerOnly = PROMPTS.filter((p) => !hasEvidence(p)).map((p) => p.id);
    // Career goals are the candidate's, but a page can show the paths the company offers (tests/unit/evidence/career-paths.test.ts).
    expect(answerOnly).toEqual(['why-you', 'weak-spots']);
  });

  it('feeds job-ad fields to the right prompts', () => {
    const fed = (field: string): string[] =>
      PROMPTS.filter((p) => hasEvidence(p) && p.evidence.jobAdFields?.some((f) => f === field)).map((p) => p.id);
    expect(fed('requirements')).toEqual(['key-qualities']);
    expect(fed('responsibilities').sort()).toEqual(['contribute', 'why-this-job']);
    expect(fed('description').sort()).toEqual(['strategy', 'vision']);
  });
});
