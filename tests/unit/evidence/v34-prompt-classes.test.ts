// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { clipEvidence } from '../../../core/capture/analyse';
import { topEvidence } from '../../../core/evidence';
import type { JobAd } from '../../../core/model';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the thirty-fourth held-out set showed, read on purpose after its one measurement. Sentences written for
 * this test in each language.
 */

describe("the EU's and the state's grid, road and rail bodies' plans are theirs, not the company's", () => {
  test.each([
    ['en', 'The EU plans to invest heavily in cross-border grid links before 2030.'],
    ['en', 'The Swedish grid operator plans to rebuild the main grid in Bergslagen by 2035.'],
    ['sv', 'Svenska kraftnät planerar att bygga om stamnätet i Bergslagen fram till 2035.'],
    ['nb', 'Statnett skal bygge ny kraftlinje til Finnmark innen 2030.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });
  test('a line the EU pays for, that the company builds, is still its plan', () => {
    expect(promptsOf('The EU-funded line we are building opens in 2027.', 'en')).toContain('strategy');
  });
});

describe("a paper asking its interviewee is the paper's words, evidence of nothing", () => {
  test.each([
    ['en', 'We asked her about growth, whales and what went wrong last season.'],
    ['nb', 'Vi spurte henne om veksten og hva som gikk galt i fjor.'],
    ['sv', 'Vi frågade honom om tillväxten och vad som gick fel i fjol.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'news')).toEqual([]);
  });
});

describe('who leads the team and whom the reader reports to: a person to meet, not the department', () => {
  test.each([
    ['en', 'The team is led by Bethan Corlett, our Private Client Manager, who will be your manager.'],
    ['nb', 'Teamet ledes av Kari Brennvik, som er autorisert regnskapsfører og partner i firmaet.'],
    ['sv', 'Du rapporterar till transportchef Emelie Varghed, som ansvarar för teamet sedan 2022.'],
  ] as const)('%s: %s', (lang, sentence) => {
    const prompts = promptsOf(sentence, lang, 'job-ad');
    expect(prompts).not.toContain('department');
    expect(prompts).toContain('people');
  });
});

describe("an ad's long list of duties does not hide the company's direction from 'why this job'", () => {
  const ADS = {
    en: {
      duties: ['Administer a portfolio of family trusts', 'Prepare trustee minutes and resolutions', 'Carry out client due diligence reviews', 'Liaise with lawyers and accountants', 'Check payment instructions'],
      plan: 'In 2027 we are moving every client file to a paperless system, and you will help decide how the team works with it.',
    },
    nb: {
      duties: ['Kjøre lønn for egne kunder', 'Føre reiseregninger og feriepenger', 'Svare kundene på spørsmål om lønn', 'Avstemme lønnskontoer ved hver termin', 'Rapportere a-melding'],
      plan: 'I 2027 flytter vi alle lønnskundene over til et nytt skybasert system, og du blir med i gruppen som legger opp rutinene.',
    },
    sv: {
      duties: ['Planera och boka transporter', 'Följa upp leveranstider per kund', 'Förhandla med åkerier', 'Hantera avvikelser med lagret', 'Rapportera kostnader varje månad'],
      plan: 'Till 2028 ska vi flytta hälften av transporterna mellan Ljungby och Göteborgs hamn från lastbil till järnväg.',
    },
  } as const;
  test.each(['en', 'nb', 'sv'] as const)('%s', (lang) => {
    const { duties, plan } = ADS[lang];
    const blocks = [{ tag: 'h1', text: 'Job' }, ...duties.map((text) => ({ tag: 'li', text, heading: 'Duties' })), { tag: 'p', text: plan }];
    const jobAd = { title: 'Job', locations: [], employmentType: [], requirements: { must: [], nice: [] }, responsibilities: [...duties], sources: {}, description: plan } as unknown as JobAd;
    const hits = clipEvidence(blocks, lang, 'job-ad', jobAd);
    const top = topEvidence([{ clipId: 'ad', url: 'https://example.org/ad', hits }], 'why-this-job', { dismissed: new Set() }, 3).map((h) => h.sentence);
    expect(top).toContain(plan);
    expect(top.filter((s) => (duties as readonly string[]).includes(s))).toHaveLength(2);
  });
});

describe("review mends: what this stop's prompt classes must not take", () => {
  test.each([
    ['en', 'You will report to the CTO and join a team of 12 developers.'],
    ['nb', 'Teamet ledes av Kari Nord og består av åtte utviklere.'],
    ['sv', 'Du rapporterar till driftchefen och ingår i ett team på tolv tekniker.'],
  ] as const)('a leader beside the team counted stays the department: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'job-ad')).toContain('department');
  });
  test.each([
    ['en', 'EU funding will let us double our production capacity by 2027.'],
    ['sv', 'EU:s nya förpackningsregler gör att vi ska byta alla våra förpackningar till 2026.'],
    ['nb', 'Enova støtter prosjektet, og vi skal bygge et nytt biogassanlegg i 2027.'],
  ] as const)("a public body named beside the company's own plan leaves the plan: %s", (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });
  test('asking customers what they need is no interview question', () => {
    expect(promptsOf('We asked them what they needed, and by 2027 we will launch a new platform built around it.', 'en')).toContain('strategy');
  });
  test('a deadline to apply after a colon or a weekday is no plan', () => {
    expect(promptsOf('Production engineer – apply by: 17 January 2027', 'en')).not.toContain('strategy');
    expect(promptsOf('Production engineer – apply by Friday, 17 January 2027', 'en')).not.toContain('strategy');
  });
  test('"no doubt" is no boast', () => {
    expect(promptsOf('There is no doubt the warehouse has been too small for the orders we took on, and customers waited.', 'en')).toContain('do-better');
  });
});
