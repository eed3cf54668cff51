// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { rolesBeforeNames } from '../../../core/evidence/people';
import { sentenceQuality } from '../../../core/evidence/quality';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/** Classes of misses seen on pages written apart from the code, each in English, Bokmål and Swedish. */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const para = (text: string, heading = 'Nyheter'): TextBlock => ({ tag: 'p', heading, text });
const shown = (blocks: TextBlock[], lang: string, id: string, kind: 'company' | 'news' = 'news') =>
  scoreBlocks(blocks, lang, [prompt(id)], { clipKind: kind }).map((h) => h.sentence);

describe('do-better: criticism written without a negative word', () => {
  it.each([
    ['en', 'The regulator said the breach could have been avoided with routine checks.'],
    ['en', 'Members told the board plainly that the new fees were not acceptable.'],
    ['en', 'Our rollout of the new ticket machines was not as fast as we promised passengers.'],
    ['nb', 'Det holder ikke å svare kundene etter tre uker, mener forbrukerrådet.'],
    ['nb', 'Brannen i lageret kunne vært unngått, skriver tilsynet i rapporten.'],
    ['nb', 'Vi skulle ha informert beboerne bedre før byggestarten, sier prosjektlederen.'],
    ['nb', 'Brukerne har lenge etterspurt en enklere innlogging i appen.'],
    ['sv', 'Olyckan kunde ha undvikits om rutinerna hade följts, enligt inspektionen.'],
    ['sv', 'Vi borde ha förklarat prishöjningen tydligare för medlemmarna.'],
    ['sv', 'Resenärerna har länge efterfrågat fler avgångar på kvällstid.'],
    ['sv', 'Bolaget medger att utbyggnaden gick för fort.'],
  ])('%s: "%s" is something to do better', (lang, sentence) => {
    expect(shown([para(sentence)], lang, 'do-better')).toContain(sentence);
  });

  it.each([
    ['en', 'Passengers in three towns were left without power for most of Sunday.'],
    ['nb', 'Over tusen husstander var uten strøm i natt etter uværet.'],
    ['sv', 'Hundratals hushåll var utan ström under helgen efter stormen.'],
  ])('%s: an outage is something to do better', (lang, sentence) => {
    expect(shown([para(sentence)], lang, 'do-better')).toContain(sentence);
  });

  it('keeps a weaker complaint beside a risk section’s strong hits (nb)', () => {
    const blocks = [
      { tag: 'h2', text: 'Risiko og utfordringer' },
      para('Den største utfordringen er mangel på fagfolk og økte kostnader.', 'Risiko og utfordringer'),
      { tag: 'h2', text: 'Året som gikk' },
      para('Vi fikk flere klager enn før på ventetiden i kundesenteret.', 'Året som gikk'),
    ];
    expect(shown(blocks, 'nb', 'do-better', 'company')).toContain('Vi fikk flere klager enn før på ventetiden i kundesenteret.');
  });
});

describe('do-better: a statement of values that mentions problems is not a problem', () => {
  it.each([
    ['en', 'We believe clients deserve to hear about problems early, even when the news is bad.'],
    ['nb', 'Vi tror på å si fra om problemer tidlig, også når tallene er dårlige.'],
    ['sv', 'Vi tror att kunden ska få veta om problem tidigt, även när siffrorna är dåliga.'],
  ])('%s: "%s" on a company page', (lang, sentence) => {
    expect(shown([para(sentence, 'Slik jobber vi')], lang, 'do-better', 'company')).toEqual([]);
  });

  it('a quote in the news that starts "Vi tror" still reports a problem (nb)', () => {
    const sentence = 'Vi tror feilen skyldes en programvareoppdatering, og vi beklager problemene.';
    expect(shown([para(sentence)], 'nb', 'do-better', 'news')).toContain(sentence);
  });
});

describe('people: headcount is not a person', () => {
  it.each([
    ['en', 'The company has 240 employees in Leeds and York.'],
    ['nb', 'Selskapet har 240 ansatte i Trondheim og Steinkjer.'],
    ['sv', 'Bolaget har 240 anställda i Umeå och Luleå.'],
  ])('%s: "%s" is not people evidence', (lang, sentence) => {
    expect(shown([para(sentence, 'Om oss')], lang, 'people', 'company')).toEqual([]);
  });

  it.each([
    ['en', 'Meet the team', 'We are thirty engineers and planners in two offices.', 'Ruth Okafor – Head of Planning.'],
    ['nb', 'Møt oss', 'Vi er tretti ingeniører og planleggere på to kontorer.', 'Lars Berge – avdelingsleder.'],
    ['sv', 'Möt oss', 'Vi är trettio ingenjörer och planerare på två kontor.', 'Eva Holm – avdelningschef.'],
  ])('%s: a team page’s introduction under "%s" is not a person, its people are', (lang, heading, intro, person) => {
    const found = shown([{ tag: 'h2', text: heading }, para(intro, heading), para(person, heading)], lang, 'people', 'company');
    expect(found).not.toContain(intro);
    expect(found.join(' ')).toContain(person.split(' – ')[0]);
  });
});

describe('people: the role before the name', () => {
  it.each([
    ['en', 'The plan was presented by hiring manager Tom Reed on Monday.', 'Tom Reed', 'hiring manager'],
    ['en', '"We will fix it," Chief Executive Amara Okafor said.', 'Amara Okafor', 'Chief Executive'],
    ['nb', 'Produksjonssjef Geir Ove Nerland viste oss rundt på anlegget.', 'Geir Ove Nerland', 'Produksjonssjef'],
    ['nb', 'Spørsmål kan rettes til daglig leder Kari Nordmann.', 'Kari Nordmann', 'daglig leder'],
    ['sv', 'Ansvarig är avdelningschef Anna Berg på kontoret i Luleå.', 'Anna Berg', 'avdelningschef'],
    ['sv', 'Frågor besvaras av köksmästare Amir Haddad.', 'Amir Haddad', 'köksmästare'],
  ])('%s: reads "%s" as a person', (lang, sentence, name, role) => {
    expect(rolesBeforeNames(sentence)).toEqual([{ name, role }]);
    expect(shown([para(sentence)], lang, 'people')).toContain(sentence);
  });

  it('does not take the verb "leder" before a company for a role', () => {
    expect(rolesBeforeNames('Hun leder Nordkyst Nett fra kontoret i Harstad.')).toEqual([]);
  });
});

describe('page furniture is not evidence', () => {
  it.each([
    ['en', 'Our Standards: The Thomson Reuters Trust Principles.'],
    ['en', 'Reporting by Jane Doe; Editing by John Roe.'],
    ['en', 'Take our short survey and tell us what you think of the new site.'],
    ['en', 'Sign up for our weekly newsletter on strategy and growth.'],
    ['nb', 'Les også: Slik vil selskapet vokse i nord.'],
    ['nb', 'Ansvarlig redaktør: Kari Nordmann.'],
    ['nb', 'Meld deg på nyhetsbrevet vårt om strategi og vekst.'],
    ['nb', 'Vi bruker informasjonskapsler for å forbedre tjenesten.'],
    ['sv', 'Läs också: Så ska bolaget växa i norr.'],
    ['sv', 'Vad tycker du om vår nya webbplats? Svara på enkäten.'],
    ['sv', 'Foto: Anna Berg.'],
  ])('%s: "%s" scores as furniture', (_lang, sentence) => {
    expect(sentenceQuality(sentence)).toBeLessThan(0.15);
  });
});
