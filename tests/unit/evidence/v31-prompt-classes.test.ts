// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the thirty-first held-out set showed (its cases read after the move into tuning): a customer or a buyer
 * named as one in a news story plans for itself, not for the company; a part of a year ahead opening the sentence sets
 * a plan; weak winds that cut the customers' output are the weather's; a named person appointed to a post is a person.
 * Sentences written for this test.
 */

describe("a customer named as one in a news story: its plan is not the company's strategy", () => {
  test.each([
    ['nb', 'Kunden Sandvik Båtutleie planlegger å bytte ut hele flåten med elbåter innen 2030.', 'news'],
    ['sv', 'Virkesköparen Norrlands Skogsägare planerar att öppna en ny terminal i Sundsvall 2027.', 'news'],
    ['en', 'The customer Harbour Hire plans to replace its whole fleet with electric boats by 2030.', 'news'],
    ['sv', 'Virkesköparen Norrlands Skogsägare planerar att öppna en ny terminal i Sundsvall 2027.', 'company'],
  ] as const)('%s (%s)', (lang, sentence, kind) => {
    expect(promptsOf(sentence, lang, kind)).not.toContain('strategy');
  });

  test.each([
    ['nb', 'Verftet planlegger å doble produksjonen av elbåter innen 2028.'],
    ['sv', 'Företaget planerar att öppna en ny servicebas i Sollefteå 2027.'],
    ['en', 'The yard plans to double its output of electric boats by 2028.'],
  ] as const)('%s: the company itself, named by its trade, still plans', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'news')).toContain('strategy');
  });
});

describe("what the employer offers is the job's terms, not a value of the house", () => {
  test.each([
    ['nb', 'Vi tilbyr god pensjonsordning, fleksitid og hjemmekontor én dag i uka.'],
    ['sv', 'Vi erbjuder bra pension, flextid och distansarbete en dag i veckan.'],
    ['en', 'We offer a good pension, flexible hours and one day a week working from home.'],
  ] as const)('%s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'job-ad')).not.toContain('values');
  });
});

describe('a course the work requires before it starts is a rule, not a value or a purpose', () => {
  test.each([
    ['nb', 'Alle som arbeider i eller nær høyspentanlegg skal ha gjennomført FSE-kurs.'],
    ['sv', 'Alla som arbetar i tornen ska ha genomgått GWO-utbildning innan de klättrar.'],
    ['en', 'Everyone who works on live equipment must have completed the high-voltage safety course.'],
  ] as const)('%s', (lang, sentence) => {
    const reached = promptsOf(sentence, lang, 'company');
    expect(reached).not.toContain('values');
    expect(reached).not.toContain('vision');
  });

  test.each([
    ['nb', 'Alle nyansatte går på kurs med en erfaren kollega den første uka, og ingen jobber alene før de er klare.'],
    ['sv', 'Varje ny medarbetare går en kurs tillsammans med en erfaren kollega första veckan.'],
    ['en', 'Every new starter spends the first week on a course with an experienced colleague.'],
  ] as const)('%s: newcomers taught stays a habit', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'company')).toContain('values');
  });
});

describe('a part of a year ahead opening the sentence sets a plan', () => {
  test.each([
    ['sv', 'Under första halvåret 2027 öppnar vi en servicebas i Sollefteå med 25 tekniker.'],
    ['nb', 'I første halvår 2027 åpner vi en servicebase i Sogndal med 25 teknikere.'],
    ['en', 'In the first half of 2027 we will open a service base in Inverness with 25 technicians.'],
  ] as const)('%s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });

  test.each([
    ['sv', 'Under första halvåret 2025 öppnade vi en servicebas i Sollefteå.'],
    ['nb', 'I første halvår 2025 åpnet vi en servicebase i Sogndal.'],
    ['en', 'In the first half of 2025 we opened a service base in Inverness.'],
  ] as const)('%s: told as done, it is history', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });
});

describe("weak winds that cut the customers' output are the weather's, not the company's shortfall", () => {
  test.each([
    ['sv', 'Ovanligt svaga vindar i augusti minskade kundernas produktion i hela regionen.'],
    ['nb', 'Uvanlig svake vinder i august reduserte kundenes produksjon i hele regionen.'],
    ['en', 'Unusually weak winds in August reduced output at the wind farms across the region.'],
  ] as const)('%s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });

  test("sv: the company's own part beside the wind is still its shortfall", () => {
    expect(promptsOf('Ovanligt svaga vindar i augusti minskade vår produktion, och vi missade målet.', 'sv')).toContain('do-better');
  });
});

describe('a named person appointed to a post is people evidence', () => {
  test.each([
    ['sv', 'Jonas Eriksson har utsetts till ny servicechef och ansvarar för alla tre servicebaser.'],
    ['nb', 'Jonas Eriksen er utnevnt til ny servicesjef og har ansvaret for alle tre servicebasene.'],
    ['en', 'Jonas Ericson has been appointed head of service and is responsible for all three service bases.'],
  ] as const)('%s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('people');
  });
});
