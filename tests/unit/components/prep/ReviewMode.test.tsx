import { render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { ReviewMode } from '../../../../components/prep/ReviewMode';
import { getPrompt } from '../../../../core/prompts';
import { HOSTILE, boardData, note, source } from './fixtures';

function question(id: string): string {
  return getPrompt(id)?.question.en ?? id;
}

describe('review mode', () => {
  test('shows answers, pinned evidence and improvements, section by section, read-only', () => {
    const data = boardData([], [
      note('vision', 'answer', 'Clean power for the north'),
      note('vision', 'pin', 'Our vision is clean power.', { clipId: 'c1', sourceUrl: source.url }),
      note('do-better', 'improvement', 'Slow job pages', { area: 'digital', idea: 'Lazy-load images' }),
    ]);
    const { container } = render(<ReviewMode data={data} lang="en" />);
    expect(screen.getByRole('heading', { name: question('vision') })).toBeTruthy();
    expect(screen.getByText('Clean power for the north')).toBeTruthy();
    expect(screen.getByText('Our vision is clean power.')).toBeTruthy();
    expect(screen.getByText(/Nordlys Energi · Om oss/)).toBeTruthy();
    expect(screen.getByText('Slow job pages')).toBeTruthy();
    expect(screen.getByText(/Lazy-load images/)).toBeTruthy();
    expect(screen.getByText('Website and digital presence')).toBeTruthy();
    expect(container.querySelector('textarea, input, select, button')).toBeNull();
  });

  test('marks the prompts still unanswered', () => {
    render(<ReviewMode data={boardData([], [note('vision', 'answer', 'Yes')])} lang="en" />);
    expect(screen.getAllByText('Not answered yet').length).toBeGreaterThan(5);
  });

  test('hostile answers render as text', () => {
    const { container } = render(<ReviewMode data={boardData([], [note('why-you', 'answer', HOSTILE)])} lang="en" />);
    expect(screen.getByText(HOSTILE)).toBeTruthy();
    expect(container.querySelector('img, script')).toBeNull();
  });
});
