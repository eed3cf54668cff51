import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AnswerBox } from '../../../../components/prep/AnswerBox';

function renderBox(saved = '') {
  const onAnswer = vi.fn();
  const view = render(
    <>
      <h4 id="q">Why you?</h4>
      <AnswerBox promptId="why-you" saved={saved} labelledBy="q" onAnswer={onAnswer} />
    </>,
  );
  return { onAnswer, box: screen.getByRole('textbox', { name: 'Why you?' }), ...view };
}

describe('the answer box saves without being asked', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('once typing has paused for 400 ms, with the latest text', () => {
    const { onAnswer, box } = renderBox();
    fireEvent.input(box, { target: { value: 'I' } });
    vi.advanceTimersByTime(200);
    fireEvent.input(box, { target: { value: 'I bring' } });
    vi.advanceTimersByTime(399);
    expect(onAnswer, 'Should wait while the user types').not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onAnswer).toHaveBeenCalledExactlyOnceWith('why-you', 'I bring');
  });

  test('at once when the box loses focus, and not again when the timer runs out', () => {
    const { onAnswer, box } = renderBox();
    fireEvent.input(box, { target: { value: 'Calm and honest' } });
    fireEvent.blur(box);
    expect(onAnswer).toHaveBeenCalledExactlyOnceWith('why-you', 'Calm and honest');
    vi.advanceTimersByTime(1000);
    expect(onAnswer).toHaveBeenCalledOnce();
  });

  test('when the view closes before the timer ran out', () => {
    const { onAnswer, box, unmount } = renderBox();
    fireEvent.input(box, { target: { value: 'Half a thought' } });
    unmount();
    expect(onAnswer).toHaveBeenCalledExactlyOnceWith('why-you', 'Half a thought');
  });

  test('when the popup is closed (pagehide)', () => {
    const { onAnswer, box } = renderBox();
    fireEvent.input(box, { target: { value: 'Closing now' } });
    window.dispatchEvent(new Event('pagehide'));
    expect(onAnswer).toHaveBeenCalledExactlyOnceWith('why-you', 'Closing now');
  });

  test('clearing the text saves the empty answer', () => {
    const { onAnswer, box } = renderBox('Old answer');
    fireEvent.input(box, { target: { value: '' } });
    fireEvent.blur(box);
    expect(onAnswer).toHaveBeenCalledExactlyOnceWith('why-you', '');
  });

  test('nothing is saved when nothing changed', () => {
    const { onAnswer, box, unmount } = renderBox('Kept');
    fireEvent.blur(box);
    unmount();
    expect(onAnswer).not.toHaveBeenCalled();
  });
});

describe('the answer box shows', () => {
  test('the stored answer, and an invitation only while it is empty', () => {
    renderBox('Stored');
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('Stored');
    expect(screen.queryByText(/No answer yet/)).toBeNull();
  });

  test('an invitation when there is no answer yet', () => {
    renderBox();
    expect(screen.getByText(/No answer yet/)).toBeTruthy();
  });

  test('an answer saved elsewhere, unless the user is typing', () => {
    const onAnswer = vi.fn();
    const box = (saved: string) => <AnswerBox promptId="p" saved={saved} labelledBy="q" onAnswer={onAnswer} />;
    const { rerender } = render(box('one'));
    rerender(box('two'));
    const textarea = screen.getByRole('textbox') as HTMLTextAreaElement;
    expect(textarea.value).toBe('two');
    fireEvent.input(textarea, { target: { value: 'mine, unsaved' } });
    rerender(box('three'));
    expect(textarea.value).toBe('mine, unsaved');
  });
});
