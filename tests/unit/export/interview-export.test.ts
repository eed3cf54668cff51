import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { markdownFile, zipFile } from '../../../components/backup/export-files';
import { setLanguage } from '../../../components/i18n';
import type { RoundTwoDB } from '../../../core/db/schema';
import { addPerson } from '../../../core/interview/people';
import { updatePrep } from '../../../core/interview/prep-record';
import { addRound, updateDebrief } from '../../../core/interview/rounds';
import { seed } from '../backup/seed';
import { useTestDb } from '../notes/db';

const db = useTestDb();

/** A company prepared for round two: people, two more rounds (the first debriefed), questions, decision, terms and papers. */
async function prepared(database: RoundTwoDB) {
  const { nordlys } = await seed(database);
  const id = nordlys.company.id;
  const ingrid = (await addPerson(database, id, { name: 'Ingrid Solberg', role: 'Head of Platform', notes: 'Leads the grid-data team; ask about on-call.' }))!;
  await addPerson(database, id, { name: 'Per Hansen', role: 'HR partner', link: 'https://nordlys-energi.no/per' });
  const first = await addRound(database, id, { date: '2026-11-20', time: '09:00', timeZone: 'Europe/Oslo', format: 'video', durationMin: 45, videoLink: 'https://meet.example/abc', personIds: [ingrid.id] });
  await updateDebrief(database, first.id, () => ({
    wentWell: 'The system design part went well.',
    better: 'I rambled about Kafka.',
    asked: [
      { id: 'a1', promptId: 'why-you', question: '', answer: 'Five years of grid software.' },
      { id: 'a2', question: 'How do you handle a failed deploy?', answer: 'Roll back first, then find the cause.', again: 'Feature flags, then a blameless review.' },
    ],
    wonder: 'Whether the team is growing.',
    deepen: 'Show the outage story.',
  }));
  await addRound(database, id, { date: '2026-12-10', time: '10:00', timeZone: 'Europe/Oslo', format: 'in-person', place: 'Strandkaien 4, Tromsø', personIds: [ingrid.id] });
  await updatePrep(database, id, (prep) => ({
    ...prep,
    decision: 'unsure',
    ownQuestions: [
      { id: 'q1', text: 'What would success look like after six months?', asked: true, answered: false },
      { id: 'q2', text: 'How is on-call shared?', asked: false, answered: false },
    ],
    terms: [
      { key: 'salary', value: '720 000 kr', fromAd: true, settled: false },
      { key: 'remote', value: 'Two days a week', fromAd: false, settled: true },
    ],
    practical: { wear: 'Smart casual', travel: 'Bus 24 at 08:55', task: { asked: 'A 10-minute talk on grid data', due: '2026-12-08', outline: 'Problem, approach, result', link: 'https://docs.example/talk' } },
    documents: [{ id: 'd1', label: 'Master’s diploma', handedIn: true }],
    references: [{ id: 'r1', name: 'Kari Nordmann', contact: 'kari@example.no', toldOn: '2026-11-25' }],
    footprint: [{ id: 'f1', label: 'LinkedIn', url: 'https://www.linkedin.com/in/me', checkedOn: '2026-11-30' }],
  }));
  return id;
}

function expectEverything(text: string) {
  // Rounds, their dates and who the user meets.
  expect(text).toContain('## Interview rounds');
  // The seed's round 2 was written by the first version, with its time as typed.
  expect(text).toContain('### Round 2 — 2026-12-10T10:00');
  expect(text).toMatch(/### Round 3 — .*November 20.*09:00/);
  expect(text).toMatch(/### Round 4 — .*December 10.*10:00/);
  expect(text).toContain('- **Place:** Strandkaien 4, Tromsø');
  expect(text).toContain('- **Video link:** [https://meet.example/abc](https://meet.example/abc)');
  expect(text).toMatch(/- \*\*Format:\*\* Video · 45 min/);
  expect(text).toContain('- **Who you will meet:** Ingrid Solberg');
  // The debrief of round one, with the questions asked and the answers given.
  expect(text).toContain('#### Debrief of round 3');
  expect(text).toContain('**What went well?**\n\nThe system design part went well.');
  expect(text).toContain('I rambled about Kafka.');
  expect(text).toMatch(/- \*\*Why .*\*\* Five years of grid software\./);
  expect(text).toContain('- **How do you handle a failed deploy?** Roll back first, then find the cause.');
  expect(text).toContain('Your answer now: Feature flags, then a blameless review.');
  expect(text).toContain('Whether the team is growing.');
  expect(text).toContain('Show the outage story.');
  // People: name, role, notes, link.
  expect(text).toContain('## People');
  expect(text).toContain('### Ingrid Solberg — Head of Platform\n\nLeads the grid-data team; ask about on-call.');
  expect(text).toContain('### [Per Hansen](https://nordlys-energi.no/per) — HR partner');
  // The user's own questions, decision and terms.
  expect(text).toContain('## Your questions for them');
  expect(text).toContain('- [ ] What would success look like after six months? (asked)');
  expect(text).toContain('- [ ] How is on-call shared?');
  expect(text).toContain('**Would you accept an offer?** Unsure');
  expect(text).toContain('- [ ] **Salary**: 720 000 kr (from the ad)');
  expect(text).toContain('- [x] **Remote work**: Two days a week — settled');
  // Practicalities and papers.
  expect(text).toContain('Smart casual');
  expect(text).toContain('Bus 24 at 08:55');
  expect(text).toContain('- **What did they ask you to prepare?** A 10-minute talk on grid data');
  expect(text).toContain('- **Due:** 2026-12-08');
  expect(text).toContain('[https://docs.example/talk](https://docs.example/talk)');
  expect(text).toContain('- [x] Master’s diploma (handed in)');
  expect(text).toContain('- **Kari Nordmann** — Phone or e-mail: kari@example.no — Told they may be called on: 2026-11-25');
  expect(text).toContain('- [LinkedIn](https://www.linkedin.com/in/me) — Checked on: 2026-11-30');
}

describe('the export holds the interview work, as the briefing shows it', () => {
  test('one Markdown file: rounds, debrief, people, own questions, decision, terms and papers', async () => {
    const id = await prepared(db());
    const text = await (await markdownFile(db(), id))!.blob.text();
    expectEverything(text);
    const front = text.split('---\n')[1]!;
    expect(front).toContain('interviews:\n  - "2026-12-10T10:00"\n  - "2026-11-20T09:00"\n  - "2026-12-10T10:00"');
    // In the briefing's order: rounds and people before the answers, the terms after them.
    expect(text.indexOf('## Interview rounds')).toBeLessThan(text.indexOf('Jeg kjenner kraftmarkedet.'));
    expect(text.indexOf('## Terms to clarify')).toBeGreaterThan(text.indexOf('Jeg kjenner kraftmarkedet.'));
  });

  test('the zip: the company note holds the same', async () => {
    const id = await prepared(db());
    const zip = unzipSync(new Uint8Array(await (await zipFile(db(), id)).blob.arrayBuffer()));
    const note = Object.entries(zip).find(([path]) => !path.includes('/clips/'))!;
    expectEverything(strFromU8(note[1]));
  });

  test('in the user’s language: a Norwegian user gets Norwegian headings and labels', async () => {
    const id = await prepared(db());
    await setLanguage('nb');
    try {
      const text = await (await markdownFile(db(), id))!.blob.text();
      expect(text).toContain('## Intervjurunder');
      expect(text).toContain('## Personer');
      expect(text).toContain('## Vilkår som må avklares');
      expect(text).toContain('- **Sted:** Strandkaien 4, Tromsø');
      expect(text).toMatch(/### Runde 3 — .*20\. november.*09:00/);
    } finally {
      await setLanguage('browser');
    }
  });

  test('a company with no interview work gets none of those headings', async () => {
    const { skogsjo } = await seed(db());
    const text = await (await markdownFile(db(), skogsjo.company.id))!.blob.text();
    for (const heading of ['## Interview rounds', '## People', '## Your questions for them', '## Terms to clarify', '## Practicalities']) expect(text).not.toContain(heading);
  });
});
