// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { findDeadline } from '../../../core/jobad/deadline';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import type { TextBlock } from '../../../core/model';

/**
 * Fact classes the twentieth set showed, in English, Norwegian and Swedish where the class exists there: the share of a
 * post with its word after the role ("Tannlege 80 % stilling"), a New Zealand FTE or a British consultant's PAs after
 * the role (health services' English only), a deadline in a passive sentence whose application comes "with" its papers
 * ("Søknad med CV og karakterutskrift sendes … innen"), and a US "Applications received by …".
 */

const p = (text: string): TextBlock => ({ tag: 'p', text });

describe('the share of a post, with its word, after the role', () => {
  test.each([
    ['nb', 'Tannlege 80 % stilling', 'Tannlege'],
    ['sv', 'Tandhygienist 75 % tjänst', 'Tandhygienist'],
    ['en', 'Dental Nurse 60% post', 'Dental Nurse'],
  ])('%s: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });
});

describe('an FTE or PAs after the role', () => {
  test.each([
    ['Registered Nurse – Inpatient Unit, 0.8 FTE', 'Registered Nurse – Inpatient Unit'],
    ['Specialty Doctor in Old Age Psychiatry - 10 PAs', 'Specialty Doctor in Old Age Psychiatry'],
    ['Consultant Anaesthetist - 7.5 PAs', 'Consultant Anaesthetist'],
  ])('"%s"', (title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test('a role that ends in a letter code keeps it', () => {
    expect(tidyTitle('Senior Analyst PA')).toBe('Senior Analyst PA');
  });
});

describe('a deadline in a passive sentence whose application comes with its papers', () => {
  test.each([
    ['nb', 'Søknad med CV og karakterutskrift sendes via vår rekrutteringsportal innen 15. januar 2027.', '2027-01-15'],
    ['sv', 'Ansökan med CV och betyg skickas via vår webbplats senast 15 januari 2027.', '2027-01-15'],
    ['en', 'Applications with a CV and two references should be sent through our portal by 15 January 2027.', '2027-01-15'],
    ['en', 'Applications received by January 22, 2027 are assured of consideration.', '2027-01-22'],
  ])('%s: "%s"', (_lang, text, want) => {
    expect(findDeadline([p(text)], '2026-12-01').date).toBe(want);
  });

  test('papers sent with an application name no date of their own', () => {
    expect(findDeadline([p('Søknad med CV sendes til post@firma.no.')], '2026-12-01').date).toBeUndefined();
  });
});
