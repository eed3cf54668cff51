import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { PromptCard } from '../../../../components/prep/PromptCard';
import { textFragmentUrl, topEvidence, type RankedEvidence } from '../../../../core/evidence';
import type { Note } from '../../../../core/model';
import { getPrompt, type Lang, type Prompt } from '../../../../core/prompts';
import { HOSTILE, hit, note, source } from './fixtures';

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const sentences = ['Our vision is clean power for the north.', 'We exist to make energy simple.'];
const evidence = topEvidence([{ clipId: source.clipId, url: source.url, hits: sentences.map((s, i) => hit('vision', s, 2 - i, i)) }], 'vision', { dismissed: new Set() });

interface CardOptions {
  id?: string;
  notes?: Note[];
  items?: RankedEvidence[];
  lang?: Lang;
  dismissed?: RankedEvidence[];
}

function renderCard({ id = 'vision', notes = [], items = evidence, lang = 'en', dismissed = [] }: CardOptions = {}) {
  const callbacks = { onAnswer: vi.fn(), onPin: vi.fn(), onUnpin: vi.fn(), onDismiss: vi.fn(), onRestore: vi.fn() };
  const view = render(
    <PromptCard
      companyId="co1"
      prompt={prompt(id)}
      lang={lang}
      notes={notes}
      evidence={items}
      dismissed={dismissed}
      sources={new Map([[source.clipId, source]])}
      {...callbacks}
    />,
  );
  return { ...callbacks, ...view };
}

function evidenceItem(sentence: string): HTMLElement {
  const item = screen.getByText(sentence).closest('li');
  if (!item) throw new Error(`No evidence item for ${sentence}`);
  return item;
}

describe('a prompt card', () => {
  test('asks the question with its guidance, in the UI language', () => {
    renderCard({ lang: 'nb' });
    expect(screen.getByRole('heading', { name: prompt('vision').question.nb })).toBeTruthy();
    expect(screen.getByText(prompt('vision').guidance.nb)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: prompt('vision').question.nb })).toBeTruthy();
  });

  test('pin and dismiss call back with the evidence they stand beside', () => {
    const { onPin, onDismiss } = renderCard();
    const second = sentences[1] ?? '';
    fireEvent.click(within(evidenceItem(second)).getByRole('button', { name: 'Pin: We exist to make energy…' }));
    expect(onPin).toHaveBeenCalledExactlyOnceWith('vision', expect.objectContaining({ sentence: second, clipId: 'c1', url: source.url }));
    fireEvent.click(within(evidenceItem(second)).getByRole('button', { name: 'Dismiss: We exist to make energy…' }));
    expect(onDismiss).toHaveBeenCalledExactlyOnceWith('vision', evidence[1]?.key);
  });

  test('each sentence names its source and links to it on the original page, in a new tab', () => {
    renderCard();
    const first = sentences[0] ?? '';
    const item = within(evidenceItem(first));
    expect(item.getByText(/Nordlys Energi · Om oss/)).toBeTruthy();
    const link = item.getByRole('link');
    expect(link.getAttribute('href')).toBe(textFragmentUrl(source.url, first));
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('says so when the clips hold no evidence yet', () => {
    renderCard({ items: [] });
    expect(screen.getByText(/Nothing found in your clips yet/)).toBeTruthy();
  });

  test('shows pinned items, which can be unpinned', () => {
    const pin = note('vision', 'pin', 'Pinned sentence.', { clipId: 'c1', sourceUrl: source.url });
    const { onUnpin } = renderCard({ notes: [note('vision', 'answer', 'My answer'), pin] });
    const pinned = within(screen.getByRole('heading', { name: 'Pinned' }).parentElement!);
    expect(pinned.getByText('Pinned sentence.')).toBeTruthy();
    fireEvent.click(pinned.getByRole('button', { name: 'Unpin: Pinned sentence.' }));
    expect(onUnpin).toHaveBeenCalledWith(pin.id);
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('My answer');
  });

  test('an answer-only prompt shows just the guidance and the answer box', () => {
    renderCard({ id: 'why-you', items: [] });
    expect(screen.getByText(prompt('why-you').guidance.en)).toBeTruthy();
    expect(screen.getByRole('textbox')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'From your clips' })).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('hostile strings from pages render as text, and script URLs never become links', () => {
    const hostile = topEvidence([{ clipId: 'c1', url: 'javascript:alert(3)', hits: [hit('vision', `Vision ${HOSTILE}`)] }], 'vision', { dismissed: new Set() });
    const { container } = renderCard({ items: hostile, notes: [note('vision', 'pin', HOSTILE, { sourceUrl: 'javascript:alert(4)' }), note('vision', 'answer', HOSTILE)] });
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(screen.getByText(HOSTILE)).toBeTruthy();
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe(HOSTILE);
  });
});
