// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { peopleFromClips } from '../../../core/interview/people-from-clips';

const people = (blocks: Array<{ tag: string; text: string; heading?: string }>) =>
  peopleFromClips([{ clipId: 'c', blocks }]).map(({ name, role }) => [name, role]);

describe('people found in clips: the role written before the name', () => {
  it.each([
    ['en', 'Questions about the role? Talk to hiring manager Tom Reed before 1 March.', 'Tom Reed', 'hiring manager'],
    ['nb', 'Du vil rapportere til produksjonssjef Geir Ove Nerland på Averøy.', 'Geir Ove Nerland', 'produksjonssjef'],
    ['sv', 'Frågor om tjänsten besvaras gärna av avdelningschef Anna Berg.', 'Anna Berg', 'avdelningschef'],
  ])('%s: "%s"', (_lang, text, name, role) => {
    expect(people([{ tag: 'p', text }])).toContainEqual([name, role]);
  });

  it('does not read the verb "leder" before a company as a person', () => {
    expect(people([{ tag: 'p', text: 'Hun leder Nordkyst Nett fra kontoret i Harstad.' }])).toEqual([]);
  });
});

describe('people found in clips: a list under a contacts heading', () => {
  it.each([
    ['en', 'Contacts', ['Jane Smith, Head of Data, +44 20 7946 0000', 'Recruiter: Omar Hassan']],
    ['nb', 'Kontaktpersoner', ['Kari Nordmann, avdelingsleder, tlf. 900 00 000', 'Daglig leder: Per Hansen']],
    ['sv', 'Kontaktpersoner', ['Lena Ek, enhetschef, 036-123 45 67', 'HR-partner: Johan Lind']],
  ])('%s: each line under "%s" is a person with a role', (_lang, heading, lines) => {
    const found = people([{ tag: 'h2', text: heading }, ...lines.map((text) => ({ tag: 'li', heading, text }))]);
    expect(found).toHaveLength(2);
    for (const [name, role] of found) {
      expect(name).toMatch(/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u);
      expect(role).not.toBe('');
      expect(role).not.toMatch(/\d/);
    }
  });

  it('does not take the lines under another heading', () => {
    expect(people([{ tag: 'h2', text: 'Våre verdier' }, { tag: 'li', heading: 'Våre verdier', text: 'Ærlighet, mot og omtanke' }])).toEqual([]);
  });
});
