import { PROMPTS, toLang, type Lang } from '../prompts';

export const SELECTION_MENU_ID = 'add-selection';
const PREFIX = `${SELECTION_MENU_ID}:`;

/** The prompts a selected quote can be added to: every prompt whose answer draws on what the company says. */
export function selectionMenuItems(uiLanguage: string): Array<{ id: string; title: string }> {
  const lang: Lang = toLang(uiLanguage) ?? 'en';
  return PROMPTS.filter((prompt) => prompt.evidence !== 'answer-only').map((prompt) => ({
    id: `${PREFIX}${prompt.id}`,
    title: prompt.question[lang],
  }));
}

/** The prompt a clicked menu item stands for. */
export function promptOfMenuItem(menuItemId: string | number): string | undefined {
  const id = String(menuItemId);
  return id.startsWith(PREFIX) ? id.slice(PREFIX.length) : undefined;
}
