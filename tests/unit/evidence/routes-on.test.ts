// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { useEvidenceModel, activeModel } from '../../../core/evidence/model/judge';
import { tellsRouteOn } from '../../../core/evidence/routes-on';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Career goals: a route on open to the company's own people, told without "career" or "path" (routes-on.ts): wanting
 * or training to become something, going on to lead, applying for the company's own course or programme. Not a job
 * applied for, a thing that becomes something, a case passed on, the company's own ambition or a future of "vil bli".
 * Sentences written for this test; the rules alone (no learned judge), so the structure is what is tested.
 */

const route = (sentence: string): boolean => tellsRouteOn(words(fold(sentence)));

const careerHits = (sentence: string, lang: string): string[] => {
  const prompt = getPrompt('career-goals');
  if (!prompt) throw new Error('No prompt career-goals');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Om oss', text: sentence }];
  const shipped = activeModel();
  useEvidenceModel(undefined);
  try {
    return scoreBlocks(blocks, lang, [prompt], { clipKind: 'company' }).map((h) => h.sentence);
  } finally {
    useEvidenceModel(shipped);
  }
};

describe('career goals: a route on, open to the staff', () => {
  it.each([
    ['en', 'Drivers who want to become instructors spend a month beside one of ours before they teach alone.'],
    ['en', 'Several of our lab technicians go on to run a lab of their own within five years.'],
    ['en', 'After a year on the tills you can apply for our store management course.'],
    ['nb', 'Sykepleiere som vil bli spesialsykepleiere, tar videreutdanning på deltid med full lønn.'],
    ['nb', 'Han leser på kveldstid for å bli driftsleder, og verkstedet dekker bøkene.'],
    ['nb', 'Etter to år kan du søke på lederutviklingsprogrammet vårt.'],
    ['nb', 'Den som vil, kan gå videre til prosjektavdelingen etter læretiden.'],
    ['sv', 'Kockar som vill bli köksmästare får gå vår kockutbildning på betald arbetstid.'],
    ['sv', 'Efter tre år kan du söka till vår traineeutbildning för blivande arbetsledare.'],
    ['sv', 'Den som vill kan gå vidare till planeringsgruppen efter ett år i lagret.'],
    // v17: what is open to someone, told with "can": becoming a role, rising to one, training as one, moving into our unit.
    ['en', 'Apprentices who join the depot can progress to chartered engineer through our development programme.'],
    ['en', 'Planners who want more responsibility can move into our network design team after two years.'],
    ['en', 'Warehouse staff can train as shift managers through the leaders programme.'],
    ['nb', 'Etter fagbrev kan du bli formann, prosjektleder eller servicetekniker på oppdrag i Norge og utlandet.'],
    ['nb', 'Lærlinger kan avansere til arbeidsleder etter noen år hos oss.'],
    ['sv', 'Efter några år kan du bli arbetsledare eller platschef hos oss.'],
    ['sv', 'Montörer kan avancera till projektledare efter tre år i företaget.'],
  ])('%s: %s', (lang, sentence) => {
    expect(route(sentence), 'Should read as a route on').toBe(true);
    expect(careerHits(sentence, lang), 'Should surface for career goals').toEqual([sentence]);
  });

  it.each([
    // A job applied for, a thing becoming something, a case passed on.
    ['en', 'You can apply for the job through the form below by 1 March.'],
    ['en', 'The contract is expected to become permanent after six months.'],
    ['en', 'We want to become the largest bakery in the county by 2030.'],
    ['nb', 'Du kan søke på stillingen via lenken nederst på siden.'],
    ['nb', 'Det nye lageret vil bli ferdig i løpet av høsten.'],
    ['nb', 'Saken går videre til tingretten i januar.'],
    ['nb', 'Vi vil bli den foretrukne leverandøren av rør i Nordland.'],
    ['nb', 'Vi trener hver uke for å bli bedre på å svare raskt.'],
    ['sv', 'Du kan söka tjänsten senast den 15 maj via vår webbplats.'],
    ['sv', 'Vill du bli med i vårt nätverk av återförsäljare, hör av dig.'],
    ['sv', 'Ärendet gick vidare till förvaltningsrätten efter överklagandet.'],
    ['nb', 'Byggingen kan bli forsinket hvis vinteren blir hard.'],
    ['en', 'The order can move to next week if the parts arrive late.'],
    ['sv', 'Leveransen kan flyttas till nästa vecka om det behövs.'],
  ])('not %s: %s', (_lang, sentence) => {
    expect(route(sentence)).toBe(false);
  });
});
