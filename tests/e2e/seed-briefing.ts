import type { Page } from 'playwright-core';

/** A company prepared the way the guide asks: every prompt answered, pins, people, questions, terms, papers. */
export function wellPreparedCompany(now: number) {
  const companyId = 'well-prepared';
  const day = 86_400_000;
  const start = new Date(now + 2 * day);
  const date = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`;
  const answer = (promptId: string, text: string, pin?: string) => [
    { id: `a-${promptId}`, companyId, promptId, kind: 'answer', text, createdAt: 1, updatedAt: 1 },
    ...(pin ? [{ id: `p-${promptId}`, companyId, promptId, kind: 'pin', text: pin, sourceUrl: 'https://havbris.example/about', createdAt: 2, updatedAt: 2 }] : []),
  ];
  const notes = [
    ...answer('vision', 'A coastline where every crossing is on time and emission-free. For the role: the platform is what keeps the timetable honest, so reliability is the vision in practice.', 'Our vision is a coastline where every ferry crossing runs on time and without emissions.'),
    ...answer('strategy', 'Grow into Sweden and Denmark by 2030 and cut customers’ fuel by a third through smarter route planning. Both need a platform that scales from a handful of operators to many.', 'Our strategy towards 2030 is to grow into Sweden and Denmark and to cut the fuel our customers use by a third.'),
    ...answer('values', 'Everyone talks to customers; they prefer small teams with real ownership. I like being on call for what I built.'),
    ...answer('department', 'Platform is nine people under Ingrid Solberg, running the route planner day and night, with on-call shared across the team.'),
    ...answer('contribute', 'Rebuild deployments so a release takes minutes, add monitoring that catches slow route calculations before customers do, and document the on-call routine.'),
    ...answer('people', 'Ingrid leads platform and cares about calm on-call weeks; Magnus (CTO) drives the move to more customers.'),
    ...answer('key-qualities', 'Calm operations, automation and clear writing. Example: I cut our deploy time from an hour to eight minutes at my last job and wrote the runbook everyone now uses.', 'Three years of experience operating cloud systems'),
    ...answer('career-goals', 'Lead a small platform team within three years, keeping critical systems steady and people rested.'),
    ...answer('why-this-job', 'Running a system that ferries depend on every day, and the scale-up ahead: the hard and interesting part of platform work.'),
    ...answer('why-you', 'Five years running cloud platforms, deploys automated end to end, and I have done a rebuild like this before without outages.'),
    ...answer('weak-spots', 'Less experience with their cloud provider: I have already set up a test account and ported one of my own services to it.'),
    { id: 'i1', companyId, promptId: 'do-better', kind: 'improvement', text: 'The status page is hard to find from the customer portal', idea: 'Link it from the portal’s header and show incidents there', area: 'digital', createdAt: 3, updatedAt: 3 },
    { id: 'i2', companyId, promptId: 'do-better', kind: 'improvement', text: 'Release notes are a PDF sent by e-mail', idea: 'A changelog page customers can subscribe to', area: 'customer', createdAt: 4, updatedAt: 4 },
  ];
  const people = [
    { id: 'ingrid', companyId, name: 'Ingrid Solberg', normName: 'ingrid solberg', role: 'Head of Platform', link: 'https://havbris.example/ingrid', notes: 'Wrote the on-call handbook; ask about the migration plan.', createdAt: 1, updatedAt: 1 },
    { id: 'magnus', companyId, name: 'Magnus Berg', normName: 'magnus berg', role: 'Chief Technology Officer', link: '', notes: 'Spoke at a ferry-tech meetup about fuel savings.', createdAt: 2, updatedAt: 2 },
    { id: 'sara', companyId, name: 'Sara Nilsen', normName: 'sara nilsen', role: 'Platform engineer', link: '', notes: 'Future colleague.', createdAt: 3, updatedAt: 3 },
  ];
  const debrief = { wentWell: 'Good talk about on-call.', better: 'The monitoring numbers.', asked: [], wonder: 'Team size next year', deepen: 'Automation results' };
  const rounds = [
    { id: 'r1', companyId, round: 1, createdAt: 1, format: 'video', date: '2026-01-01', time: '10:00', timeZone: 'UTC', startsAt: Date.UTC(2026, 0, 1, 10), debrief },
    {
      id: 'r2', companyId, round: 2, createdAt: 2, format: 'in-person', durationMin: 90, date, time: '10:00',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, startsAt: new Date(`${date}T10:00:00`).getTime(),
      place: 'Havbris HQ, Strandkaien 4, Bergen', personIds: ['ingrid', 'magnus', 'sara'],
    },
  ];
  const prep = {
    companyId, decision: 'yes', termsPrefilled: true, updatedAt: 1,
    terms: [
      { key: 'salary', value: 'NOK 650,000–750,000 per year', fromAd: true, settled: false },
      { key: 'hours', value: 'full time', fromAd: true, settled: true },
      { key: 'start', value: 'Ask whether March works', fromAd: false, settled: false },
      { key: 'place', value: 'Bergen', fromAd: true, settled: true },
      { key: 'remote', value: 'Two days a week?', fromAd: false, settled: false },
      { key: 'pension', value: '', fromAd: false, settled: false },
      { key: 'notice', value: 'Three months at my current job', fromAd: false, settled: false },
    ],
    ownQuestions: [
      { id: 'q1', text: 'What would success look like after six months?', asked: false, answered: false },
      { id: 'q2', text: 'How will the platform team help the move into Sweden and Denmark?', asked: false, answered: false },
      { id: 'q3', text: 'How is on-call shared, and how often is it busy?', asked: false, answered: false },
      { id: 'q4', text: 'What is the biggest risk in the rebuild?', asked: false, answered: false },
    ],
    practical: { wear: 'Dark trousers and the blue shirt', travel: 'Bus 2, 25 minutes', task: { asked: 'A 10-minute talk on the first 90 days', due: date, outline: 'Listen, measure, automate', link: '' } },
    documents: [{ id: 'd1', label: 'Master’s diploma', handedIn: true }],
    references: [{ id: 'ref1', name: 'Ola Nordmann', contact: 'ola@example.org', toldOn: '2026-11-28' }],
    footprint: [{ id: 'f1', label: 'LinkedIn', url: 'https://www.linkedin.com/in/example', checkedOn: '2026-11-29' }],
  };
  const company = { id: companyId, name: 'Havbris Software AS', domains: ['havbris.example'], normNames: ['havbris software'], status: 'interview2', createdAt: 1, updatedAt: 1 };
  return { companyId, stores: { companies: [company], notes, people, interviews: rounds, interviewPrep: [prep] } };
}

/** Writes records straight into the extension's IndexedDB from one of its pages (the schema already opened by the page). */
export async function seed(page: Page, stores: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('round-two');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(Object.keys(data), 'readwrite');
          for (const [store, rows] of Object.entries(data)) for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    stores,
  );
}
