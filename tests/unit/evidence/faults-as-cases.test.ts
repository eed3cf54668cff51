// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsNorm } from '../../../core/evidence/habits-norms';
import { faultAsCase } from '../../../core/evidence/not-shortfall';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Two kinds of sentence that hold a word of trouble and still tell nothing the company should do better:
 * a fault as a kind of case, handled by a routine or explained on a help page ("Avvik registreres og lukkes
 * …", "Felet beror oftast på …"), and a norm for the people served, said as an opinion or of anyone ("We
 * think a heat pump should …, not sit idle through a power cut"). Shortfalls told next to them still surface.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const shown = (sentence: string, lang: string, id = 'do-better', kind: 'company' | 'news' = 'company'): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Slik jobber vi', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt(id)], { clipKind: kind }).map((h) => h.sentence);
};
const folded = (sentence: string): string[] => words(fold(sentence));

describe('do-better: a fault as a kind of case is a routine or an explanation', () => {
  it.each([
    ['nb', 'Avvik på anlegget og feil i målingene registreres i kvalitetssystemet og lukkes før overlevering.'],
    ['nb', 'Feil i timelistene rettes av avdelingslederen innen fredag.'],
    ['nb', 'Feilen skyldes som regel at kortleseren ikke er koblet til nettet.'],
    ['sv', 'Avvikelser från ritningen dokumenteras i projektverktyget och åtgärdas innan slutbesiktningen.'],
    ['sv', 'Felet beror oftast på att routern har startats om under natten.'],
    ['en', 'Faults reported by drivers are logged in the workshop system and closed before the next shift.'],
    ['en', 'The error usually means that the meter has not been paired with the app.'],
  ])('%s: %s is not shown', (lang, sentence) => {
    expect(faultAsCase(folded(sentence))).toBe(true);
    expect(shown(sentence, lang)).toEqual([]);
  });

  it.each([
    // Told as events: a past, a year, or the fault not first.
    ['nb', 'Feilen ble rettet først tre uker etter at kundene meldte fra.'],
    ['nb', 'Avvikene fra 2025 er fortsatt ikke lukket.'],
    ['sv', 'Felet upptäcktes först efter att fakturorna hade skickats ut.'],
    ['sv', 'Avvikelserna registrerades aldrig i systemet.'],
    ['en', 'Errors were logged but nobody followed them up for a month.'],
    ['en', 'Last winter the depot often ran out of salt, and the faults piled up.'],
    // One fault explained, not a kind of case: "skyldes", "beror på" without "usually"; a fault after "we think".
    ['nb', 'Feilen skyldes en oppdatering av betalingsløsningen.'],
    ['sv', 'Vi tror att felet beror på en uppdatering av kassasystemet.'],
  ])('%s: %s is no case', (_, sentence) => {
    expect(faultAsCase(folded(sentence))).toBe(false);
  });

  it.each([
    ['nb', 'Feilen ble rettet først tre uker etter at kundene meldte fra, og det er for sent.'],
    ['sv', 'Felet upptäcktes först efter att fakturorna hade skickats ut, och det borde vi ha sett tidigare.'],
    ['en', 'Errors were logged but nobody followed them up, and we should have seen the problem sooner.'],
  ])('%s: the shortfall "%s" is still shown', (lang, sentence) => {
    expect(shown(sentence, lang)).toEqual([sentence]);
  });
});

describe('do-better: a norm for the people served is a vision, whatever it says could go wrong', () => {
  it.each([
    ['en', 'We think a heat pump should keep a house warm, not sit idle through a power cut.', 'vision'],
    ['nb', 'Vi mener at ingen pasient skal vente på svar fordi et prøvesvar er forsinket.', 'vision'],
    ['sv', 'Vi tycker att ingen resenär ska behöva stå utan information när ett tåg är försenat.', 'vision'],
  ])('%s: %s is not do-better, and is a vision', (lang, sentence, other) => {
    expect(shown(sentence, lang)).toEqual([]);
    expect(shown(sentence, lang, other)).toEqual([sentence]);
  });

  it.each([
    // An opinion of a wait that was too long is a shortfall, not a norm: it says nothing should be so.
    ['en', 'We think the six-week wait for a reply last spring was too long.'],
    ['nb', 'Vi synes ventetiden på seks uker i fjor vår var for lang.'],
    ['sv', 'Vi tycker att väntetiden på sex veckor i våras var för lång.'],
  ])('%s: %s is still shown', (lang, sentence) => {
    expect(tellsNorm(folded(sentence))).toBe(false);
    expect(shown(sentence, lang)).toEqual([sentence]);
  });
});
