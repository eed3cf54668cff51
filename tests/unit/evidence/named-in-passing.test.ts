// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { namesByRelation, signatureLine } from '../../../core/evidence/people';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * People and units named in passing: a person put in charge of or behind something ("under Malin
 * Rask", "owned by …", "Prata med …"), a signature or board line, a shift or group as a unit; and what
 * must stay out (a licence "under a Creative Commons …", a job title as the ad's heading, a sentence
 * opening with a count, a target group); in English, Bokmål and Swedish.
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

describe('people: a person put in charge of, or behind, something, without a title', () => {
  it.each([
    ['en', 'Invoicing is handled by four accountants under Priya Shah, who also runs the payroll.', 'Priya Shah'],
    ['en', 'The shop is owned by Tom Reed and Lucy Hart, who opened it in a former bank in 2009.', 'Tom Reed'],
    ['en', 'Questions? Talk to Sam Whitley on 0161 496 0321.', 'Sam Whitley'],
    ['nb', 'Fakturaene sendes av fire regnskapsførere under Kari Holm, som også har lønna.', 'Kari Holm'],
    ['nb', 'Bakeriet eies av Anne Lie og Ola Berg, som startet det i en gammel bank i 2009.', 'Anne Lie'],
    ['nb', 'Lurer du på noe? Snakk med Jonas Eide på 41 22 33 44.', 'Jonas Eide'],
    ['sv', 'Faktureringen sköts av fyra ekonomer under Sara Lind, som också har hand om lönerna.', 'Sara Lind'],
    ['sv', 'Butiken startades 2011 av bröderna Ali och Omar Haddad i en gammal bank.', 'Omar Haddad'],
    ['sv', 'Sedan 2020 leds vi av Johan Ek, som tog över efter sin far.', 'Johan Ek'],
    ['sv', 'Vill du veta mer? Prata med Lina Berg på 031-12 34 56.', 'Lina Berg'],
  ])('%s: "%s" names a person for the people prompt', (lang, text, name) => {
    const sentence = text.split(/(?<=\?)\s/).pop()!;
    expect(namesByRelation(sentence).join(' ')).toContain(name);
    expect(shownAlone(text, lang, 'people', 'job-ad')).toContain(sentence);
  });

  it.each([
    ['en', 'Except where noted, content on this site is licensed under a Creative Commons Attribution licence.'],
    ['nb', 'Under Arendalsuka møter du oss på standen ved kaia.'],
    ['sv', 'Under året flyttade vi lagret till Jönköping.'],
    ['en', 'Contact Customer Services on 0800 123 456 for a new meter.'],
    ['nb', 'Kontakt Kundeservice Bergen hvis måleren er ødelagt.'],
    ['sv', 'Kontakta Kundtjänst Väst om mätaren har gått sönder.'],
  ])('%s: "%s" names nobody', (_lang, sentence) => {
    expect(namesByRelation(sentence)).toEqual([]);
  });
});

describe('people: a signature or board line, with its separators', () => {
  it.each([
    ['en', 'Board', 'Leeds, 12 March 2026 · Anne Lowe (Chair) · Tom Reid · Sara Khan · Ian Moss (Managing Director)'],
    ['nb', 'Styret', 'Bergen, 24. mars 2026 · Kari Lie (styreleder) · Ola Dahl · Siri Berg · Per Aas (daglig leder)'],
    ['sv', 'Styrelsen', 'Anna Lund, ordförande · Per Ek · Sara Holm · Eva Nord, verkställande direktör'],
  ])('%s: the line under "%s" is shown for the people, and for nothing else', (lang, heading, line) => {
    expect(signatureLine(line)).toBe(true);
    const blocks: TextBlock[] = [{ tag: 'h2', text: heading }, para(line, heading)];
    expect(shown(blocks, lang, 'people')).toContain(line);
    expect(shown(blocks, lang, 'department')).not.toContain(line);
  });

  it('a menu of names without a role is no signature', () => {
    expect(signatureLine('Pasties · Saffron Buns · Stockists')).toBe(false);
  });
});

describe('department: shifts and groups as units, named mid-sentence', () => {
  it.each([
    ['en', 'Billing questions go to a small Finance group under Helen Moss, which closes the books each month.'],
    ['en', 'Most orders are packed by the night shift, which starts at ten.'],
    ['nb', 'Om sommeren tar vedlikeholdsgruppa seg av alle heisene i de tre byggene.'],
    ['nb', 'På kvelden kjører kveldsskiftet de store ordrene til butikkene.'],
    ['nb', 'Pakkeriet går i to skiftlag fra seks om morgenen.'],
    ['sv', 'På dagtid tar mottagningsgruppen emot alla returer från butikerna.'],
    ['sv', 'Sent på kvällen packar nattskiftet ordrarna till Norge.'],
  ])('%s: "%s" is shown for the department', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'department')).toContain(sentence);
  });

  it.each([
    ['nb', 'Målgruppen vår er småbedrifter med færre enn ti ansatte.'],
    ['sv', 'Vår målgrupp är småföretag med färre än tio anställda.'],
    ['en', 'The group reported record sales in all four countries.'],
  ])('%s: "%s" is no unit', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'department')).not.toContain(sentence);
  });

  it.each([
    ['en', 'Workshop Manager', 'We service forklifts for farms and builders across the county.'],
    ['nb', 'Verkstedleder', 'Vi kjører skolebuss og rutebuss i hele dalen.'],
    ['sv', 'Teamledare', 'Vi levererar kaffe till kontor i hela Västsverige.'],
  ])('%s: a job title as the ad’s heading ("%s") does not make its text a unit', (lang, title, sentence) => {
    expect(shown([{ tag: 'h1', text: title }, para(sentence, title)], lang, 'department', 'job-ad')).not.toContain(sentence);
  });

  it.each([
    ['en', 'Two customers sent back their orders in May after the labels came off.'],
    ['nb', 'Tre kunder sendte varene tilbake i mai fordi etikettene falt av.'],
    ['sv', 'Två kunder skickade tillbaka varorna i maj eftersom etiketterna lossnade.'],
  ])('%s: a sentence opening with a count names no unit: "%s"', (lang, sentence) => {
    const blocks: TextBlock[] = [{ tag: 'h2', text: 'Kvalitet' }, para('Kvalitetsavdelingen har fire ansatte.', 'Kvalitet'), para(sentence, 'Kvalitet')];
    expect(shown(blocks, lang, 'department')).not.toContain(sentence);
  });
});

describe('people: a role asked for as experience, or counted as a share, is nobody', () => {
  it.each([
    ['en', 'Experience as a site manager or foreman on larger builds'],
    ['nb', 'Erfaring som arbeidsleder eller formann fra større bygg'],
    ['sv', 'Erfarenhet som arbetsledare eller förman från större byggen'],
    ['en', 'The share of women among our managers rose from 30 to 38 per cent.'],
    ['nb', 'Andelen kvinnelige ledere økte fra 30 til 38 prosent.'],
    ['sv', 'Andelen kvinnliga chefer ökade från 30 till 38 procent.'],
  ])('%s: "%s"', (lang, sentence) => {
    expect(shown([{ tag: 'li', heading: 'Om oss', text: sentence }], lang, 'people', 'job-ad')).not.toContain(sentence);
  });
});

describe('department: a sentence opening with a time or the board names no unit', () => {
  it.each([
    ['en', 'By 2028 all the ovens will run on electricity from our own panels.'],
    ['nb', 'Innen 2028 skal alle ovnene gå på strøm fra egne solceller.'],
    ['sv', 'Till 2028 ska alla ugnar drivas med el från egna solceller.'],
    ['nb', 'Styret mener at ledelsen har fulgt opp sykefraværet godt.'],
  ])('%s: "%s"', (lang, sentence) => {
    const blocks: TextBlock[] = [{ tag: 'h2', text: 'Drift' }, para('Driftsavdelingen har tolv ansatte.', 'Drift'), para(sentence, 'Drift')];
    expect(shown(blocks, lang, 'department')).not.toContain(sentence);
  });
});

describe('people: a nurse named with the role before the name', () => {
  it.each([
    ['sv', 'Nattsjuksköterska Ahmed Yusuf, 019-20 55 40'],
    ['sv', 'Frågor besvaras av undersköterska Maja Lind.'],
  ])('%s: "%s" is shown for the people', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'people', 'job-ad')).toContain(sentence);
  });
});
