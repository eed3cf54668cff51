// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { jobAdEvidence } from '../../../core/evidence/job-ad';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Purpose said as what should be possible for the people a company serves, plans said as seasons,
 * months and counts, values shown as habits under a "how we do it" heading; in English, Bokmål and
 * Swedish, with the look-alikes that must stay out (an ad's duties, a person's job).
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

type Kind = 'company' | 'news' | 'job-ad';
const para = (text: string, heading = 'Om oss'): TextBlock => ({ tag: 'p', heading, text });
const shown = (blocks: TextBlock[], lang: string, id: string, kind: Kind = 'company') =>
  scoreBlocks(blocks, lang, [prompt(id)], { clipKind: kind }).map((h) => h.sentence);
const shownAlone = (sentence: string, lang: string, id: string, kind: Kind = 'company') => shown([para(sentence)], lang, id, kind);

describe('vision: what should be possible, or spared, for the people served', () => {
  it.each([
    ['en', 'No one should have to take a day off work to get a boiler fixed.'],
    ['en', 'A family in the valley should be able to heat their home without worrying about the bill.'],
    ['en', 'We want the shop to stay the kind of place where every child should feel welcome.'],
    ['en', 'Every patient should get home safely after a day operation.'],
    ['nb', 'En bonde skal kunne bestille reservedeler om kvelden og få dem dagen etter.'],
    ['nb', 'Pendlerne skal slippe å stå i kø for å kjøpe billett.'],
    ['nb', 'Vi vil at hver eldre i bygda skal kunne bo hjemme så lenge de ønsker.'],
    ['nb', 'Barna skal komme trygt fram, uansett vær.'],
    ['sv', 'En småföretagare ska kunna sköta sin bokföring på en kvart i veckan.'],
    ['sv', 'Ingen ska behöva åka mer än en mil till närmaste apotek.'],
    ['sv', 'Vi vill att varje hyresgäst ska känna sig hemma i sitt kvarter.'],
    ['sv', 'Varje fönster vi monterar ska göra huset tryggare för dem som bor där.'],
  ])('%s: "%s" is shown for the vision', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'vision')).toContain(sentence);
  });

  it.each([
    ['en', 'You should be able to lift 20 kilos and work outdoors in all weathers.'],
    ['nb', 'Du skal kunne jobbe selvstendig og ha førerkort klasse B.'],
    ['sv', 'Du ska kunna arbeta självständigt och ha B-körkort.'],
  ])('%s: a requirement in an ad is not the company’s purpose: "%s"', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'vision', 'job-ad')).not.toContain(sentence);
  });
});

describe('vision in an ad: the company saying what it is, when it states no purpose', () => {
  it.each([
    ['en', 'We are a family-run joinery in Hexham with fourteen people and a showroom on Priestpopple.'],
    ['nb', 'Fjordbuss kjører skolebuss og rutebuss i Sunnfjord med 30 busser og 55 sjåfører.'],
    ['sv', 'Vi är ett litet bageri i Ystad som bakar surdegsbröd åt kaféer och butiker längs kusten.'],
  ])('%s: "%s" is shown for the vision', (lang, sentence) => {
    const hits = jobAdEvidence({ description: sentence }, lang, [prompt('vision')]);
    expect(hits.map((h) => h.sentence)).toContain(sentence);
  });
});

describe('strategy: plans as seasons, months, year ends and counts', () => {
  it.each([
    ['en', 'By October 2027 every depot will run on the new routing system.'],
    ['en', 'The firm is due to close its last paper archive by June.'],
    ['en', 'We plan to reach 200 member farms by the end of 2029.'],
    ['en', 'In autumn 2027 we move the workshop to a bigger unit in Carlisle.'],
    ['en', 'We expect to take on twice as many apprentices once the new hall is open.'],
    ['nb', 'Fra høsten 2027 planlegger vi å kjøre alle bestillinger gjennom nettbutikken.'],
    ['nb', 'Vi bygger et nytt kjølelager på Hamar i 2028.'],
    ['nb', 'Våren 2027 flytter vi produksjonen til den nye hallen.'],
    ['nb', 'Med den nye linja regner vi med å produsere dobbelt så mange vinduer.'],
    ['nb', 'Selskapet har søkt om å utvide anlegget med en ny kai.'],
    ['sv', 'Hösten 2027 flyttar vi kontoret till Norrköping.'],
    ['sv', 'Vi köper en ny tryckpress från våren 2028.'],
    ['sv', 'Med det nya lagret räknar vi med att kunna leverera till dubbelt så många kunder.'],
    ['sv', 'Vi ska vara helt fossilfria i slutet av 2029.'],
  ])('%s: "%s" is shown for the strategy', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'strategy')).toContain(sentence);
  });

  it.each([
    ['en', 'Sunita plans the week’s rota and orders the flour.'],
    ['nb', 'Vinteren 2025 kom mange av bussene for sent.'],
    ['sv', 'Hösten 2024 flyttade vi in i de nya lokalerna.'],
  ])('%s: "%s" is not a plan', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'strategy')).not.toContain(sentence);
  });
});

describe('values: habits and practices', () => {
  it.each([
    ['en', 'How we do it', 'Leftover bread goes to the night shelter on Castle Street every evening.'],
    ['nb', 'Slik gjør vi det', 'Brød som blir igjen, går til natthjemmet hver kveld.'],
    ['sv', 'Så gör vi', 'Bröd som blir över går till härbärget varje kväll.'],
  ])('%s: a sentence under "%s" is shown for the values', (lang, heading, sentence) => {
    expect(shown([{ tag: 'h2', text: heading }, para(sentence, heading)], lang, 'values')).toContain(sentence);
  });

  it.each([
    ['en', 'We give every employee two paid days a year to volunteer.'],
    ['nb', 'Hver ansatt får to betalte dager i året til frivillig arbeid.'],
    ['sv', 'Varje medarbetare får två betalda dagar om året till ideellt arbete.'],
    ['en', 'Fruit that is too ripe to sell goes into jam instead of throwing it away.'],
    ['nb', 'Frukt som er for moden til å selges, blir syltetøy i stedet for å kastes.'],
    ['sv', 'Frukt som är för mogen för att säljas blir sylt i stället för att kastas.'],
  ])('%s: "%s" is shown for the values', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'values')).toContain(sentence);
  });
});

describe('why this job: in an ad, a company plan tied to the role, below the duties', () => {
  const ad = (heading: string, duties: string[], plan: string): TextBlock[] => [
    { tag: 'h2', text: 'Om oss' },
    para(plan),
    { tag: 'h2', text: heading },
    ...duties.map((text) => ({ tag: 'li', heading, text })),
  ];

  it.each([
    ['en', 'What you will do', ['Plan the weekly service rounds', 'Order parts and follow up suppliers'], 'We plan to open two more depots by the end of 2028, and this role is how we get there.'],
    ['nb', 'Arbeidsoppgaver', ['Planlegge ukens servicerunder', 'Bestille deler og følge opp leverandører'], 'Innen 2028 skal vi åpne to nye verksteder, og verkstedlederen skal bygge opp det første.'],
    ['sv', 'Arbetsuppgifter', ['Planera veckans servicerundor', 'Beställa delar och följa upp leverantörer'], 'Nästa år öppnar vi en ny verkstad i Borås, och du blir med och bygger upp den.'],
  ])('%s: the plan is shown for why this job, after the duties', (lang, heading, duties, plan) => {
    const found = shown(ad(heading, duties, plan), lang, 'why-this-job', 'job-ad');
    const strategyFirst = scoreBlocks(ad(heading, duties, plan), lang, [prompt('strategy'), prompt('why-this-job')], { clipKind: 'job-ad' })
      .filter((h) => h.promptId === 'why-this-job')
      .map((h) => h.sentence);
    expect(strategyFirst).toContain(plan);
    expect(strategyFirst.indexOf(plan)).toBeGreaterThan(strategyFirst.indexOf(duties[0]!));
    expect(found).not.toContain(plan);
  });

  it('on a company page, a plan is not a reason to want a job', () => {
    const plan = 'We plan to open two more depots by the end of 2028.';
    const hits = scoreBlocks([para(plan)], 'en', [prompt('strategy'), prompt('why-this-job')], { clipKind: 'company' });
    expect(hits.filter((h) => h.promptId === 'why-this-job')).toEqual([]);
  });
});

describe('look-alikes: "mission-critical" is no mission, a strategy game is no plan', () => {
  it.each([
    ['en', 'vision', 'For most of our customers the billing system is mission-critical.'],
    ['en', 'strategy', 'We make turn-based strategy games for phones and tablets.'],
    ['nb', 'strategy', 'Vi lager strategispill for mobil og nettbrett.'],
    ['sv', 'strategy', 'Vi gör strategispel för mobil och surfplatta.'],
  ])('%s %s: "%s"', (lang, id, sentence) => {
    expect(shownAlone(sentence, lang, id)).not.toContain(sentence);
  });
});
