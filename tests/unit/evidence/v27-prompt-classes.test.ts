// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes of the twenty-seventh held-out set, moved into tuning. Sentences written for this test, none copied from
 * the fixtures; the rules alone (no learned judge), so the structure is what is tested.
 */

describe("do better: a shortfall owned without naming it ('we still have work to do', 'ting vi ikke er fornøyde med', 'vi är inte nöjda med')", () => {
  it.each([
    ['en', 'We are proud of the year, but we know we still have work to do.'],
    ['en', 'We are not satisfied with how long our customers waited for an answer this spring.'],
    ['nb', 'Vi vet at vi fortsatt har en jobb å gjøre.'],
    ['nb', 'Men det er fortsatt ting vi ikke er fornøyde med.'],
    ['sv', 'Vi vet att vi har ett jobb att göra.'],
    ['sv', 'Ändå finns det saker vi inte är nöjda med i år.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });

  it.each([
    ['en', 'We are not happy until every customer is happy with the result.'],
    ['en', 'She is not satisfied with everything yet.'],
    ['nb', 'Vi er ikke fornøyd før kunden er fornøyd med resultatet.'],
    ['nb', 'Hun er ikke fornøyd med alt.'],
    ['sv', 'Vi är inte nöjda förrän kunden är nöjd med resultatet.'],
    ['sv', 'Hon är inte nöjd med allt.'],
  ])('%s: a bar held, or someone else\'s mood, is no admission: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
});

describe("strategy: the company's own target of a change by a share, with or without a year ('we aim to cut … by 40 per cent', 'vi skal kutte … med 40 prosent', 'vi ska minska … med 40 procent')", () => {
  it.each([
    ['en', 'We aim to cut energy use per store by 30 per cent against 2023 levels.'],
    ['en', 'We want to reduce food waste in our kitchens by 25 per cent.'],
    ['nb', 'Vi skal kutte energibruken i butikkene med 30 prosent sammenlignet med 2023.'],
    ['nb', 'Vi tar sikte på å redusere matsvinnet med 25 prosent.'],
    ['sv', 'Vi ska minska energianvändningen i butikerna med 30 procent jämfört med 2023.'],
    ['sv', 'Vi siktar på att minska matsvinnet med 25 procent.'],
  ])('%s: a plan, not a shortfall: %s', (lang, sentence) => {
    const prompts = promptsOf(sentence, lang);
    expect(prompts).toContain('strategy');
    expect(prompts).not.toContain('do-better');
  });

  it.each([
    ['en', 'Our scheduling software helps customers cut fuel use by 30 per cent.'],
    ['nb', 'Programvaren vår hjelper kundene å kutte drivstofforbruket med 30 prosent.'],
    ['sv', 'Vår programvara hjälper kunderna att minska bränsleförbrukningen med 30 procent.'],
  ])('%s: what a product does for its buyers is no target of the company: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });
});

describe("strategy: what the company has ordered for delivery ahead ('we have ordered … for delivery in 2028', 'vi har bestilt … med levering i 2028', 'vi har beställt … med leverans 2028')", () => {
  it.each([
    ['en', 'We have ordered three electric buses for delivery in 2028.'],
    ['nb', 'Vi har bestilt tre elektriske busser med levering i 2028.'],
    ['nb', 'I høst har vi bestilt en ny ferje med levering i 2027.'],
    ['sv', 'Vi har beställt tre elbussar med leverans 2028.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });

  it.each([
    ['en', 'The county has ordered 40 buses from us with delivery in 2027.'],
    ['nb', 'Fylket har bestilt 40 busser fra oss med levering i 2027.'],
    ['sv', 'Regionen har beställt 40 bussar av oss med leverans 2027.'],
  ])('%s: a customer\'s order is the customer\'s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });
});

describe("values: a routine kept together, with one another or before the whole house, at a set time ('together at least once a month', 'sammen hver mandag', 'varandra varje fredag')", () => {
  it.each([
    ['en', 'Nurses and pharmacists go through every new prescription together at least once a week.'],
    ['en', 'Our drivers brief each other at every change of shift.'],
    ['en', 'Developers show what they have built to the whole company every other Thursday.'],
    ['nb', 'Sykepleiere og farmasøyter går gjennom nye resepter sammen minst én gang i uka.'],
    ['nb', 'Montørene planlegger uka sammen hver mandag.'],
    ['sv', 'Sjuksköterskor och farmaceuter går igenom nya recept tillsammans minst en gång i veckan.'],
    ['sv', 'Varje fredag visar utvecklarna varandra vad de har byggt.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('values');
  });

  it.each([
    ['nb', 'Kjære alle sammen, takk for et godt år hver eneste dag.'],
    ['sv', 'Sedan följer du ett kundteam, alltid tillsammans med en senior kollega.'],
    ['sv', 'Lagret består av tolv truckförare som planerar veckan tillsammans varje måndag.'],
    ['en', 'The crew consists of nine deckhands who plan the week together every Monday.'],
    ['en', 'The two shipyards compete with each other for the same navy contracts.'],
  ])('%s: everyone greeted, company kept, a unit told by its make-up, or others dealing with one another is no shared routine: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('values');
  });
});

describe("department: a unit named by the field it serves ('The Clinic of Medicine employs …', 'Klinikk for medisin har …', 'Medisinsk klinikk har …', 'Kliniken för medicin har …')", () => {
  it.each([
    ['en', 'The Clinic of Surgery employs 420 people and runs the region\'s trauma centre.'],
    ['en', 'The Division of Paediatrics has 60 nurses across two wards.'],
    ['nb', 'Klinikk for kirurgi har 420 ansatte og driver traumesenteret i regionen.'],
    ['nb', 'Kirurgisk klinikk har 420 ansatte i Bodø og Vesterålen.'],
    ['sv', 'Kliniken för kirurgi har 420 anställda och driver regionens traumacenter.'],
    ['sv', 'Kirurgiska kliniken tar emot 30 000 patienter om året.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('department');
  });

  it.each([
    ['en', 'The Department of Transport employs 5,000 people across the country.'],
    ['en', 'The Unit of Measurement is the metre.'],
    ['nb', 'Norske lakseoppdrettere har 640 ansatte i regionen.'],
    ['sv', 'Svenska sjukhus har svårt att hitta sjuksköterskor.'],
  ])('%s: a ministry, a measure or a trade named by its country is no unit: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('department');
  });
});

describe("people: a contact line of a one-word role and a name, with a phone number ('Driftchef Jonas Lindkvist, 026-123 45 67')", () => {
  it.each([
    ['en', 'Headteacher Tom Hale, 0161-496 0123.'],
    ['nb', 'Driftssjef Kari Berg, 22 33 44 55.'],
    ['sv', 'Driftchef Jonas Lindkvist, 026-123 45 67.'],
    ['sv', 'Ekonomichef Anna Berg, 08-123 45 67.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('people');
    expect(promptsOf(sentence, lang, 'job-ad')).toContain('people');
  });

  it.each([
    ['sv', 'Jonas Lindkvist, 026-123 45 67.'],
    ['en', 'Switchboard, 0161-496 0123.'],
  ])('%s: a name or a desk alone with a number says nothing of anyone: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('people');
  });
});

describe("career goals: a mentor given to newcomers, however said ('are paired with a mentor', 'blir tildelt en mentor', 'tilldelas en mentor')", () => {
  it.each([
    ['en', 'New nurses are paired with a mentor for their first three months.'],
    ['en', 'Every apprentice gets a mentor from the workshop floor.'],
    ['nb', 'Nye sykepleiere blir tildelt en mentor de første tre månedene.'],
    ['sv', 'Nya sjuksköterskor tilldelas en mentor de första tre månaderna.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('career-goals');
  });
});

describe("career goals: a track to choose, the specialist's or the manager's ('the staff engineer track or the manager track', 'fagsporet eller ledersporet', 'specialistspåret eller chefsspåret')", () => {
  it.each([
    ['en', 'After three years, developers choose between a specialist track and a management track.'],
    ['nb', 'Etter tre år velger utviklerne mellom fagsporet og ledersporet.'],
    ['sv', 'Efter tre år väljer utvecklarna mellan specialistspåret och chefsspåret.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('career-goals');
  });

  it.each([
    ['en', 'We fast track every planning application in the county.'],
    ['sv', 'Vi håller koll på varje leverans från lager till kund.'],
  ])('%s: a track kept or a case hurried is no path: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('career-goals');
  });
});

describe("vision: Vision the Swedish trade union, named among an ad's union contacts ('Fackliga företrädare: Kommunal och Vision'), is no vision", () => {
  it.each([
    ['sv', 'Fackliga företrädare: Kommunal och Vision.'],
    ['sv', 'Facklig kontakt för Vision: Anna Berg.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'job-ad')).not.toContain('vision');
  });

  it.each([
    ['en', 'Our vision is that every tenant can live safely and affordably.'],
    ['nb', 'Visjonen vår er at alle leietakere skal kunne bo trygt og rimelig.'],
    ['sv', 'Vår vision och vårt uppdrag är att alla hyresgäster ska kunna bo tryggt.'],
  ])('%s: the company\'s own vision still is one: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'job-ad')).toContain('vision');
  });
});
