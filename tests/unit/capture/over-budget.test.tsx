import { render, screen } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { ClipButton } from '../../../components/ClipButton';

test('a clip whose article took too long to find says so, not that the page had no article', () => {
  const result = { ok: true as const, clipId: 'c', companyId: 'co', title: 'A very long report', method: 'page-text' as const, updated: false, truncated: false, overBudget: true };
  render(<ClipButton status={{ kind: 'done', result }} onClip={() => undefined} />);
  const status = screen.getByTestId('clip-status').textContent ?? '';
  expect(status).toContain('took too long');
  expect(status).not.toContain('No article was found');
});
