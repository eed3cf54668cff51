import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { DoBetterList } from '../../../../components/prep/DoBetterList';
import { topEvidence } from '../../../../core/evidence';
import type { Note } from '../../../../core/model';
import { getPrompt } from '../../../../core/prompts';
import { HOSTILE, hit, note, source } from './fixtures';

const prompt = getPrompt('do-better');
if (!prompt) throw new Error('No do-better prompt');
const complaint = 'Customers complained about long delivery times.';
const evidence = topEvidence([{ clipId: 'c1', url: source.url, hits: [hit('do-better', complaint)] }], 'do-better', { dismissed: new Set() });

function renderList(notes: Note[] = []) {
  const callbacks = { onAdd: vi.fn(), onUpdate: vi.fn(), onRemove: vi.fn(), onUnpin: vi.fn(), onDismiss: vi.fn(), onRestore: vi.fn() };
  const view = render(
    <DoBetterList
      companyId="co1"
      prompt={prompt as NonNullable<typeof prompt>}
      lang="en"
      notes={notes}
      evidence={evidence}
      dismissed={[]}
      sources={new Map([[source.clipId, source]])}
      {...callbacks}
    />,
  );
  return { ...callbacks, ...view };
}

function addForm() {
  return within(screen.getByRole('heading', { name: 'Add an improvement' }).parentElement!);
}

describe('what could they do better', () => {
  test('reminds the user to be constructive and bring a fix', () => {
    renderList();
    expect(screen.getByText(/Be constructive: for each thing you noticed, bring an idea that would fix it/)).toBeTruthy();
    expect(screen.getByText(/No improvements noted yet/)).toBeTruthy();
  });

  test('adds an improvement with its area, observation, idea and source, then empties the form', () => {
    const { onAdd } = renderList();
    const form = addForm();
    const submit = form.getByRole('button', { name: 'Add an improvement' });
    expect(submit).toHaveProperty('disabled', true);
    fireEvent.change(form.getByRole('combobox', { name: 'Area' }), { target: { value: 'customer' } });
    fireEvent.input(form.getByRole('textbox', { name: 'What you noticed' }), { target: { value: ' Deliveries are slow ' } });
    fireEvent.input(form.getByRole('textbox', { name: 'Your idea for improving it' }), { target: { value: 'Show delivery tracking' } });
    fireEvent.input(form.getByRole('textbox', { name: /Where you saw it/ }), { target: { value: 'https://nordlys.no/kundeservice' } });
    fireEvent.click(submit);
    expect(onAdd).toHaveBeenCalledExactlyOnceWith({ area: 'customer', observation: 'Deliveries are slow', idea: 'Show delivery tracking', sourceUrl: 'https://nordlys.no/kundeservice' });
    expect((addForm().getByRole('textbox', { name: 'What you noticed' }) as HTMLTextAreaElement).value).toBe('');
  });

  test('a sentence from the clips starts an improvement with its quote and source', () => {
    const { onAdd } = renderList();
    fireEvent.click(screen.getByRole('button', { name: 'Note an improvement' }));
    const form = addForm();
    expect(form.getByText(complaint)).toBeTruthy();
    fireEvent.input(form.getByRole('textbox', { name: 'What you noticed' }), { target: { value: 'Slow delivery' } });
    fireEvent.click(form.getByRole('button', { name: 'Add an improvement' }));
    expect(onAdd).toHaveBeenCalledWith(expect.objectContaining({ observation: 'Slow delivery', quote: complaint, clipId: 'c1', sourceUrl: source.url }));
  });

  test('taking a sentence keeps what the user had already typed', () => {
    const { onAdd } = renderList();
    fireEvent.input(addForm().getByRole('textbox', { name: 'What you noticed' }), { target: { value: 'The app crashes at checkout' } });
    fireEvent.click(screen.getByRole('button', { name: 'Note an improvement' }));
    const form = addForm();
    expect((form.getByRole('textbox', { name: 'What you noticed' }) as HTMLTextAreaElement).value).toBe('The app crashes at checkout');
    fireEvent.click(form.getByRole('button', { name: 'Add an improvement' }));
    expect(onAdd).toHaveBeenCalledWith(expect.objectContaining({ observation: 'The app crashes at checkout', quote: complaint, sourceUrl: source.url }));
  });

  test('edits an improvement in place', () => {
    const item = note('do-better', 'improvement', 'Slow site', { area: 'digital', idea: 'Cache' });
    const { onUpdate } = renderList([item]);
    fireEvent.click(screen.getByRole('button', { name: /^Edit: / }));
    const idea = screen.getAllByRole('textbox', { name: 'Your idea for improving it' })[0];
    expect((idea as HTMLTextAreaElement).value).toBe('Cache');
    fireEvent.input(idea ?? document.body, { target: { value: 'Use a CDN' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onUpdate).toHaveBeenCalledWith(item.id, expect.objectContaining({ area: 'digital', observation: 'Slow site', idea: 'Use a CDN' }));
    expect(screen.getByRole('button', { name: /^Edit: / })).toBeTruthy();
  });

  test('removing asks for a second click', () => {
    const item = note('do-better', 'improvement', 'Slow site', { area: 'digital', idea: 'Cache' });
    const { onRemove } = renderList([item]);
    fireEvent.click(screen.getByRole('button', { name: /^Remove: / }));
    expect(onRemove).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove for good' }));
    expect(onRemove).toHaveBeenCalledWith(item.id);
  });

  test('an improvement without an idea asks for one; hostile text stays text', () => {
    const { container } = renderList([note('do-better', 'improvement', HOSTILE, { area: 'other', sourceUrl: 'javascript:alert(1)' })]);
    expect(screen.getByText(/Add an idea for fixing it/)).toBeTruthy();
    expect(screen.getByText(HOSTILE)).toBeTruthy();
    expect(container.querySelector('img, script, a[href^="javascript:"]')).toBeNull();
  });
});

describe('an improvement being written', () => {
  test('is kept as it is typed: closing the view and opening it again brings the draft back', () => {
    localStorage.clear();
    const { unmount } = renderList();
    fireEvent.input(addForm().getByRole('textbox', { name: 'What you noticed' }), { target: { value: 'The careers page is hard to find' } });
    fireEvent.input(addForm().getByRole('textbox', { name: 'Your idea for improving it' }), { target: { value: 'Link it from the front page' } });
    unmount();
    renderList();
    expect((addForm().getByRole('textbox', { name: 'What you noticed' }) as HTMLTextAreaElement).value).toBe('The careers page is hard to find');
    expect((addForm().getByRole('textbox', { name: 'Your idea for improving it' }) as HTMLTextAreaElement).value).toBe('Link it from the front page');
  });

  test('is forgotten once added', () => {
    localStorage.clear();
    const { onAdd, unmount } = renderList();
    fireEvent.input(addForm().getByRole('textbox', { name: 'What you noticed' }), { target: { value: 'Slow site' } });
    fireEvent.click(addForm().getByRole('button', { name: 'Add an improvement' }));
    expect(onAdd).toHaveBeenCalledOnce();
    unmount();
    renderList();
    expect((addForm().getByRole('textbox', { name: 'What you noticed' }) as HTMLTextAreaElement).value).toBe('');
  });
});
