// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Something to do better, told as plain events and figures (a target reached in part, a charge taken
 * twice, people who found out late, a finding, machines standing idle, a hedged admission), in English,
 * Bokmål and Swedish; and what looks like a problem but is not (a routine for when things fail, solving
 * problems as a trade, learning from mistakes as a value, a support line).
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

type Kind = 'company' | 'news';
const shownAlone = (sentence: string, lang: string, kind: Kind = 'company'): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Om oss', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('do-better')], { clipKind: kind }).map((h) => h.sentence);
};

describe('do-better: shortfalls told as events and figures, without a negative word', () => {
  it.each([
    ['en', 'We got to 64 per cent of the recycled content we aimed for.'],
    ['en', 'The new press took longer to reach full speed than the maker promised.'],
    ['en', 'We lost three days of production while the cooling plant was rebuilt.'],
    ['en', 'Around 4,000 members were charged twice for their March subscription.'],
    ['en', 'Most of the households affected first heard about it from their bank.'],
    ['en', 'Many passengers only found out at the platform that the train was cancelled.'],
    ['en', 'The supplier swapped the sealant without telling us.'],
    ['en', 'The inspection found two fire doors wedged open in the warehouse.'],
    ['en', 'We should probably have asked the residents before the planning application went in.'],
    ['en', 'We have nothing against the quarry, but the lorries start at five.'],
    ['en', 'Two of the new ferries were out of service for most of the summer.'],
    ['nb', 'Vi kom til 58 prosent av det vi hadde satt oss som mål.'],
    ['nb', 'Leveransene kom i snitt fire dager senere enn avtalt.'],
    ['nb', 'Vi mistet to uker med produksjon da kjølerommet måtte bygges om.'],
    ['nb', 'Rundt 2 000 abonnenter ble trukket to ganger for oktober.'],
    ['nb', 'Mange av de berørte kundene fikk først vite om feilen fra banken sin.'],
    ['nb', 'Leverandøren byttet lim uten å si fra til oss.'],
    ['nb', 'Gjennomgangen viste at tre av fem skap manglet merking.'],
    ['nb', 'Vi skulle nok ha snakket med beboerne før vi søkte.'],
    ['nb', 'Vi har ikke noe imot verftet, men vi vil ha ro om natta.'],
    ['nb', 'Hver femte ferge kom mer enn et kvarter etter rutetid i januar.'],
    ['nb', 'I kundeundersøkelsen svarte bare en tredel at de fikk svar samme dag.'],
    ['nb', 'Sykefraværet på lageret var 9 prosent, mens resten av bedriften lå på 4.'],
    ['sv', 'Vi kom till 47 procent av det vi hade föresatt oss.'],
    ['sv', 'Maskinen blev klar tre veckor senare än utlovat.'],
    ['sv', 'Vi förlorade två dagars produktion när ugnen byttes.'],
    ['sv', 'Omkring 1 500 kunder har fått beloppet dragna två gånger.'],
    ['sv', 'I maj drog vi tillbaka ett parti barnstolar efter att en förälder hört av sig.'],
    ['sv', 'Granskningen visade att ritningarna ändrats utan att meddela montörerna.'],
    ['sv', 'Vi borde nog ha pratat med grannarna innan bygglovet söktes.'],
    ['sv', 'Det håller inte i längden att hyra tält för lagret.'],
    ['sv', 'Vi har kört pallar fram och tillbaka mellan två lager i ett år.'],
  ])('%s: "%s" is something to do better', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'news')).toContain(sentence);
  });
});

describe('do-better: what looks like a problem but is not', () => {
  it.each([
    ['en', 'When a delivery goes missing, the driver who took it calls the customer the same evening.'],
    ['en', 'If something breaks after we leave, we come back for free within a year.'],
    ['en', 'Our app solves problems that landlords used to handle with spreadsheets.'],
    ['en', 'We are looking for problem solvers who like working outdoors.'],
    ['en', 'We learn from our mistakes and share them at every Friday meeting.'],
    ['en', 'Having problems with your meter? Contact our support team on weekdays.'],
    ['nb', 'Når en levering blir borte, ringer sjåføren kunden samme kveld.'],
    ['nb', 'Hvis noe går i stykker etter at vi har dratt, kommer vi tilbake gratis.'],
    ['nb', 'Vi søker problemløsere som liker å jobbe ute.'],
    ['nb', 'Programmet løser problemer som regnskapsførere før brukte regneark til.'],
    ['nb', 'Vi lærer av feilene våre og deler dem på fredagsmøtet.'],
    ['nb', 'Har du problemer med måleren? Kontakt kundeservice på hverdager.'],
    ['sv', 'När en leverans kommer bort ringer chauffören kunden samma kväll.'],
    ['sv', 'Om något går sönder efter att vi åkt kommer vi tillbaka utan kostnad.'],
    ['sv', 'Vi söker problemlösare som gillar att jobba utomhus.'],
    ['sv', 'Vi lär oss av våra misstag och går igenom dem varje fredag.'],
    ['sv', 'Har du problem med mätaren? Kontakta kundtjänst på vardagar.'],
  ])('%s: "%s" is not something to do better', (lang, sentence) => {
    const shown = shownAlone(sentence, lang);
    for (const part of sentence.split(/(?<=\?)\s/)) expect(shown).not.toContain(part);
  });
});

describe('do-better: a dated event is no routine, however it opens', () => {
  it.each([
    ['en', 'When a storm hit in March, 2,000 homes were without power for two days.'],
    ['nb', 'Når kundene må vente tre uker på en montør, er ventetiden for lang.'],
    ['nb', 'Når en storm tok strømnettet i fjor, var 2 000 hjem uten strøm i to døgn.'],
    ['sv', 'När en storm slog ut elnätet i mars var 2 000 hushåll utan ström i två dagar.'],
  ])('%s: "%s" is something to do better', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toContain(sentence);
  });
});

describe('do-better: a routine told with "goes wrong" or "may" is still a routine, not a dated event', () => {
  it.each([
    ['nb', 'Når noe går galt og det blir feil på en faktura, ringer vi kunden samme dag.'],
    ['sv', 'När något går fel på ett bygge ringer projektledaren kunden samma dag.'],
    ['en', 'If a delivery has a fault, we may send a driver back the same afternoon.'],
  ])('%s: "%s" is not something to do better', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).not.toContain(sentence);
  });
});
