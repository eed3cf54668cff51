// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { classifyHeading } from '../../../core/jobad/headings';

/** List headings the sixteenth set showed, in English, Norwegian and Swedish: what is required, what counts besides, the tasks. */
describe('v16 list headings', () => {
  test.each([
    ['nb', 'Hva vi krever', 'must'],
    ['sv', 'Vad vi kräver', 'must'],
    ['en', 'What we require', 'must'],
    ['nb', 'Hva som teller i tillegg', 'nice'],
    ['sv', 'Det här räknas också', 'nice'],
    ['en', 'What also counts', 'nice'],
    ['nb', 'Dette blir dine oppgaver', 'responsibilities'],
    ['nb', 'Sentrale oppgaver', 'responsibilities'],
    ['nb', 'Hos oss skal du', 'responsibilities'],
    ['sv', 'Centrala arbetsuppgifter', 'responsibilities'],
    ['sv', 'Hos oss ska du', 'responsibilities'],
    ['en', 'Core tasks', 'responsibilities'],
  ])('%s: "%s" is %s', (_lang, heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});
