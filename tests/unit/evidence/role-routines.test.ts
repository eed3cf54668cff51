// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsRoleRoutine } from '../../../core/evidence/role-routines';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import { getPrompt } from '../../../core/prompts';

/**
 * Values shown in a guide or a handbook: a routine told of a role in the generic definite singular ("The supervisor
 * sends …", "Lederen ringer …", "Medarbetaren får …"), in the present, with a time set by another step (a week before,
 * the same day, the day before). Not a named person's deed, a past, or a sentence without the routine's time.
 */

const routine = (sentence: string): boolean => tellsRoleRoutine(words(fold(sentence)));
const values = getPrompt('values')!;
const shownAlone = (sentence: string, lang: string): string[] =>
  scoreBlocks([{ tag: 'p', text: sentence }], lang, [values], { clipKind: 'company' }).map((h) => h.sentence);

describe('a routine of a role in a guide', () => {
  it.each([
    ['en', 'The supervisor sends the notes to the apprentice the same day, so both remember what was agreed.'],
    ['nb', 'Lederen sender referatet til medarbeideren samme dag, slik at begge husker hva som ble avtalt.'],
    ['sv', 'Handledaren skickar anteckningarna till lärlingen samma dag, så att båda minns vad som bestämdes.'],
    ['nb', 'Medarbeideren får spørsmålene en uke før og velger selv hvor samtalen skal holdes.'],
  ])('%s: %s', (lang, sentence) => {
    expect(routine(sentence)).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'The supervisor sent the notes to the apprentice the same day.'],
    ['nb', 'Lederen sender referatet til medarbeideren når det passer.'],
    ['sv', 'Chefen Anna Ek skickade anteckningarna samma dag.'],
  ])('%s, no routine of a role: %s', (_, sentence) => {
    expect(routine(sentence)).toBe(false);
  });
});
