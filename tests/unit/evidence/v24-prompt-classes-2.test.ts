// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sentenceQuality } from '../../../core/evidence/quality';
import { occupationBeforeName } from '../../../core/evidence/occupation-names';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes of the twenty-fourth held-out set, continued (see v24-prompt-classes.test.ts). Sentences written for
 * this test, none copied from the fixtures; the rules alone (no learned judge), so the structure is what is tested.
 */


describe('do-better, not strategy: a target the company did not reach is a shortfall, not a plan', () => {
  it.each([
    ['en', 'Last year we missed our target of 95 percent on-time departures.'],
    ['en', 'Sick days rose again, and we did not meet our own target of four percent.'],
    ['nb', 'I fjor nådde vi ikke målet om 95 prosent punktlighet.'],
    ['sv', 'Vi nådde inte vårt mål om 95 procent punktlighet förra året.'],
  ])('%s: %s', (lang, sentence) => {
    const prompts = promptsOf(sentence, lang);
    expect(prompts).toContain('do-better');
    expect(prompts).not.toContain('strategy');
  });

  it.each([
    ['en', 'We did not only meet our target of 95 percent, we beat it.'],
    ['en', 'We will meet our target of 95 percent next year.'],
    ['nb', 'Vi nådde målet vårt om 95 prosent punktlighet i fjor.'],
    ['sv', 'Vi nådde vårt mål om 95 procent punktlighet förra året.'],
  ])('%s: a target reached, or ahead, is none: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
});

describe('people: a role and an academic title stacked before a name ("Ämnesansvarig professor …") is a person to meet', () => {
  it.each([
    ['en', 'Chief engineer Dr. Amira Haddad runs the battery testing lab.'],
    ['nb', 'Forskningsleder professor Ola Nygård Berg leder prosjektet om havvind.'],
    ['sv', 'Forskningsledare docent Lena Hjortsäter ansvarar för provbädden i Piteå.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('people');
  });

  it.each([
    ['en', 'Chief engineer Dr. positions are advertised again this autumn.'],
    ['nb', 'Forskningsleder professor stillingen lyses ut på nytt i høst.'],
    ['sv', 'Forskningsledare professor tjänsten utlyses igen i höst.'],
  ])('%s: with no name after the title, nobody is named: %s', (_lang, sentence) => {
    expect(occupationBeforeName(sentence)).toBe(false);
  });
});

describe('why-this-job: what the reader must bring is a requirement, not a duty that makes the job worth wanting', () => {
  it.each([
    ['en', 'You must have a valid forklift licence and three years in a warehouse.'],
    ['nb', 'Du skal ha gjennomført fagbrev som industrimekaniker og ha minst tre års erfaring.'],
    ['sv', 'Du ska ha genomgått en yrkesutbildning inom el och ha B-körkort.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'job-ad')).not.toContain('why-this-job');
  });

  it.each([
    ['en', 'You will plan the daily routes for our forty drivers and their responsibilities on the road.'],
    ['nb', 'Du skal ha ansvar for vedlikeholdet av tolv kraner på kaia.'],
    ['sv', 'Du ska ha ansvar för underhållet av tolv kranar i hamnen.'],
  ])('%s: a duty stays one: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'job-ad')).toContain('why-this-job');
  });
});

describe('do-better: the economy or a trade\'s business cycle that was weak is the market\'s trouble, not the company\'s', () => {
  it.each([
    ['en', 'The economy was weaker than expected all year.'],
    ['nb', 'Byggekonjunkturen har vært svak siden 2023.'],
    ['sv', 'Bostadskonjunkturen har varit svag sedan 2024.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });

  it.each([
    ['en', 'Our order book was weaker than expected all year.'],
    ['nb', 'Ordreboka vår har vært svak siden 2023.'],
    ['sv', 'Vår orderingång har varit svag sedan 2024.'],
  ])('%s: the company\'s own stays a shortfall: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
});

describe('do-better: a trouble told as everyone\'s, "not just us", is the world the company works in, in news too', () => {
  it.each([
    ['en', 'The failed harvest hurt every grower in the valley, not just us.', 'news'],
    ['nb', 'Avlingssvikten rammet alle gårdene i dalen, ikke bare oss.', 'company'],
    ['sv', 'Torkan skapade problem för alla gårdar i dalen, inte bara för oss.', 'company'],
  ] as const)('%s: %s', (lang, sentence, kind) => {
    expect(promptsOf(sentence, lang, kind)).not.toContain('do-better');
  });

  it.each([
    ['en', 'The failed harvest hurt us badly this year.', 'news'],
    ['nb', 'Avlingssvikten rammet oss hardt i år.', 'company'],
    ['sv', 'Torkan skapade stora problem för oss i somras.', 'company'],
  ] as const)('%s: told as the company\'s alone it stays: %s', (lang, sentence, kind) => {
    expect(promptsOf(sentence, lang, kind)).toContain('do-better');
  });
});

describe('values, not strategy: a round of the working day opened the same way is a habit, and the day\'s priorities are its own', () => {
  it.each([
    ['en', 'Every morning starts with a short meeting where the crew agrees on the day\'s priorities.'],
    ['nb', 'Hver uke starter med et tavlemøte der teamet blir enige om ukens prioriteringer.'],
    ['sv', 'Varje skift börjar med fem minuter där laget kommer överens om dagens prioriteringar.'],
  ])('%s: %s', (lang, sentence) => {
    const prompts = promptsOf(sentence, lang);
    expect(prompts).toContain('values');
    expect(prompts).not.toContain('strategy');
  });

  it.each([
    ['en', 'Our priorities for 2027 are a second kiln and exports to Germany.'],
    ['nb', 'Våre prioriteringer fram mot 2028 er en ny ovn og eksport til Tyskland.'],
    ['sv', 'Våra prioriteringar fram till 2028 är en ny ugn och export till Tyskland.'],
  ])('%s: the company\'s priorities stay its strategy: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });
});

describe('quality: a publication\'s imprint (who publishes it) is page furniture, evidence of nothing', () => {
  it.each([
    ['en', 'Harbour Freight Monthly is published by Tidewater Media Ltd.'],
    ['nb', 'Fjordkysten Nord gis ut av Vestavind Fagpresse AS.'],
    ['sv', 'Bruksbladet Väst ges ut av Nordsken Media AB.'],
  ])('%s: %s', (lang, sentence) => {
    expect(sentenceQuality(sentence)).toBeLessThan(0.15);
    expect(promptsOf(sentence, lang, 'news')).toEqual([]);
  });

  it.each([
    ['en', 'Our Publishing team of six edits and lays out the member magazine.'],
    ['nb', 'Forlagsavdelingen har seks ansatte som redigerer medlemsbladet.'],
    ['sv', 'Förlagsavdelningen har sex medarbetare som redigerar medlemstidningen.'],
  ])('%s: a unit that publishes is still a unit: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('department');
  });
});

describe('department: a market\'s prices or the economy as the subject, at a place, is no unit', () => {
  it.each([
    ['en', 'Market prices in Europe have swung a lot this year, and the whole trade has felt it.'],
    ['nb', 'Strømprisene i Norden følger gassprisen tett denne vinteren.'],
    ['sv', 'Elpriserna i Norden följer gaspriset tätt den här vintern.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('department');
  });

  it.each([
    ['nb', 'Innkjøpsavdelingen i Gjøvik forhandler alle strømavtalene våre.'],
    ['sv', 'Inköpsavdelningen i Borås förhandlar alla våra elavtal.'],
  ])('%s: a unit at its place stays one: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('department');
  });
});

describe('strategy: the staff\'s party, with its date, is no plan of the company\'s', () => {
  it.each([
    ['en', 'We will hold the Christmas party at the Harbour Hotel in 2026, as the canteen is being rebuilt.'],
    ['nb', 'Sommerfesten holdes på kaia fredag 19. juni.'],
    ['sv', 'Julfesten ska i år hållas på Stadshotellet fredag den 11 december.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });

  it.each([
    ['en', 'We will open a second bakery in Harbour Street on Friday 11 December 2026.'],
    ['nb', 'Vi åpner et nytt bakeri på kaia i juni 2027.'],
    ['sv', 'Vi öppnar ett nytt bageri vid hamnen i juni 2027.'],
  ])('%s: a plan with its date stays one: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });
});
