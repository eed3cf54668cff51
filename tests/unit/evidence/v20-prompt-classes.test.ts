// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { activeModel, useEvidenceModel } from '../../../core/evidence/model/judge';
import { inlinePerson } from '../../../core/evidence/people';
import { scoreBlocks } from '../../../core/evidence/score';

/**
 * Prompt classes the twentieth held-out set showed (then moved into tuning), in English, Norwegian and Swedish: a step
 * open after a time served ("After five years you can lead …"); a practice kept among colleagues ("each other's work
 * every Friday", "hverandre", "varandras"); a unit named by a compound's unit word and its own name, or by "of" and its
 * head count ("Fagteam grovfôr har fem rådgivere", "Our office of eight"); a distributor's plan is not the company's; too
 * few hands owned, a budget blown and a wait that reached a figure are shortfalls; a rule kept by refusing ("we never
 * send …", "vi sier nei til …") is a value; a role before the name on a short line ("Kontakt: rektor Annika …") is a person;
 * a plan may be dated by a span of years, the end of a time or a season with its year; an opinion given as the reason
 * ("fordi vi mener at …") is a vision.
 * Sentences written for this test; the rules alone (no learned judge), so the structure is what is tested.
 */

function promptsOf(sentence: string, lang: string): string[] {
  const shipped = activeModel();
  useEvidenceModel(undefined);
  try {
    return scoreBlocks([{ tag: 'p', text: sentence }], lang, undefined, { clipKind: 'company' }).map((h) => h.promptId);
  } finally {
    useEvidenceModel(shipped);
  }
}

describe('career goals: a step open after a time served', () => {
  it.each([
    ['en', 'After five years you can lead your own projects, and the partner track opens after eight.'],
    ['nb', 'Rådgivere som ønsker det kan bygge seg opp til fagleder for et eget fagteam etter tre til fem år.'],
    ['sv', 'Hos oss kan du efter några år söka en förstelärartjänst i matematik.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('career-goals');
  });

  it.each([
    ['en', 'After two years the plant can take more waste.'],
    ['nb', 'Etter tre år kan vi doble produksjonen på anlegget.'],
    ['sv', 'Efter två år kan hallen byggas ut med ett nytt plan.'],
  ])('%s: a thing that may grow after some years is no route: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('career-goals');
  });
});

describe('values: a practice kept among colleagues', () => {
  it.each([
    ['en', "We pin up and critique each other's work every Friday afternoon."],
    ['en', "Dentists review each other's difficult cases every month."],
    ['nb', 'Hver fredag viser rådgiverne hverandre de vanskeligste sakene.'],
    ['sv', 'Vi granskar varandras ritningar varje måndag.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('values');
  });

  it.each([
    ['en', 'The two banks compete with each other for the same customers.'],
    ['nb', 'Kommunene samarbeider med hverandre om brannvesenet.'],
    ['sv', 'Bolagen konkurrerar med varandra om samma kunder.'],
  ])('%s: bodies outside the house dealing with one another are no habit: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('values');
  });
});

describe('department: a unit named by its unit word and its own name, or by its head count', () => {
  it.each([
    ['nb', 'Fagteam grovfôr har fem rådgivere og dekker gjødsling, beite og ugras.'],
    ['sv', 'Hemtjänstgrupp Norr har 18 undersköterskor och två sjuksköterskor.'],
    ['en', 'Our office of eight processes about 6,200 aid records a year.'],
    ['en', 'The crew of five keeps the ferry running through the winter.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('department');
  });

  it.each([
    ['en', 'Our office of record is the county clerk.'],
    ['nb', 'Fagteam grovfôr er et nytt tilbud til medlemmene.'],
  ])('%s: no count, no unit told: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('department');
  });
});

describe("strategy: a distributor's plan is the distributor's", () => {
  it.each([
    ['en', 'Our distributor in the Netherlands plans to double its South African range next year.'],
    ['nb', 'Distributøren vår i Sverige skal doble sortimentet neste år.'],
    ['sv', 'Vår distributör i Norge planerar att fördubbla sortimentet nästa år.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });

  it('the company\'s own plan with the same words stands', () => {
    expect(promptsOf('We plan to double our South African range next year.', 'en')).toContain('strategy');
  });
});

describe('do-better: too few hands owned, a budget blown, waits that reached a figure', () => {
  it.each([
    ['en', 'We had too few drivers in July to keep every route.'],
    ['en', 'Phone wait times in August reached 40 minutes.'],
    ['nb', 'Vi hadde for få folk i driften til å følge opp entreprenørene.'],
    ['nb', 'Prosjektet har sprukket med 60 millioner kroner, og det er vårt ansvar.'],
    ['sv', 'Vi hade för få tekniker under sommaren.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });

  it.each([
    ['nb', 'For få år siden hadde vi tolv ansatte, nå er vi førti.'],
    ['sv', 'För få år sedan hade vi tolv anställda, i dag är vi fyrtio.'],
    ['en', 'A few years ago we had twelve staff; today we are forty.'],
  ])('%s: a time a few years back is no shortfall: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
});

describe('values: a rule kept by refusing', () => {
  it.each([
    ['en', 'We never send a technician out alone at night.'],
    ['en', 'We say no to jobs where the client cuts corners on safety.'],
    ['nb', 'Vi sier nei til oppdrag der kunden ikke har orden på sikkerheten.'],
    ['nb', 'Vi sender aldri en montør alene ut om natten.'],
    ['sv', 'Vi säger nej till uppdrag där kunden inte har ordning på arbetsmiljön.'],
    ['sv', 'Vi skickar aldrig ut en tekniker ensam på natten.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('values');
  });

  it.each([
    ['en', 'We have never had a serious accident on site.'],
    ['nb', 'Vi har aldri hatt en alvorlig ulykke på anlegget.'],
    ['sv', 'Vi har aldrig haft en allvarlig olycka på bygget.'],
  ])('%s: an experience told is no rule: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('values');
  });
});

describe('people: a role written before the name on a short line', () => {
  it.each([
    ['en', 'Chief Executive Officer Ragnhild Seljestad', 'Ragnhild Seljestad'],
    ['sv', 'Kontakt: rektor Annika Rödjeborg, 0470-77 12 30', 'Annika Rödjeborg'],
    ['nb', 'Spørsmål: daglig leder Sigrun Hovdhaugen, tlf. 72 43 10 00', 'Sigrun Hovdhaugen'],
  ])('%s: %s', (_lang, line, name) => {
    expect(inlinePerson(line, true)?.name).toBe(name);
  });

  it.each([
    ['en', 'Senior Backend Engineer for Payments Platform'],
    ['nb', 'Ny sjef i Grytdal Buss'],
  ])('%s: a role and a firm joined by a preposition is no person: %s', (_lang, line) => {
    expect(inlinePerson(line, true)).toBeUndefined();
  });
});

describe('strategy: a plan dated by a span of years, the end of a time, or a season with its year', () => {
  it.each([
    ['en', 'We will replant 6 hectares of old vines between 2027 and 2029.'],
    ['en', 'A new online booking system will be live before the end of January 2027.'],
    ['en', 'By fall 2027 every new student will be offered an aid appointment.'],
    ['nb', 'Vi skal bygge om tre haller mellom 2027 og 2029.'],
    ['nb', 'Det nye lageret skal stå ferdig innen utgangen av 2027.'],
    ['sv', 'Företaget tar också in tolv egna lärlingar under 2027.'],
    ['sv', 'Den nya hallen ska stå klar före slutet av 2027.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });

  it.each([
    ['en', 'Sales fell between 2019 and 2021.'],
    ['nb', 'Mellom 2019 og 2021 falt salget.'],
    ['sv', 'Försäljningen föll mellan 2019 och 2021.'],
  ])('%s: a span in the past is no plan: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });
});

describe('vision: an opinion given as the reason for what the company does', () => {
  it.each([
    ['nb', 'Fjellbrygg lager øl av vann fra dalen, fordi vi mener at et lite bryggeri skal gjøre bygda rikere.'],
    ['sv', 'Vi brygger öl av vatten från dalen eftersom vi tycker att ett litet bryggeri ska göra bygden rikare.'],
    ['en', 'We brew with water from the valley because we believe that a small brewery should make its village richer.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('vision');
  });

  it('a reason that is a fact, not an opinion, is no vision', () => {
    expect(promptsOf('We moved the brewery because the old hall was too small.', 'en')).not.toContain('vision');
  });
});
