// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsSafetyRule } from '../../../core/evidence/safety-rules';
import { fold, words } from '../../../core/evidence/stems';
import { sentenceQuality } from '../../../core/evidence/quality';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes of the twenty-fourth held-out set, moved into tuning. Sentences written for this test, none copied from
 * the fixtures; the rules alone (no learned judge), so the structure is what is tested.
 */


describe('do-better: a figure worse than a commitment or a guarantee the company gave is a shortfall', () => {
  it.each([
    ['en', 'Repairs took 19 days on average, well beyond the 10 days we guarantee tenants.'],
    ['nb', 'Reparasjonene tok i snitt 19 dager, langt over garantien vår på ti dager.'],
    ['sv', 'Reparationerna tog i snitt 19 dagar, långt över vårt åtagande på tio dagar.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });

  it.each([
    ['en', 'Repairs took four days on average, well below the 10 days we guarantee tenants.'],
    ['nb', 'Reparasjonene tok i snitt 4 dager, godt under garantien vår på ti dager.'],
    ['sv', 'Reparationerna tog i snitt 4 dagar, långt under vårt åtagande på tio dagar.'],
  ])('%s: better than the commitment is no gap: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
});

describe('do-better: an own admission of shame ("not proud of") is a shortfall; pride is none', () => {
  it.each([
    ['en', 'We are not proud of how long some families waited for a repair last winter.'],
    ['nb', 'Vi er ikke stolte av at så mange pakker kom fram skadet i fjor.'],
    ['sv', 'Vi är inte stolta över att så många kunder fick vänta på svar i höstas.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });

  it.each([
    ['en', 'We are proud of the twelve apprentices who qualified this year.'],
    ['nb', 'Vi er stolte av lærlingene våre.'],
    ['sv', 'Vi är stolta över våra lärlingar.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
});

describe('do-better: what the company owes others, paid or delivered late or not in time, is a shortfall', () => {
  it.each([
    ['en', 'Last spring we paid two hauliers late because the new invoice system stalled.'],
    ['en', 'We could not deliver the new kitchens on time to four housing associations.'],
    ['nb', 'I fjor betalte vi tre leverandører for sent fordi fakturasystemet stoppet.'],
    ['nb', 'I vinter klarte vi ikke å levere kjøkkenene i tide til fire borettslag.'],
    ['sv', 'I våras betalade vi tre åkerier för sent när fakturasystemet byttes.'],
    ['sv', 'Förra året kunde vi inte leverera köken i tid till fyra bostadsrättsföreningar.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });

  it.each([
    ['en', 'We deliver every order on time and pay our growers within ten days.'],
    ['en', 'Staff on the late shift are paid a supplement of 20 percent.'],
    ['nb', 'Vi leverer hver ordre i tide og betaler bøndene innen ti dager.'],
    ['sv', 'Vi levererar varje order i tid och betalar odlarna inom tio dagar.'],
  ])('%s: done in time, or a late shift, is none: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
});

describe('do-better: a machine that stands idle now because of breakdowns is a shortfall; a routine for one that breaks is none', () => {
  it.each([
    ['en', 'The old press stands idle about four hours a week because of breakdowns.'],
    ['nb', 'Den eldste pressen står stille nesten en dag i måneden på grunn av havarier.'],
    ['sv', 'Pressen i hall två står still nästan en dag i månaden på grund av haverier.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });

  it.each([
    ['en', 'A forklift that breaks down is repaired by our own mechanics the same day.'],
    ['nb', 'En truck som bryter sammen, repareres samme dag av våre egne mekanikere.'],
    ['sv', 'En truck som går sönder lagas samma dag av våra egna mekaniker.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
});

describe('do-better: goods of the company\'s that were rejected or sent back are a shortfall; the company rejecting a supplier\'s is none', () => {
  it.each([
    ['en', 'Three of our shipments to Japan were rejected at the border because the paperwork was wrong.'],
    ['nb', 'To av sendingene våre til Japan ble avvist på grensen fordi papirene var ufullstendige.'],
    ['sv', 'Två av våra sändningar till Japan avvisades vid gränsen eftersom papperen var ofullständiga.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });

  it.each([
    ['en', 'Our buyers rejected two shipments of coffee beans from a new supplier last month.'],
    ['nb', 'Innkjøperne våre avviste to sendinger med kaffebønner som ikke holdt vår standard.'],
    ['sv', 'Våra inköpare avvisade två sändningar med kaffebönor som inte höll vår standard.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
});

describe('department: a unit told by its staff counted — a function named bare, or a definite unit at work "and has" a count', () => {
  it.each([
    ['en', 'Customer Service has 28 advisers in Leeds and answers calls from 90,000 households.'],
    ['en', 'Finance has six people who close the books every month.'],
    ['nb', 'Innkjøp har seks ansatte og handler inn alt fra stål til kontorrekvisita.'],
    ['nb', 'Sagbruket går i to skift og har 30 ansatte.'],
    ['sv', 'Lackeringen ligger i hall tre och har nio målare.'],
    ['sv', 'Kundtjänst har 22 medarbetare i Borås och svarar på frågor om fakturor.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('department');
  });

  it.each([
    ['nb', 'Selskapet driver tre fabrikker og har i dag 240 ansatte.'],
    ['sv', 'Bolaget driver två sågverk och har i dag 190 anställda.'],
    ['en', 'Customer Service opened a new office in Leeds last spring.'],
  ])('%s: the company itself, or a unit without its count, is no unit so told: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('department');
  });
});

describe('values: staff who decide for themselves show a value; those served choosing, or a decision once, do not', () => {
  it.each([
    ['en', 'Our fitters decide for themselves in which order the houses are finished.'],
    ['nb', 'Hos oss bestemmer skiftlagene selv hvilke ordre som kjøres først.'],
    ['sv', 'Montörerna bestämmer själva i vilken ordning husen byggs klart.'],
    ['sv', 'På lagret tar plockarna själva beslut om när de ska ta rast.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('values');
  });

  it.each([
    ['en', 'Customers choose for themselves when the delivery comes.'],
    ['nb', 'Kundene velger selv når de vil ha levering.'],
    ['sv', 'Förra året bestämde montörerna själva hur festen skulle firas.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('values');
  });
});

describe('vision and values: a rule of protective gear or hygiene for whoever is on the site is neither', () => {
  it.each([
    ['en', 'Everyone who enters the packing hall must wear safety shoes and a hairnet.'],
    ['nb', 'Alle besøkende skal bruke hjelm og refleksvest på kaiområdet.'],
    ['sv', 'Alla som går in i mejeriet ska tvätta händerna och bära hårnät.'],
  ])('%s: %s', (lang, sentence) => {
    const prompts = promptsOf(sentence, lang);
    expect(prompts).not.toContain('vision');
    expect(prompts).not.toContain('values');
  });

  it.each([
    ['en', 'Everyone in the office joins at least one site visit a year and wears a helmet like everybody else.'],
    ['nb', 'Alle på kontoret er med på minst én byggeplass i året og bruker hjelm som alle andre.'],
    ['sv', 'Alla på kontoret följer med ut på minst ett bygge om året och bär hjälm som alla andra.'],
  ])('%s: gear worn in passing, with no word of must, is no rule: %s', (_lang, sentence) => {
    expect(tellsSafetyRule(words(fold(sentence)))).toBe(false);
  });
});

describe('quality: a figure\'s groups of thousands are one figure, so prose with large figures is no table', () => {
  it.each([
    ['en', 'By 2029 we aim to sell 250,000 bicycles a year in Europe, up from 180,000 in 2024.'],
    ['nb', 'Innen 2029 skal vi selge 250 000 enheter i året, opp fra 180 000 i 2024.'],
    ['sv', 'Till 2029 ska vi sälja 250 000 enheter om året, upp från 180 000 under 2024.'],
  ])('%s: %s', (lang, sentence) => {
    expect(sentenceQuality(sentence, 'p')).toBe(1);
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });

  it('a row of figures stays data', () => {
    expect(sentenceQuality('Units 2023 2024 2025: 4120 3880 4550 4010.', 'p')).toBeLessThan(1);
  });
});

describe('strategy: what a county body or a state agency aims for is its plan, not the company\'s', () => {
  it.each([
    ['en', 'The national Energy Agency expects 30 new wind farms in the county by 2032.'],
    ['nb', 'Fylkeskommunen har som mål at alle ferjer i fylket skal gå på strøm innen 2030.'],
    ['nb', 'Statsforvalteren vil at kommunene skal halvere matsvinnet innen 2030.'],
    ['sv', 'Länsstyrelsen vill att jordbruket i länet ska halvera sina utsläpp till 2035.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
    expect(promptsOf(sentence, lang, 'news')).not.toContain('strategy');
  });

  it.each([
    ['en', 'Together with the Energy Agency we will build a test centre for hydrogen trucks in 2027.'],
    ['nb', 'Sammen med fylkeskommunen skal vi bygge et nytt verksted for elferjer i 2027.'],
    ['sv', 'Tillsammans med länsstyrelsen ska vi restaurera tolv våtmarker under 2027.'],
  ])('%s: with "we" it is the company\'s own: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });
});
