import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { PrepBoard } from '../../../../components/prep/PrepBoard';
import { evidenceKey } from '../../../../core/evidence';
import { PROMPT_SECTIONS } from '../../../../core/prompts';
import { boardData, fakeActions, hit, note } from './fixtures';

const total = PROMPT_SECTIONS.flatMap((section) => section.prompts).length;
const visionHits = Array.from({ length: 7 }, (_, i) => hit('vision', `Vision sentence number ${i} about clean power.`, 10 - i, i));

function section(id: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-section-id="${id}"]`);
  if (!found) throw new Error(`No section ${id}`);
  return found;
}

describe('the prep board', () => {
  test('says how many prompts are answered, overall and per section', () => {
    const notes = [
      note('vision', 'answer', 'Clean power'),
      note('strategy', 'answer', 'Grow in Sweden'),
      note('values', 'answer', '  '),
      note('do-better', 'improvement', 'Slow site', { area: 'digital', idea: 'Cache' }),
    ];
    render(<PrepBoard data={boardData([], notes)} lang="en" layout="wide" actions={fakeActions()} />);
    expect(document.querySelector('.prep-overall')?.textContent).toContain(`3 of ${total} prompts answered`);
    expect(within(section('vision-strategy')).getAllByText('2 of 6 prompts answered')).toHaveLength(1);
    expect(within(section('do-better')).getByText('1 of 1 prompts answered')).toBeTruthy();
    expect(within(section('questions')).getByText('0 of 5 prompts answered')).toBeTruthy();
  });

  test('opened at a prompt (a search result), its section is open and its question has the focus', () => {
    render(<PrepBoard data={boardData([], [])} lang="en" layout="popup" actions={fakeActions()} focus="why-you" />);
    const toggle = within(section('questions')).getAllByRole('button')[0]!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const question = section('questions').querySelector('[data-prompt-id="why-you"] h4');
    expect(document.activeElement).toBe(question);
  });

  test('renders each section as a collapsible card; the popup opens the first one with work left', () => {
    render(<PrepBoard data={boardData([], [note('do-better', 'improvement', 'x')])} lang="en" layout="popup" actions={fakeActions()} />);
    const toggle = (id: string) => within(section(id)).getAllByRole('button')[0]!;
    expect(within(section('vision-strategy')).getByRole('heading', { level: 3 })).toBeTruthy();
    expect(toggle('vision-strategy').getAttribute('aria-expanded')).toBe('true');
    expect(toggle('questions').getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle('questions'));
    expect(toggle('questions').getAttribute('aria-expanded')).toBe('true');
    expect(section('questions').querySelector('[data-prompt-id="why-you"]')).not.toBeNull();
  });

  test('shows 3 pieces of evidence in the popup and 5 in the wide layout', () => {
    const data = boardData(visionHits);
    const { unmount } = render(<PrepBoard data={data} lang="en" layout="popup" actions={fakeActions()} />);
    expect(document.querySelectorAll('[data-prompt-id="vision"] .prep-evidence li')).toHaveLength(3);
    unmount();
    render(<PrepBoard data={data} lang="en" layout="wide" actions={fakeActions()} />);
    expect(document.querySelectorAll('[data-prompt-id="vision"] .prep-evidence li')).toHaveLength(5);
  });

  test('dismissed and already pinned sentences leave the evidence list', () => {
    const [first, second] = visionHits;
    const data = boardData(visionHits, [note('vision', 'pin', second?.sentence ?? '')], { vision: [evidenceKey(first?.sentence ?? '')] });
    render(<PrepBoard data={data} lang="en" layout="popup" actions={fakeActions()} />);
    const list = document.querySelector('[data-prompt-id="vision"] .prep-evidence')?.textContent ?? '';
    expect(list).not.toContain(first?.sentence);
    expect(list).not.toContain(second?.sentence);
    expect(list).toContain('number 2');
  });

  test('the answer box and pin button reach the container’s callbacks', () => {
    const actions = fakeActions();
    render(<PrepBoard data={boardData(visionHits)} lang="en" layout="wide" actions={actions} />);
    const card = within(document.querySelector<HTMLElement>('[data-prompt-id="vision"]') ?? document.body);
    const box = card.getByRole('textbox');
    fireEvent.input(box, { target: { value: 'Clean power' } });
    expect(actions.onAnswer).toHaveBeenCalledWith('vision', 'Clean power', expect.any(Number));
    fireEvent.click(card.getAllByRole('button', { name: /^Pin: / })[0] ?? document.body);
    expect(actions.onPin).toHaveBeenCalledWith('vision', expect.objectContaining({ sentence: visionHits[0]?.sentence }));
  });
});
