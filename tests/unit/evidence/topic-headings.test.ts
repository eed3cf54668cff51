// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';

/** The prompts a sentence is shown for when it stands under this heading on a company's own page. */
function promptsUnder(heading: string, sentence: string, lang: string): string[] {
  const hits = scoreBlocks(
    [
      { tag: 'h2', text: heading },
      { tag: 'p', text: sentence, heading },
    ],
    lang,
    undefined,
    { clipKind: 'company' },
  );
  return hits.filter((hit) => hit.sentence === sentence).map((hit) => hit.promptId);
}

describe('a heading written as a sentence or a question is a topic, not a section', () => {
  // A help page's question about meter readings ("values") is no section on the company's values.
  it.each([
    ['en', 'Why are my meter values missing after the upgrade?', 'Open the meter page and choose Merge series.'],
    ['nb', 'Hvorfor viser appen doble verdier etter at måleren ble byttet?', 'Velg målepunktet og trykk på Slå sammen serier.'],
    ['sv', 'Vi har fått dubbla värden efter ett byte av mätare.', 'Välj mätpunkten och klicka på Slå ihop serier.'],
  ])('%s: one cue word in it names no section', (lang, heading, sentence) => {
    expect(promptsUnder(heading, sentence, lang)).not.toContain('values');
  });

  it.each([
    ['en', 'Our values', 'We say it as it is, even when the customer does not want to hear it.'],
    ['nb', 'Verdiene våre', 'Vi sier det som det er, også når kunden ikke vil høre det.'],
    ['sv', 'Våra värden', 'Vi säger som det är, även när kunden inte vill höra det.'],
  ])('%s: a heading that names the section still counts', (lang, heading, sentence) => {
    expect(promptsUnder(heading, sentence, lang)).toContain('values');
  });

  it('a phrase cue still counts in a heading written as a sentence', () => {
    expect(promptsUnder('Så jobbar vi – och därför gör vi det så här.', 'Alla nya medarbetare går bredvid en erfaren kollega i två veckor.', 'sv')).toContain('values');
  });
});
