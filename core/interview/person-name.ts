import { fold, words } from '../evidence/stems';

/** "Kari  Nordmann", "kari nordmann" and "Kári Nordmann" are one person. */
export function normPersonName(name: string): string {
  return words(fold(name)).join(' ');
}
