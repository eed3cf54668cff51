import { waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { startPopup } from '../../../../components/board/popup-start';
import { getDb } from '../../../../core/db/schema';

afterEach(async () => {
  render(null, document.getElementById('app')!);
  document.getElementById('app')?.remove();
  await getDb().delete();
});

describe('the popup starts in two steps', () => {
  test('its clip button shows before the dashboard, which then takes its place; nothing can be typed meanwhile', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    const started = startPopup();
    await waitFor(() => expect(document.querySelector('[data-shell]')).not.toBeNull());
    const clip = document.querySelector<HTMLButtonElement>('[data-shell] button.primary');
    expect(clip?.textContent).toBe('Clip this page');
    expect(clip?.getAttribute('aria-disabled')).toBe('false');
    expect(document.querySelector<HTMLInputElement>('[data-shell] input[type="search"]')?.disabled).toBe(true);
    await started;
    await waitFor(() => expect(document.querySelector('.board[data-settled="true"]')).not.toBeNull());
    expect(document.querySelector('[data-shell]')).toBeNull();
    expect(document.querySelector<HTMLInputElement>('input[type="search"]')?.disabled).toBe(false);
    expect(document.querySelectorAll('button.primary')).toHaveLength(1);
  });
});
