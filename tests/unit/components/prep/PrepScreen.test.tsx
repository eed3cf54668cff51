import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PrepScreen } from '../../../../components/prep/PrepScreen';
import { RoundTwoDB } from '../../../../core/db/schema';
import { answerOf, saveAnswer } from '../../../../core/notes';
import { getPrompt, PROMPTS } from '../../../../core/prompts';
import { company } from './fixtures';

let db: RoundTwoDB;

beforeEach(async () => {
  db = new RoundTwoDB(`test-${crypto.randomUUID()}`);
  await db.companies.add(company);
});

afterEach(async () => {
  cleanup();
  // Let the last live-query render and Preact's after-paint effects settle before the page goes.
  await new Promise((done) => setTimeout(done, 60));
  await db.delete();
});

const whyYou = getPrompt('why-you')?.question.en ?? '';

describe('the prep screen', () => {
  test('saves an answer to the database as it is typed, and counts it', async () => {
    render(<PrepScreen db={db} companyId="co1" layout="wide" />);
    const box = await screen.findByRole('textbox', { name: whyYou });
    fireEvent.input(box, { target: { value: 'I have done this twice before.' } });
    await waitFor(async () => expect((await answerOf(db, 'co1', 'why-you'))?.text).toBe('I have done this twice before.'));
    await screen.findByText(`1 of ${PROMPTS.length} prompts answered`);
    expect(screen.queryByRole('button', { name: 'Review' }), 'the briefing page replaces review mode').toBeNull();
  });

  test('shows answers written elsewhere as they are saved', async () => {
    render(<PrepScreen db={db} companyId="co1" layout="popup" />);
    await screen.findAllByRole('textbox');
    await saveAnswer(db, 'co1', 'vision', 'From the other window');
    await waitFor(() => expect(screen.getAllByRole('textbox').some((box) => (box as HTMLTextAreaElement).value === 'From the other window')).toBe(true));
  });

  test('says so when the company is gone', async () => {
    render(<PrepScreen db={db} companyId="missing" layout="popup" />);
    expect(await screen.findByText(/no longer exists/)).toBeTruthy();
  });
});
