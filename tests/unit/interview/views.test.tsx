import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { InterviewView, OwnQuestionsView, PapersView } from '../../../components/interview';
import { getDb } from '../../../core/db/schema';
import { addPerson } from '../../../core/interview/people';
import { updatePrep } from '../../../core/interview/prep-record';
import { addRound } from '../../../core/interview/rounds';

const DAY = 86_400_000;
// A round lists every time zone: on a busy machine jsdom takes its time to render it.
const SLOW = { timeout: 5000 };
const isoDay = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

async function company(id: string) {
  await getDb().companies.put({ id, name: `Company ${id}`, domains: [`${id}.example`], normNames: [id], status: 'interview1', createdAt: 0, updatedAt: 0 });
  return id;
}

describe('the interview views', () => {
  test('links that are not http(s) stay text; web links are links', async () => {
    const id = await company(crypto.randomUUID());
    await addPerson(getDb(), id, { name: 'Kari Nordmann', link: 'javascript:alert(1)' });
    await addPerson(getDb(), id, { name: 'Per Hansen', link: 'https://example.org/per' });
    await addRound(getDb(), id, { date: isoDay(3), time: '10:00', videoLink: 'zoommtg://join?confno=1' });
    const { container } = render(<InterviewView companyId={id} />);
    await screen.findByText('zoommtg://join?confno=1', {}, SLOW);
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://example.org/per');
    expect(hrefs.some((href) => href?.startsWith('javascript:') || href?.startsWith('zoommtg:'))).toBe(false);
    expect(within(container.querySelector('[data-person="Kari Nordmann"]') as HTMLElement).getAllByText('javascript:alert(1)').length).toBeGreaterThan(0);
  });

  test('a past round asks for the debrief and has no calendar button; what is typed is saved', async () => {
    const id = await company(crypto.randomUUID());
    const round = await addRound(getDb(), id, { date: isoDay(-5), time: '09:00' });
    render(<InterviewView companyId={id} />);
    const debrief = await screen.findByRole('region', { name: 'Debrief of round 1' }, SLOW);
    expect(screen.queryByRole('button', { name: 'Add to calendar (.ics)' })).toBeNull();
    fireEvent.input(within(debrief).getByLabelText('What went well?'), { target: { value: 'The case went well' } });
    await waitFor(async () => expect((await getDb().interviews.get(round.id))?.debrief?.wentWell).toBe('The case went well'), SLOW);
    expect(await getDb().reminders.where('interviewId').equals(round.id).count()).toBe(0);
  });

  test('the readiness line names the next round and what is left', async () => {
    const id = await company(crypto.randomUUID());
    await addRound(getDb(), id, { date: isoDay(4), time: '10:00' });
    render(<InterviewView companyId={id} />);
    const line = await screen.findByTestId('readiness-line', {}, SLOW);
    await waitFor(() => expect(line.textContent).toMatch(/^Round 1 \w+.*10:00.*things left: time and place, people, key qualities/), SLOW);
  });

  test('own questions and the decision are kept', async () => {
    const id = await company(crypto.randomUUID());
    render(<OwnQuestionsView companyId={id} />);
    const input = await screen.findByLabelText('A question you want to ask them', {}, SLOW);
    fireEvent.input(input, { target: { value: 'How is on-call shared?' } });
    fireEvent.submit(input.closest('form')!);
    fireEvent.click(screen.getByRole('radio', { name: 'Unsure' }));
    await waitFor(async () => {
      const prep = await getDb().interviewPrep.get(id);
      expect(prep?.ownQuestions.map((q) => q.text)).toEqual(['How is on-call shared?']);
      expect(prep?.decision).toBe('unsure');
    }, SLOW);
  });

  test('a profile link that is not http(s) is shown as text, never as a link', async () => {
    const id = await company(crypto.randomUUID());
    await updatePrep(getDb(), id, (p) => ({ ...p, footprint: [{ id: 'f', label: 'Mine', url: 'file:///etc/passwd', checkedOn: '' }, { id: 'g', label: 'LinkedIn', url: 'https://www.linkedin.com/in/me', checkedOn: '' }] }));
    const { container } = render(<PapersView companyId={id} />);
    await screen.findByText('file:///etc/passwd', {}, SLOW);
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://www.linkedin.com/in/me']);
  });
});
