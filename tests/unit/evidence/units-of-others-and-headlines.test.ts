// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isHeadline } from '../../../core/evidence/headlines';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Department, where a unit word is no evidence of the unit one would join:
 * - another unit named in passing ("checked by someone in a different team", "en leder fra en annen avdeling");
 * - the sentences under a headline about a named person ("Marte Engen blir ny leder for VA-avdelingen"): the headline's
 *   unit word names no section, so the cake in the canteen is no department evidence;
 * - a unit's plan with its time ("Avdelingen skal vokse til 18 ansatte innen 2028") ranks below the unit as it is.
 */

const hits = (blocks: TextBlock[], lang: string, promptId = 'department'): string[] => {
  const prompt = getPrompt(promptId);
  if (!prompt) throw new Error(`No prompt ${promptId}`);
  return scoreBlocks(blocks, lang, [prompt], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('department: another unit named in passing', () => {
  it.each([
    ['en', 'Every drawing you make is checked by someone in a different team before it goes to the client.'],
    ['en', 'Your exit interview is held by a manager from another department.'],
    ['nb', 'Alle tegninger kontrolleres av en fra en annen avdeling før de sendes til kunden.'],
    ['nb', 'Vi holder sluttsamtalen med en leder fra en annen avdeling.'],
    ['sv', 'Alla ritningar granskas av någon från en annan avdelning innan de skickas till kunden.'],
    ['sv', 'Varje nyanställd får en mentor från en annan grupp.'],
  ])('%s: "%s" is no department evidence', (lang, sentence) => {
    expect(hits([{ tag: 'p', text: sentence }], lang)).not.toContain(sentence);
  });

  it.each([
    ['en', 'Our drainage team of twelve designs culverts and ponds for new housing.'],
    ['nb', 'Avdelingen vår i Bergen har tolv ingeniører som prosjekterer veier.'],
    ['sv', 'Avdelningen i Umeå har tolv ingenjörer som projekterar vägar.'],
  ])('%s: "%s" is still the unit', (lang, sentence) => {
    expect(hits([{ tag: 'p', text: sentence }], lang)).toContain(sentence);
  });
});

describe('department: a headline about a named person names no section', () => {
  it.each([
    ['en', 'Hannah Reid takes over the Leeds drainage team', 'There will be cake in the canteen on Friday at two.'],
    ['nb', 'Marius Holm blir ny leder for kundeavdelingen', 'Det blir kake i kantina fredag klokka 14.'],
    ['sv', 'Elsa Berg blir ny chef för kundavdelningen', 'Det bjuds på tårta i matsalen på fredag klockan 14.'],
  ])('%s: under "%s", "%s" is no department evidence', (lang, heading, sentence) => {
    expect(isHeadline(heading)).toBe(true);
    expect(hits([{ tag: 'h1', text: heading }, { tag: 'p', heading, text: sentence }], lang)).not.toContain(sentence);
  });

  it.each([
    ['en', 'Quarrylink raises £14m to bring its survey drones to mining teams across Scotland and Wales', 'The money comes from two funds in London and one in Oslo.'],
    ['nb', 'Steinbrudd-appen henter 40 millioner for å gi droneteamene sine oppdrag i hele Norge og Sverige', 'Pengene kommer fra to fond i Oslo og ett i Stockholm.'],
    ['sv', 'Stenbrottsappen tar in 40 miljoner för att ge drönarteamen uppdrag i hela Sverige och Norge', 'Pengarna kommer från två fonder i Stockholm och en i Oslo.'],
  ])('%s: under a headline as long as a sentence ("%s"), "%s" is no department evidence', (lang, heading, sentence) => {
    expect(isHeadline(heading)).toBe(true);
    expect(hits([{ tag: 'h1', text: heading }, { tag: 'p', heading, text: sentence }], lang)).not.toContain(sentence);
  });

  it.each([['Hannah Reid'], ['Our teams'], ['Avdelingene våre'], ['Möt teamet i Umeå'], ['How the drainage team fits into the company']])('"%s" is no headline', (heading) => {
    expect(isHeadline(heading)).toBe(false);
  });
});

describe("department: a unit's plan with its time ranks below the unit as it is", () => {
  it.each([
    ['en', 'The drainage team will grow to 18 engineers by 2028.', 'The drainage team has twelve engineers and designs culverts for councils.'],
    ['nb', 'Avdelingen skal vokse til 18 ansatte innen 2028.', 'Avdelingen har tolv rådgivere og prosjekterer vannledninger for kommuner.'],
    ['sv', 'Avdelningen ska växa till 18 anställda till 2028.', 'Avdelningen har tolv konsulter och projekterar vattenledningar åt kommuner.'],
  ])('%s: "%s" ranks below "%s"', (lang, plan, unit) => {
    const found = hits([{ tag: 'p', text: plan }, { tag: 'p', text: unit }], lang);
    expect(found[0]).toBe(unit);
  });
});

describe('strategy: a goal of becoming something is a career, and a wish without a year a vision', () => {
  it.each([
    ['en', 'Every new engineer gets a mentor and a goal of becoming a project lead within three years.'],
    ['nb', 'Alle nyansatte får en fadder og et mål om å bli prosjektleder innen tre år.'],
    ['sv', 'Alla nyanställda får en mentor och ett mål om att bli uppdragsledare inom tre år.'],
  ])('%s: "%s" is no strategy', (lang, sentence) => {
    expect(hits([{ tag: 'p', text: sentence }], lang, 'strategy')).not.toContain(sentence);
  });

  it.each([
    ['en', 'We want every child in Swindon to be able to cycle to school without their parents worrying about lorries.', 'By 2027 our drivers will have visited 60 schools in the county.'],
    ['nb', 'Vi vil at alle barn i Drammen skal kunne sykle til skolen uten at foreldrene er redde for lastebilene.', 'Innen 2027 skal sjåførene våre ha besøkt 60 skoler i fylket.'],
    ['sv', 'Vi vill att alla barn i Örebro ska kunna cykla till skolan utan att föräldrarna oroar sig för lastbilarna.', 'Till 2027 ska våra chaufförer ha besökt 60 skolor i länet.'],
  ])('%s: under a heading of goals, "%s" ranks below the plan', (lang, wish, plan) => {
    const heading = lang === 'en' ? 'Our goals' : lang === 'nb' ? 'Våre mål' : 'Våra mål';
    const found = hits([{ tag: 'p', heading, text: wish }, { tag: 'p', heading, text: plan }], lang, 'strategy');
    expect(found[0]).toBe(plan);
    const both = scoreBlocks([{ tag: 'p', heading, text: wish }, { tag: 'p', heading, text: plan }], lang, [getPrompt('strategy')!], { clipKind: 'company' });
    expect(both.find((h) => h.sentence === wish)?.score ?? 0).toBeLessThan(both.find((h) => h.sentence === plan)!.score / 2);
  });
});
