// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { jobAdEvidence } from '../../../core/evidence/job-ad';

const jobAd = {
  requirements: {
    must: ['Minst fem års erfaring med TypeScript', 'Gode kommunikasjonsevner'],
    nice: ['Erfaring med Azure'],
  },
  responsibilities: ['Utvikle fagsystemer for drift av strømnettet', 'Være mentor for yngre utviklere'],
  description:
    'Vi skal være Vestlandets mest pålitelige nettselskap. Vi har kontorer i Bergen og Førde.\n\n' +
    'Fram mot 2030 investerer vi 6 milliarder kroner i et smartere nett.',
};

describe('jobAdEvidence', () => {
  const hits = jobAdEvidence(jobAd, 'nb');
  const sentences = (promptId: string): string[] => hits.filter((h) => h.promptId === promptId).map((h) => h.sentence);

  it('feeds requirements to key-qualities, must before nice', () => {
    expect(sentences('key-qualities')).toEqual([
      'Minst fem års erfaring med TypeScript',
      'Gode kommunikasjonsevner',
      'Erfaring med Azure',
    ]);
    const nice = hits.find((h) => h.sentence === 'Erfaring med Azure');
    expect(nice?.blockIndex, 'Should count nice after must').toBe(2);
  });

  it('feeds responsibilities to why-this-job and contribute', () => {
    expect(sentences('why-this-job')).toEqual(jobAd.responsibilities);
    expect(sentences('contribute')).toEqual(jobAd.responsibilities);
  });

  it('scores the description for vision and strategy', () => {
    expect(sentences('vision')).toEqual(['Vi skal være Vestlandets mest pålitelige nettselskap.']);
    expect(sentences('strategy')).toEqual(['Fram mot 2030 investerer vi 6 milliarder kroner i et smartere nett.']);
    expect(hits.find((h) => h.promptId === 'strategy')?.blockIndex, 'Should count paragraphs').toBe(1);
  });

  it('ranks listed items above sentences found by cues', () => {
    const listed = hits.find((h) => h.promptId === 'key-qualities');
    const scored = hits.find((h) => h.promptId === 'strategy');
    expect(listed && scored && listed.score > scored.score).toBe(true);
  });

  it('copes with a partial ad and keeps to the limit', () => {
    expect(jobAdEvidence({})).toEqual([]);
    const many = Array.from({ length: 9 }, (_, i) => `Krav nummer ${i + 1}`);
    expect(jobAdEvidence({ requirements: { must: many, nice: [] } }, 'nb', undefined, 5)).toHaveLength(5);
    expect(jobAdEvidence({ responsibilities: ['  ', 'Lede teamet'] }).map((h) => h.sentence)).toEqual(['Lede teamet', 'Lede teamet']);
  });
});

describe('jobAdEvidence: the employer’s own statement of purpose is vision evidence', () => {
  it.each([
    ['en', 'Brightline Tides', 'Brightline Tides builds tide and wave forecasts that keep ferry operators on schedule.', 'Brightline Tides has 40 staff in Hull.'],
    ['nb', 'Fjordvarme AS', 'Fjordvarme skal gi byene langs fjorden fornybar varme til en fornuftig pris.', 'Fjordvarme har 40 ansatte i Molde.'],
    ['sv', 'Norrvärme AB', 'Norrvärme hjälper kommunerna i norr att värma sina hus utan fossila bränslen.', 'Norrvärme har 40 anställda i Luleå.'],
  ])('%s: "%s"', (lang, employer, purpose, size) => {
    const hits = jobAdEvidence({ hiringOrganization: { name: employer }, description: `${size} ${purpose}\n\nVi søker deg.` }, lang);
    const vision = hits.filter((h) => h.promptId === 'vision').map((h) => h.sentence);
    expect(vision).toContain(purpose);
    expect(vision).not.toContain(size);
  });
});

describe('jobAdEvidence: what the employer does stands for its purpose when the ad names it only in passing', () => {
  const visionOf = (description: string, lang: string, employer?: string) =>
    jobAdEvidence({ ...(employer ? { hiringOrganization: { name: employer } } : {}), description }, lang)
      .filter((h) => h.promptId === 'vision')
      .map((h) => h.sentence);

  it.each([
    ['en', 'Harbour Lane Bakery runs four bakeries and a café along the Tyne, baking everything overnight.', undefined],
    ['nb', 'Fjellheimen viser hvordan folk i fjellbygdene levde og arbeidet før krigen.', 'Stiftelsen Fjellmuseene'],
    ['nb', 'Vestvind Kraft produserer fornybar kraft fra sju kraftverk i Sogn og har 40 ansatte.', 'bli med og bygg framtidas kraft'],
    ['sv', 'Solrosen är ett vård- och omsorgsboende i Växjö med 36 lägenheter på tre våningar.', 'Omsorgshuset Solrosen AB'],
    ['sv', 'Norrkustens utbildningsförbund driver två gymnasieskolor och vuxenutbildningen i Piteå.', undefined],
  ])('%s: "%s" is shown for the vision', (lang, sentence, employer) => {
    expect(visionOf(`Sista dag 1 mars\n\n${sentence}\n\nDu blir en del av ett lag på åtta.`, lang, employer)).toContain(sentence);
  });

  it.each([
    ['en', 'You will be part of a team of eight that runs the night shift in the warehouse.'],
    ['nb', 'Stillingen er en fast stilling på 100 prosent med oppstart etter avtale.'],
    ['sv', 'Du är en lagspelare som driver dina egna projekt från idé till leverans.'],
  ])('%s: "%s" is about the job, not the company', (lang, sentence) => {
    expect(visionOf(`${sentence}\n\nMore text follows here.`, lang)).not.toContain(sentence);
  });

  it.each([
    ['en', 'We want our tenants to live safely and warmly at a fair rent.', 'Northgate Homes is the housing company of Carlisle with 3,000 flats and 40 staff.'],
    ['nb', 'Vi vil at alle innbyggere skal ha rent vann i springen, også om tjue år.', 'Fjordvann er et kommunalt selskap med 60 ansatte og tre renseanlegg.'],
    ['sv', 'Vi vill att våra hyresgäster ska bo tryggt och med låg energiförbrukning.', 'Kustbo är det kommunala bostadsbolaget i Piteå med 4 800 lägenheter.'],
  ])('%s: an ad that states its purpose shows that, not what the company is', (lang, purpose, description) => {
    const vision = visionOf(`${description}\n\n${purpose}`, lang);
    expect(vision).toContain(purpose);
    expect(vision).not.toContain(description);
  });
});
