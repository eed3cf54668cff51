import type { RoundTwoDB } from '../db/schema';
import { normPersonName } from './person-name';
import type { Person } from './types';

export { normPersonName };

export interface PersonInput {
  name: string;
  role?: string;
  link?: string;
  notes?: string;
  fromClipId?: string;
}

/**
 * Adds a person to a company, or returns the card they already have: the same name
 * found in two clips is one card, and what the new find adds (a role, a link) fills its blanks.
 */
export async function addPerson(db: RoundTwoDB, companyId: string, input: PersonInput, now = Date.now()): Promise<Person | undefined> {
  const name = input.name.replace(/\s+/g, ' ').trim();
  const normName = normPersonName(name);
  if (!normName) return undefined;
  return db.transaction('rw', db.people, async () => {
    const existing = await db.people.where('[companyId+normName]').equals([companyId, normName]).first();
    if (existing) {
      const filled: Partial<Person> = {};
      if (!existing.role && input.role) filled.role = input.role;
      if (!existing.link && input.link) filled.link = input.link;
      if (Object.keys(filled).length) await db.people.update(existing.id, { ...filled, updatedAt: now });
      return { ...existing, ...filled };
    }
    const person: Person = {
      id: crypto.randomUUID(),
      companyId,
      name,
      normName,
      role: input.role?.trim() ?? '',
      link: input.link?.trim() ?? '',
      notes: input.notes ?? '',
      ...(input.fromClipId ? { fromClipId: input.fromClipId } : {}),
      createdAt: now,
      updatedAt: now,
    };
    await db.people.add(person);
    return person;
  });
}

export async function updatePerson(db: RoundTwoDB, personId: string, patch: Partial<Pick<Person, 'name' | 'role' | 'link' | 'notes'>>, now = Date.now()): Promise<void> {
  const change: Partial<Person> = { ...patch, updatedAt: now };
  if (patch.name !== undefined) change.normName = normPersonName(patch.name);
  await db.people.update(personId, change);
}

/** Removes a card and takes the person off every round. */
export async function removePerson(db: RoundTwoDB, personId: string): Promise<void> {
  await db.transaction('rw', db.people, db.interviews, async () => {
    const person = await db.people.get(personId);
    if (!person) return;
    await db.people.delete(personId);
    await db.interviews
      .where('companyId')
      .equals(person.companyId)
      .modify((round) => {
        if (round.personIds) round.personIds = round.personIds.filter((id) => id !== personId);
      });
  });
}

export async function peopleOf(db: RoundTwoDB, companyId: string): Promise<Person[]> {
  const people = await db.people.where('companyId').equals(companyId).toArray();
  return people.sort((a, b) => a.createdAt - b.createdAt);
}
