// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addPerson, peopleOf } from '../../../core/interview/people';
import { peopleFromClips } from '../../../core/interview/people-from-clips';
import { useTestDb } from '../notes/db';

const db = useTestDb();

describe('people found in clips', () => {
  it('reads a job ad’s contact person with their role, in Norwegian, Swedish and English', () => {
    const found = peopleFromClips([
      { clipId: 'ad-nb', blocks: [{ tag: 'p', text: 'Spørsmål om stillingen kan rettes til Kari Nordmann, driftssjef, tlf. 900 00 000.' }] },
      { clipId: 'ad-sv', blocks: [{ tag: 'p', text: 'Kontaktperson: Anna Lindqvist (rekryterande chef)' }] },
      { clipId: 'ad-en', blocks: [{ tag: 'li', text: 'Hiring manager: James O’Neill – Head of Operations' }] },
    ]);
    expect(found.map(({ name, role, via }) => ({ name, role, via }))).toEqual([
      { name: 'Kari Nordmann', role: 'driftssjef', via: 'contact' },
      { name: 'Anna Lindqvist', role: 'rekryterande chef', via: 'contact' },
      { name: 'James O’Neill', role: 'Head of Operations', via: 'contact' },
    ]);
  });

  it('reads a team page: a name heading with its role line, and not "Our team" or a paragraph', () => {
    const found = peopleFromClips([
      {
        clipId: 'team',
        blocks: [
          { tag: 'h2', text: 'Our Team' },
          { tag: 'p', text: 'We are forty people in Tromsø and Bodø.', heading: 'Our Team' },
          { tag: 'h3', text: 'Per Hansen', heading: 'Our Team' },
          { tag: 'p', text: 'Chief Technology Officer', heading: 'Per Hansen' },
          { tag: 'h3', text: 'Vindparkene våre', heading: 'Our Team' },
          { tag: 'p', text: 'Vi driver fire vindparker i Troms.', heading: 'Vindparkene våre' },
        ],
      },
    ]);
    expect(found.map((p) => [p.name, p.role])).toEqual([['Per Hansen', 'Chief Technology Officer']]);
  });

  it('reads schema.org’s applicationContact from the ad’s data', () => {
    const found = peopleFromClips([{ clipId: 'ad', jsonLd: [{ '@type': 'JobPosting', applicationContact: { '@type': 'ContactPoint', name: 'Kari Nordmann', contactType: 'Driftssjef' } }] }]);
    expect(found.map((p) => [p.name, p.role])).toEqual([['Kari Nordmann', 'Driftssjef']]);
  });

  it('the same person in two clips is offered once, and added twice is one card', async () => {
    const found = peopleFromClips([
      { clipId: 'ad', blocks: [{ tag: 'p', text: 'Kontaktperson: Kari Nordmann' }] },
      { clipId: 'team', blocks: [{ tag: 'h3', text: 'Kari  Nordmann' }, { tag: 'p', text: 'Driftssjef' }] },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.role).toBe('Driftssjef');

    await addPerson(db(), 'c1', { name: 'Kari Nordmann', fromClipId: 'ad' });
    await addPerson(db(), 'c1', { name: 'kari  nordmann', role: 'Driftssjef', link: 'https://nordlys.example/kari', fromClipId: 'team' });
    const people = await peopleOf(db(), 'c1');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Kari Nordmann', role: 'Driftssjef', link: 'https://nordlys.example/kari' });
  });
});
