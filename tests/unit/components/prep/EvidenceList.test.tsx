import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { EvidenceList } from '../../../../components/prep/EvidenceList';
import { topEvidence, type RankedEvidence } from '../../../../core/evidence';
import { hit, source } from './fixtures';

const sentences = ['Our vision is clean power for the north.', 'We exist to make energy simple.', 'Vår visjon er å gjøre Nord-Norge selvforsynt med fornybar kraft.'];
const all = topEvidence([{ clipId: source.clipId, url: source.url, hits: sentences.map((s, i) => hit('vision', s, 3 - i, i)) }], 'vision', { dismissed: new Set() });
const sources = new Map([[source.clipId, source]]);

function list(evidence: readonly RankedEvidence[], dismissed: readonly RankedEvidence[] = [], pinnedCount = 0, callbacks = { onPin: vi.fn(), onDismiss: vi.fn(), onRestore: vi.fn() }) {
  return <EvidenceList evidence={evidence} dismissed={dismissed} pinnedCount={pinnedCount} sources={sources} {...callbacks} />;
}

describe('the evidence of a prompt', () => {
  test('buttons name the sentence they act on', () => {
    render(list(all));
    expect(screen.getByRole('button', { name: 'Pin: Our vision is clean power…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dismiss: We exist to make energy…' })).toBeTruthy();
  });

  test('a quote in another language than the interface says which', () => {
    render(list(all));
    expect(screen.getByText(sentences[2]!).getAttribute('lang')).toBe('nb');
    expect(screen.getByText(sentences[0]!).hasAttribute('lang')).toBe(false);
  });

  test('after Pin the keyboard focus goes to the next sentence’s Pin, not to the top of the page', () => {
    const callbacks = { onPin: vi.fn(), onDismiss: vi.fn(), onRestore: vi.fn() };
    const { rerender } = render(list(all, [], 0, callbacks));
    const pin = screen.getByRole('button', { name: 'Pin: Our vision is clean power…' });
    pin.focus();
    fireEvent.click(pin);
    expect(callbacks.onPin).toHaveBeenCalledWith(all[0]);
    rerender(list(all.slice(1), [], 1, callbacks));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pin: We exist to make energy…' }));
  });

  test('a dismissed sentence can be taken back at once, and every dismissed one is one click away', () => {
    const callbacks = { onPin: vi.fn(), onDismiss: vi.fn(), onRestore: vi.fn() };
    const { rerender } = render(list(all, [], 0, callbacks));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss: Our vision is clean power…' }));
    expect(callbacks.onDismiss).toHaveBeenCalledWith(all[0]);
    rerender(list(all.slice(1), [all[0]!], 0, callbacks));
    expect(screen.getByRole('status').textContent).toContain('Dismissed “Our vision is clean power…”');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(callbacks.onRestore).toHaveBeenCalledWith(all[0]!.key);

    const show = screen.getByRole('button', { name: '1 dismissed – show' });
    expect(screen.queryByText(sentences[0]!)).toBeNull();
    fireEvent.click(show);
    expect(screen.getByText(sentences[0]!)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show again: Our vision is clean power…' }));
    expect(callbacks.onRestore).toHaveBeenCalledTimes(2);
  });

  test('an empty list says nothing was found only when nothing was: not when the user pinned or dismissed it all', () => {
    const { rerender } = render(list([]));
    expect(screen.getByText(/Nothing found in your clips yet/)).toBeTruthy();
    rerender(list([], [all[0]!]));
    expect(screen.queryByText(/Nothing found/)).toBeNull();
    expect(screen.getByText(/pinned or dismissed every sentence found so far/)).toBeTruthy();
    rerender(list([], [], 2));
    expect(screen.queryByText(/Nothing found/)).toBeNull();
  });
});
