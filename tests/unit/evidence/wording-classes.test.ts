// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sentenceQuality } from '../../../core/evidence/quality';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Wordings that say what a prompt asks without its obvious words (purpose without "vision",
 * plans without "strategy", admissions without a negative word, units not called "department"),
 * each in English, Bokmål and Swedish, and their look-alikes that must stay out.
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

describe('vision: a purpose stated without "vision" or "mission"', () => {
  it.each([
    ['en', 'We are here to make winter heating affordable for every tenant in the valley.'],
    ['en', 'Our aim is that no farmer in the county has to drive more than an hour for spare parts.'],
    ['en', 'The trust manages the river for the benefit of the towns along it and the people who fish there.'],
    ['nb', 'Vi er til for at flere skal kunne bo hjemme lenger, også når helsen svikter.'],
    ['nb', 'Vi finnes til for at ingen bonde i dalen skal stå uten reservedeler i onnene.'],
    ['nb', 'Stiftelsen skal drive fjellgårdene til beste for bygda og for dem som kommer etter oss.'],
    ['sv', 'Vi finns till för att fler barn i Norrbotten ska lära sig simma innan de fyller tio.'],
    ['sv', 'Föreningen förvaltar skogen till nytta för medlemmarna och för kommande generationer.'],
  ])('%s: "%s" is shown for the vision', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'vision')).toContain(sentence);
  });
});

describe('strategy: a plan written as a doing word with a time ahead', () => {
  it.each([
    ['en', 'Next spring we open a third shop in Halifax and start a repair course for teenagers.'],
    ['en', 'In 2027 we will move all assembly to the new hall in Leeds.'],
    ['en', 'The board expects to pay off the new line during 2028.'],
    ['nb', 'I 2027 tar vi i bruk et nytt lagersystem som skal korte ned plukketiden.'],
    ['nb', 'Til høsten åpner vi et nytt verksted på Hamar.'],
    ['nb', 'Det nye lageret skal stå ferdig før jul.'],
    ['sv', 'Under 2027 inför vi digitala arbetsordrar på alla byggen.'],
    ['sv', 'Vi öppnar ett kontor i Västerås i höst och vill växa med tjugo tekniker de kommande åren.'],
    ['sv', 'Studion planerar att anställa fem grafiker till nästa projekt.'],
  ])('%s: "%s" is shown for the strategy', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'strategy')).toContain(sentence);
  });

  it.each([
    ['en', 'Outlook', 'The board expects the order book to stay full through the winter.'],
    ['en', "Where we're heading", 'We will also start making our own racks in small batches.'],
    ['nb', 'Hvor vi skal', 'Vi vil gjøre det enklere å bestille service på nett.'],
    ['sv', 'Vart vi är på väg', 'Vi vill att fler kunder ska kunna följa sitt ärende i appen.'],
  ])('%s: a sentence under "%s" is shown for the strategy', (lang, heading, sentence) => {
    expect(shown([{ tag: 'h2', text: heading }, para(sentence, heading)], lang, 'strategy')).toContain(sentence);
  });

  it.each([
    ['en', 'We will always call you back the same day.'],
    ['en', 'The company was founded in 2009 by two mechanics.'],
    ['nb', 'Planlegge og følge opp leveranser til kundene'],
    ['nb', 'Logistikkavdelingen planlegger alle leveranser til butikkene.'],
    ['sv', 'Bolaget grundades år 2004 av två snickare i Skövde.'],
    ['sv', 'Du ska planera och följa upp arbetet i projekten.'],
  ])('%s: "%s" is not a plan', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'strategy', 'job-ad')).not.toContain(sentence);
  });
});

describe('values: a "how we work" section in other words', () => {
  it.each([
    ['en', 'The way we work', 'Every job starts with a walk round the site together with the customer.'],
    ['nb', 'Slik arbeider vi', 'Alle nye lærlinger får en fast fadder det første året.'],
    ['nb', 'Hvordan vi jobber', 'Ingen kjører mer enn en time hver vei til et oppdrag.'],
    ['sv', 'Så jobbar vi', 'Alla montörer går en gemensam genomgång innan ett jobb startar.'],
  ])('%s: a sentence under "%s" is shown for the values', (lang, heading, sentence) => {
    expect(shown([{ tag: 'h2', text: heading }, para(sentence, heading)], lang, 'values')).toContain(sentence);
  });
});

describe('do-better: delays, overruns, lawsuits and admissions without a negative word', () => {
  it.each([
    ['en', 'The new depot opened four months later than planned and cost £2 million more than budgeted.'],
    ['en', 'We did not reach the delivery times we promised our customers last year.'],
    ['en', 'The firm had to recall 300 heat pumps after installers reported leaking valves.'],
    ['en', 'A housing association has sued the company over damp in twelve new flats.'],
    ['en', '"One supplier caught us out," the managing director said.'],
    ['en', 'Sick leave rose from 3 to 5 percent among the drivers.'],
    ['en', 'The studio has moved the launch of its next game to 2028.'],
    ['nb', 'Ombyggingen av kaia ble ferdig et halvt år senere enn planlagt og kostet mer enn budsjettert.'],
    ['nb', 'Produsenten måtte kalle tilbake 800 varmepumper etter feil på en ventil.'],
    ['nb', 'Et borettslag har anlagt søksmål mot entreprenøren etter fuktskader.'],
    ['nb', 'Sykefraværet steg til 7 prosent i fjor.'],
    ['nb', 'Kundene måttet vente i tre uker på deler.'],
    ['nb', '– Vi burde sagt fra tidligere, sier daglig leder.'],
    ['sv', 'Tunneln blev klar ett år senare än planerat och blev dyrare än budgeterat när kostnaderna överskred kalkylen.'],
    ['sv', 'En bostadsrättsförening har stämt bolaget över brister i ventilationen.'],
    ['sv', 'Många hyresgäster skrev att de inte visste vem de skulle ringa.'],
    ['sv', 'Studion skjuter upp lanseringen till våren 2028.'],
    ['sv', 'Sjukfrånvaron ökade bland montörerna under hösten.'],
    ['en', 'We have not cut waiting times as fast as we promised tenants.'],
    ['en', 'We have listened, and we are adding a second repairs team next year.'],
    ['nb', 'Vi har ikke kommet så langt som vi ønsket med nye ladepunkter.'],
    ['nb', 'Vi har lyttet, og innfører nå faste kontaktpersoner for alle kunder.'],
    ['sv', 'Vi har inte kortat kötiderna så snabbt som vi lovade.'],
    ['sv', 'Vi har lyssnat och inför nu en fast kontaktperson för varje kund.'],
  ])('%s: "%s" is something to do better', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'do-better', 'news')).toContain(sentence);
  });

  it.each([
    ['en', 'Sick leave is low and most of our mechanics have been here for over ten years.'],
    ['nb', 'Sykefraværet er lavt, og de fleste har jobbet her i over ti år.'],
    ['sv', 'Sjukfrånvaron är låg och de flesta har varit här i över tio år.'],
    ['en', 'We answer every call as fast as we can, day and night.'],
    ['nb', 'Vi svarer så raskt som vi kan, hele døgnet.'],
    ['sv', 'Vi svarar så snabbt som vi kan, dygnet runt.'],
  ])('%s: a good figure or a promise of speed is not something to do better: "%s"', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'do-better')).not.toContain(sentence);
  });
});

describe('department: units with other names, named mid-sentence', () => {
  it.each([
    ['en', "You'll join the Payments squad, four engineers and a designer who own checkout."],
    ['en', 'Two install crews fit heat pumps across West Yorkshire.'],
    ['en', 'Network Services is the part of the group that keeps the fibre running.'],
    ['nb', 'Verkstedet på Hamar har ni mekanikere og en servicebil.'],
    ['nb', 'Du blir en del av et arbeidslag med fem lærere på mellomtrinnet.'],
    ['sv', 'Du kommer att undervisa i ett arbetslag med sex lärare på samma korridor.'],
    ['sv', 'Verkstaden i Borås tar emot alla reparationer av truckar.'],
  ])('%s: "%s" is shown for the department', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'department')).toContain(sentence);
  });

  it.each([
    ['en', 'We run workshops for schools and kindergartens every spring.'],
    ['nb', 'Du skal holde verksteder for barnehager og skoler.'],
    ['sv', 'Vi håller verkstäder för skolklasser varje vår.'],
  ])('%s: workshops as events are not a unit: "%s"', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'department', 'job-ad')).not.toContain(sentence);
  });
});

describe('a section heading reaches the cards below its sub-headings', () => {
  const cards = (section: string, card: string, text: string): TextBlock[] => [
    { tag: 'h2', text: section },
    { tag: 'h3', text: card },
    { tag: 'p', heading: card, text },
  ];

  it.each([
    ['en', 'department', 'Our teams', 'Fabrication', 'Twelve welders build stainless tanks in the hall on Parkway Close.'],
    ['nb', 'department', 'Våre team', 'Sveiseriet', 'Tolv sveisere bygger tanker i rustfritt stål i hallen på Raufoss.'],
    ['sv', 'department', 'Våra team', 'Svetsen', 'Tolv svetsare bygger tankar i rostfritt stål i hallen i Borås.'],
    ['en', 'values', 'Our values', 'Honesty', 'We tell customers the price before we start, and stick to it.'],
    ['nb', 'values', 'Våre verdier', 'Ærlighet', 'Kunden får prisen før vi begynner, og den holder vi.'],
    ['sv', 'values', 'Våra värderingar', 'Ärlighet', 'Kunden får priset innan vi börjar, och det håller vi.'],
  ])('%s %s: "%s" › "%s" › a sentence is shown', (lang, id, section, card, text) => {
    expect(shown(cards(section, card, text), lang, id)).toContain(text);
  });

  it('does not reach a sentence under a sibling section', () => {
    const blocks: TextBlock[] = [
      { tag: 'h2', text: 'Our teams' },
      { tag: 'h3', text: 'Fabrication' },
      { tag: 'p', heading: 'Fabrication', text: 'Twelve welders build stainless tanks in the hall on Parkway Close.' },
      { tag: 'h2', text: 'Projects' },
      { tag: 'h3', text: 'Esholt works' },
      { tag: 'p', heading: 'Esholt works', text: 'Three filtration skids went into service at the treatment works in March.' },
    ];
    expect(shown(blocks, 'en', 'department')).not.toContain('Three filtration skids went into service at the treatment works in March.');
  });
});

describe('department: who a unit is made of, not who to call', () => {
  it.each([
    ['en', 'The night crew consists of six nurses and a doctor on call.'],
    ['nb', 'Nattpatruljen består av seks sykepleiere og en lege i beredskap.'],
    ['sv', 'Nattpatrullen består av sex undersköterskor och en läkare i beredskap.'],
  ])('%s: "%s" is shown for the department', (lang, sentence) => {
    expect(shownAlone(sentence, lang, 'department')).toContain(sentence);
  });

  it.each([
    ['en', 'The board consists of chair Anne Lowe, Tom Reid and Sara Khan.'],
    ['nb', 'Styret består av styreleder Kari Lie, Ola Dahl og Siri Berg.'],
    ['sv', 'Styrelsen består av ordförande Anna Lund, Per Ek och Sara Holm.'],
    ['en', 'Unit manager Petra Lund, 0114 496 0732'],
    ['nb', 'Enhetsleder Kari Nilsen, 33 44 90 10'],
    ['sv', 'Enhetschef Petra Lundqvist, 019-20 55 31'],
  ])('%s: "%s" is not the unit you would join', (lang, sentence) => {
    expect(shown([{ tag: 'li', heading: 'Avdelingen', text: sentence }], lang, 'department', 'job-ad')).not.toContain(sentence);
  });
});

describe('who to call about a department is not the department', () => {
  it.each([
    ['en', 'Contact the department', 'Night shift lead Tom Hayes answers questions about collection times after 3 pm.'],
    ['nb', 'Kontakt avdelingen', 'Skiftleder natt Ola Hansen svarer på spørsmål om hentetider etter klokken 22.'],
    ['sv', 'Kontakta avdelningen', 'Skiftchef Anna Berg svarar på frågor om hämtningstider efter klockan 15.'],
  ])('%s: a contact line under "%s" is not shown for the department', (lang, heading, sentence) => {
    const blocks: TextBlock[] = [{ tag: 'h2', text: heading }, para(sentence, heading)];
    expect(shown(blocks, lang, 'department')).not.toContain(sentence);
  });
});

describe('a link to download the full document is page furniture', () => {
  it.each([
    ['en', 'Download the full report (PDF, 4.2 MB)'],
    ['nb', 'Last ned hele årsrapporten (PDF, 3 MB)'],
    ['sv', 'Ladda ner årsredovisningen som pdf här'],
  ])('%s: "%s"', (_lang, sentence) => {
    expect(sentenceQuality(sentence)).toBeLessThan(0.15);
  });

  it('a sentence that mentions a report is not', () => {
    expect(sentenceQuality('The annual report shows that revenue grew by a fifth in the north.')).toBeGreaterThan(0.5);
  });
});

describe('department: a section on the organisation names its units', () => {
  it.each([
    ['en', 'Our organisation', 'Central Dispatch in Leeds plans every route for the four depots.'],
    ['nb', 'Vår organisasjon', 'Sentralplanleggingen i Oslo legger ruter for alle de fire lagrene.'],
    ['sv', 'Vår organisation', 'Centrala planeringen i Göteborg lägger rutter för alla fyra lagren.'],
  ])('%s: a sentence under "%s" is shown for the department', (lang, heading, sentence) => {
    expect(shown([{ tag: 'h2', text: heading }, para(sentence, heading)], lang, 'department')).toContain(sentence);
  });
});

describe('department: on a company page, a unit named as the subject beside a unit found by its cue', () => {
  const section = (heading: string, cued: string, named: string): TextBlock[] => [{ tag: 'h2', text: heading }, para(cued, heading), para(named, heading)];

  it.each([
    ['en', 'Operations', 'The maintenance department keeps the nine stations running day and night.', 'Energy Trading in Voss sells the power and fixes the price for the owners.'],
    ['nb', 'Virksomheten', 'Driftsavdelingen holder de ni stasjonene i gang døgnet rundt.', 'Energihandel på Voss selger kraften og sikrer prisen for eierne.'],
    ['sv', 'Verksamheten', 'Driftavdelningen håller de nio stationerna igång dygnet runt.', 'Bokbinderiet gör allt från limbundna kataloger till trådhäftade årsrapporter.'],
  ])('%s: "%s" shows the named unit', (lang, heading, cued, named) => {
    const found = shown(section(heading, cued, named), lang, 'department');
    expect(found).toContain(cued);
    expect(found).toContain(named);
  });

  it.each([
    ['en', 'History', 'Energy Trading in Voss sells the power and fixes the price for the owners.'],
    ['nb', 'Historie', 'Energihandel på Voss selger kraften og sikrer prisen for eierne.'],
    ['sv', 'Historia', 'Bokbinderiet gör allt från limbundna kataloger till trådhäftade årsrapporter.'],
  ])('%s: without a unit in the section, a named subject is not shown', (lang, heading, named) => {
    expect(shown([{ tag: 'h2', text: heading }, para(named, heading)], lang, 'department')).not.toContain(named);
  });

  it('in a job ad, the employer opening a sentence is not a unit', () => {
    const blocks = section('Om oss', 'Du blir en del av driftsavdelingen, som har tolv teknikere.', 'Fjellkraft AS er en av Nord-Norges største kraftprodusenter med 120 ansatte.');
    expect(shown(blocks, 'nb', 'department', 'job-ad')).not.toContain('Fjellkraft AS er en av Nord-Norges største kraftprodusenter med 120 ansatte.');
  });
});
