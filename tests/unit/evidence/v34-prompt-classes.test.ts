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
