// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compileCues, findCues } from '../../../core/evidence/cues';
import { fold, wordHasStem } from '../../../core/evidence/stems';

const nb = compileCues(['satsing', 'strategi', 'visjon', 'mål', 'vi søker', '^bidra'], 'nb');
const sv = compileCues(['värde', 'värdering', 'tillväxt', 'du kommer att', '^bidra'], 'sv');
const en = compileCues(['vision', 'strateg', "we're looking for"], 'en');

describe('cue matching', () => {
  it('finds inflections and derivations by prefix', () => {
    expect(findCues('Strategiske valg for neste år', nb), 'Should find "strategiske"').toEqual(['strategi']);
    expect(findCues('Our strategic priorities', en)).toEqual(['strateg']);
    expect(findCues('Våra värderingar', sv)).toEqual(['värde', 'värdering']);
  });

  it('finds long stems inside Norwegian and Swedish compounds', () => {
    expect(findCues('Våre satsingsområder', nb), 'Should find "satsing" at the head').toEqual(['satsing']);
    expect(findCues('Konsernstrategien ligger fast', nb), 'Should find "strategi" as a tail').toEqual(['strategi']);
    expect(findCues('Vår fremtidsvisjon', nb)).toEqual(['visjon']);
    expect(findCues('Vår värdegrund', sv), 'Should find "värde…" in "värdegrund"').toEqual(['värde']);
    expect(findCues('Omsättningstillväxten var god', sv)).toEqual(['tillväxt']);
  });

  it('matches short stems only at the start of a word', () => {
    expect(findCues('Målene våre er klare', nb)).toEqual(['mål']);
    expect(findCues('Klimamålene våre er klare', nb), 'Should not look inside a compound for a short stem').toEqual([]);
  });

  it('does not take a word for a compound when its head is too short', () => {
    expect(findCues('Revisjon og provisjon', nb), '"revisjon" is no vision').toEqual([]);
    expect(findCues('Supervision of the television', en)).toEqual([]);
  });

  it('looks inside compounds only in compounding languages', () => {
    expect(wordHasStem('konsernstrategi', 'strategi', true)).toBe(true);
    expect(wordHasStem('revision', 'vision', false)).toBe(false);
    expect(findCues('A division of the group', en), 'English does not compound, so no "vision" in "division"').toEqual([]);
  });

  it('keeps anchored cues out of compounds', () => {
    expect(findCues('Friskvårdsbidrag ingår', sv), 'The verb "bidra" is not in "friskvårdsbidrag"').toEqual([]);
    expect(findCues('Du kan bidra från första dagen', sv)).toEqual(['^bidra']);
  });

  it('matches phrases word by word, the last word as a prefix', () => {
    expect(findCues('Vi søker deg som liker data', nb)).toEqual(['vi søker']);
    expect(findCues('Nå søker vi deg', nb)).toEqual([]);
    expect(findCues('I rollen du kommer att leda teamet', sv)).toEqual(['du kommer att']);
    expect(findCues('We’re looking for an engineer', en), 'Should treat a curly apostrophe as a straight one').toEqual([
      "we're looking for",
    ]);
  });

  it('ignores case and accents but keeps the Nordic letters apart', () => {
    expect(findCues('STRATEGIEN', nb)).toEqual(['strategi']);
    expect(fold('Idé')).toBe('ide');
    expect(fold('Café Ålesund')).toBe('cafe ålesund');
    expect(fold('Målsättning')).toBe('målsättning');
    expect(findCues('Malen for rapporten', nb), '"mal" is not "mål"').toEqual([]);
    expect(findCues('Strate\u00ADgien', nb), 'Should see through a soft hyphen').toEqual(['strategi']);
  });
});
