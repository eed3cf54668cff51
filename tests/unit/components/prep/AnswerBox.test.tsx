import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AnswerBox, type StoredAnswer } from '../../../../components/prep/AnswerBox';
import { answerDraftKey, readDraft, recoverAnswerDrafts, type AnswerDraft } from '../../../../components/prep/drafts';
import { RoundTwoDB } from '../../../../core/db/schema';
import { answerOf, saveAnswer } from '../../../../core/notes';

function box(saved: StoredAnswer | undefined, onAnswer = vi.fn()) {
  return (
    <>
      <h4 id="q">Why you?</h4>
      <AnswerBox companyId="co1" promptId="why-you" saved={saved} labelledBy="q" onAnswer={onAnswer} />
    </>
  );
}

function renderBox(saved?: StoredAnswer) {
  const onAnswer = vi.fn();
  const view = render(box(saved, onAnswer));
  return { ...view, onAnswer, textarea: screen.getByRole("textbox", { name: "Why you?" }) as HTMLTextAreaElement, rerender: (next?: StoredAnswer) => view.rerender(box(next, onAnswer)) };
}

beforeEach(() => localStorage.clear());

describe('the answer box saves every word at once', () => {
  test('each keystroke is written, with no delay to lose', () => {
    const { onAnswer, textarea } = renderBox();
    fireEvent.input(textarea, { target: { value: 'I' } });
    fireEvent.input(textarea, { target: { value: 'I bring' } });
    expect(onAnswer).toHaveBeenCalledTimes(2);
    expect(onAnswer).toHaveBeenLastCalledWith('why-you', 'I bring', expect.any(Number));
    const [first, second] = onAnswer.mock.calls.map((call) => call[2] as number);
    expect(second).toBeGreaterThan(first!);
  });

  test('a synchronous copy is kept, so a popup closed mid-write still has its last words stored by the next page', async () => {
    const { textarea, unmount } = renderBox();
    fireEvent.input(textarea, { target: { value: 'Closing right now' } });
    unmount();
    expect(readDraft<AnswerDraft>(answerDraftKey('co1', 'why-you'))?.text).toBe('Closing right now');

    const db = new RoundTwoDB(`test-${crypto.randomUUID()}`);
    expect(await recoverAnswerDrafts(db)).toBe(1);
    expect((await answerOf(db, 'co1', 'why-you'))?.text).toBe('Closing right now');
    expect(readDraft(answerDraftKey('co1', 'why-you'))).toBeUndefined();
    await db.delete();
  });

  test('a copy older than what another window stored later does not overwrite it', async () => {
    const db = new RoundTwoDB(`test-${crypto.randomUUID()}`);
    localStorage.setItem(`round-two:draft:${answerDraftKey('co1', 'why-you')}`, JSON.stringify({ text: 'old', at: 100 }));
    await saveAnswer(db, 'co1', 'why-you', 'newer', 200);
    expect(await recoverAnswerDrafts(db)).toBe(0);
    expect((await answerOf(db, 'co1', 'why-you'))?.text).toBe('newer');
    await db.delete();
  });
});

describe('two views of one answer', () => {
  afterEach(() => vi.useRealTimers());

  test('the echo of its own writes never interrupts typing, even one keystroke behind', () => {
    const { onAnswer, textarea, rerender } = renderBox();
    fireEvent.input(textarea, { target: { value: 'a' } });
    fireEvent.input(textarea, { target: { value: 'ab' } });
    const firstAt = onAnswer.mock.calls[0]![2] as number;
    rerender({ text: 'a', updatedAt: firstAt });
    expect(textarea.value).toBe('ab');
    expect(screen.queryByText(/changed in another window/)).toBeNull();
  });

  test('a later edit from another window wins here, says so, and keeps this view’s text one click away', () => {
    const { onAnswer, textarea, rerender } = renderBox({ text: 'Start', updatedAt: 1 });
    fireEvent.input(textarea, { target: { value: 'Start, and mine' } });
    rerender({ text: 'Start, and theirs', updatedAt: Date.now() + 10_000 });
    expect(textarea.value).toBe('Start, and theirs');
    expect(screen.getByRole('status').textContent).toContain('This answer was changed in another window');
    fireEvent.click(screen.getByText('Show what you had written here'));
    expect(screen.getByText('Start, and mine')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Use my version' }));
    expect(textarea.value).toBe('Start, and mine');
    expect(onAnswer).toHaveBeenLastCalledWith('why-you', 'Start, and mine', expect.any(Number));
    expect(screen.queryByText(/changed in another window/)).toBeNull();
  });

  test('a change from elsewhere to an untouched box just shows, without a warning', () => {
    const { textarea, rerender } = renderBox({ text: 'one', updatedAt: 1 });
    rerender({ text: 'two', updatedAt: 2 });
    expect(textarea.value).toBe('two');
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('the answer box shows', () => {
  test('the stored answer, and an invitation only while it is empty', () => {
    renderBox({ text: 'Stored', updatedAt: 1 });
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('Stored');
    expect(screen.queryByText(/No answer yet/)).toBeNull();
  });

  test('an invitation when there is no answer yet', () => {
    renderBox();
    expect(screen.getByText(/No answer yet/)).toBeTruthy();
  });
});
