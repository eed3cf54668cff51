// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsRoutineOfAll } from '../../../core/evidence/routines-of-all';

/**
 * Values: a routine of everyone is read in its main clause (routines-of-all.ts). A modal or "you" inside a clause of
 * what or which ("… chooses which case they will take first", "vad ni pratar om") tells of the matter, not of when the
 * routine holds, as house-rules.ts reads its clauses (and Swedish "före" is "before" as "innan" is). A modal or a past in the main clause still makes it a plan or an
 * event.
 */
describe('values: a routine of all with a clause of what or which', () => {
  it.each([
    ['en', 'Every team leader reads the survey with the team before the summer, and the team picks which problem it will tackle first.'],
    ['nb', 'Alle verkstedledere går gjennom avvikene med laget før ferien, og laget bestemmer selv hvilket tiltak de vil prøve først.'],
    ['sv', 'Alla arbetsledare går igenom enkäten med laget före semestern, och laget väljer själv vilken fråga de vill börja med.'],
  ])('%s: %s', (_lang, sentence) => {
    expect(tellsRoutineOfAll(sentence)).toBe(true);
  });

  it.each([
    // A modal or a past in the main clause.
    ['en', 'Every team leader will read the survey with the team before the summer.'],
    ['nb', 'Alle verkstedledere skal gå gjennom avvikene med laget før ferien.'],
    ['nb', 'Alle ledere hadde gått gjennom svarene med gruppa før jul, og gruppa valgte hva de ville jobbe med.'],
    ['sv', 'Alla arbetsledare ska gå igenom enkäten med laget före semestern.'],
    ['sv', 'Alla arbetsledare hade gått igenom enkäten med laget före semestern, och laget valde vad de ville börja med.'],
  ])('not %s: %s', (_lang, sentence) => {
    expect(tellsRoutineOfAll(sentence)).toBe(false);
  });
});
