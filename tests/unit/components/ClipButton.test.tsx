import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { ClipButton } from '../../../components/ClipButton';

describe('the clip button', () => {
  test('calls back when pressed', () => {
    const onClip = vi.fn();
    render(<ClipButton status={{ kind: 'idle' }} onClip={onClip} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clip this page' }));
    expect(onClip).toHaveBeenCalledOnce();
  });

  test('ignores presses while a clip is being made, but keeps the keyboard focus where the user pressed', () => {
    const onClip = vi.fn();
    render(<ClipButton status={{ kind: 'busy' }} onClip={onClip} />);
    const button = screen.getByRole('button', { name: 'Clipping…' });
    button.focus();
    fireEvent.click(button);
    expect(onClip).not.toHaveBeenCalled();
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
  });

  test('says what was saved, and when only the page text could be kept', () => {
    render(
      <ClipButton
        status={{ kind: 'done', result: { ok: true, clipId: 'c', companyId: 'co', title: 'Om oss', method: 'page-text', updated: false, truncated: true } }}
        onClip={() => undefined}
      />,
    );
    const status = screen.getByRole('status').textContent ?? '';
    expect(status).toContain('Clipped “Om oss”.');
    expect(status).toContain('No article was found');
    expect(status).toContain('only the first part');
  });

  test('explains a refusal in plain words as an alert', () => {
    render(<ClipButton status={{ kind: 'done', result: { ok: false, reason: 'pdfViewer' } }} onClip={() => undefined} />);
    expect(screen.getByRole('alert').textContent).toContain('PDF');
  });
});
