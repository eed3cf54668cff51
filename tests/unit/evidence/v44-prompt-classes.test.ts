// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the forty-fourth held-out set showed, read on purpose after its one measurement: a counted unit each
 * shift of which a supervisor leads; a person promoted to a post, or the company's own with a longer apposition; a
 * contract lost by the company named in news; one customer's or a served party's plan; the reader's date to apply in
 * Bokmål and Swedish; a route for those who want to move into another trade. Left out: "joined as … and now leads" (the
 * labels take it as career evidence only now and then, career-path.ts), habits told as a test sheet signed or a handover
 * face to face, and a volume "lower than the year before" (as often good news, of costs or injuries). Sentences written
 * for this test.
 */

describe('what a sentence is evidence of', () => {
  test.each([
    ['en', 'The operations department runs the terminal in five shift teams of 14, each led by a shift supervisor.', 'company', 'department'],
    ['en', 'Ravi Sandhu was promoted to planer mill superintendent in May after eleven years at the mill.', 'company', 'people'],
    ['sv', 'Karin Ek befordrades till produktionschef i maj efter elva år på bruket.', 'company', 'people'],
    // Read so before the fix too: "ble" is a copula, and the post ends in "-sjef".
    ['nb', 'Kari Lund ble forfremmet til driftssjef i mai etter elleve år ved fabrikken.', 'company', 'people'],
    ['en', 'Tom Ashby, our shop foreman for eleven years, will lead the new test bench project.', 'company', 'people'],
    ['sv', 'Glimsvreten Logistik förlorade dessutom ett avtal med en byggvarukedja efter två försvunna leveranser.', 'news', 'do-better'],
    ['nb', 'Glimsvik Transport mistet dessutom avtalen med to byggvarekjeder etter at leveranser forsvant.', 'news', 'do-better'],
    ['en', 'Glimsby Freight also lost an agreement with a builders’ merchant after two deliveries went missing.', 'news', 'do-better'],
    ['en', 'Testers who want to move into development get one day a week for a six-month pairing programme.', 'company', 'career-goals'],
    ['nb', 'Operatører som vil gå over til vedlikehold får to dager i uka sammen med teknikerne.', 'company', 'career-goals'],
    ['sv', 'Operatörer som vill gå över till underhåll får två dagar i veckan med teknikerna.', 'company', 'career-goals'],
  ] as const)('%s: %s', (lang, sentence, kind, prompt) => {
    expect(promptsOf(sentence, lang, kind)).toContain(prompt);
  });
});

describe('what a sentence is not evidence of', () => {
  test.each([
    ['en', 'One of the potash mines we serve plans to double its production by 2030.', 'company', 'strategy'],
    ['nb', 'En av gruvene vi betjener planlegger å doble produksjonen innen 2030.', 'company', 'strategy'],
    ['sv', 'En av gruvorna vi försörjer planerar att fördubbla produktionen till 2030.', 'company', 'strategy'],
    ['en', 'One of the battery chemical customers plans to double its capacity by 2028.', 'news', 'strategy'],
    ['nb', 'En av kundene våre planlegger å doble kapasiteten innen 2028.', 'news', 'strategy'],
    ['sv', 'En av kunderna planerar att fördubbla kapaciteten till 2028.', 'news', 'strategy'],
    ['nb', 'Søknad sendes via rekrutteringssystemet vårt innen 10. januar 2027.', 'job-ad', 'strategy'],
    ['sv', 'Ansökan skickas via vårt rekryteringssystem senast den 12 januari 2027.', 'job-ad', 'strategy'],
    // Guards: a shift's lead with no unit counted; an outsider's role between commas.
    ['en', 'The night shift reports to the shift supervisor on duty.', 'company', 'department'],
    ['en', 'Rachel Stone, senior analyst at industry analyst firm Glimsmonk, shared her view of the findings.', 'news', 'people'],
  ] as const)('%s: not %s: %s', (lang, sentence, kind, prompt) => {
    expect(promptsOf(sentence, lang, kind)).not.toContain(prompt);
  });
  test.each([
    // Guards: the company's own plan, counted from one of its goals; a plan dated without any applying.
    ['en', 'One of our goals is to double production by 2030, and we will build a second line in 2027.', 'strategy'],
    ['nb', 'Innen 2028 skal halvparten av brødene våre være bakt med korn fra gårder i Innlandet.', 'strategy'],
  ] as const)('%s: still %s: %s', (lang, sentence, prompt) => {
    expect(promptsOf(sentence, lang)).toContain(prompt);
  });
});
