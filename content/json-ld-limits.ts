/**
 * Caps on what a page's JSON-LD may put in a clip: a page can ship megabytes of it, or
 * nest it thousands deep. What is left out is counted, never cut silently.
 */
export const JSON_LD_LIMITS = {
  /** A script longer than this is not parsed at all. */
  scriptChars: 10_000_000,
  /** Nesting below this depth is dropped. */
  depth: 10,
  /** Longer strings are cut to this. */
  stringChars: 20_000,
  /** Longer arrays keep their first items. */
  arrayItems: 200,
  /** Characters of JSON-LD kept per clip, keys and strings together. */
  totalChars: 250_000,
} as const;

export interface PruneBudget {
  chars: number;
  dropped: number;
}

export function newBudget(): PruneBudget {
  return { chars: JSON_LD_LIMITS.totalChars, dropped: 0 };
}

/** A copy of a parsed JSON value within the limits; `undefined` when nothing of it fits. */
export function prune(value: unknown, depth: number, budget: PruneBudget): unknown {
  if (budget.chars <= 0 || depth > JSON_LD_LIMITS.depth) {
    budget.dropped += 1;
    return undefined;
  }
  if (typeof value === 'string') {
    const max = Math.min(JSON_LD_LIMITS.stringChars, budget.chars);
    if (value.length > max) budget.dropped += 1;
    const kept = value.length > max ? value.slice(0, max) : value;
    budget.chars -= kept.length;
    return kept;
  }
  if (typeof value !== 'object' || value === null) {
    budget.chars -= 8;
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length > JSON_LD_LIMITS.arrayItems) budget.dropped += 1;
    const out: unknown[] = [];
    for (const item of value.slice(0, JSON_LD_LIMITS.arrayItems)) {
      const kept = prune(item, depth + 1, budget);
      if (kept !== undefined) out.push(kept);
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    budget.chars -= key.length;
    const kept = prune(item, depth + 1, budget);
    if (kept !== undefined) out[key] = kept;
  }
  return out;
}
