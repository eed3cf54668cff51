import type { JsonLdNode } from '../core/model';
import { JSON_LD_LIMITS, newBudget, prune, type PruneBudget } from './json-ld-limits';

const MAX_NODES = 200;

function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Arrays and `@graph` containers become one flat list of nodes, each within the size and
 * depth limits of json-ld-limits.ts; what did not fit is counted in `budget.dropped`.
 */
export function flattenJsonLd(value: unknown, out: JsonLdNode[] = [], budget: PruneBudget = newBudget(), depth = 0): JsonLdNode[] {
  if (out.length >= MAX_NODES || budget.chars <= 0 || depth > JSON_LD_LIMITS.depth) {
    if (value !== undefined) budget.dropped += 1;
    return out;
  }
  if (Array.isArray(value)) {
    for (const item of value) flattenJsonLd(item, out, budget, depth + 1);
  } else if (isNode(value)) {
    const graph = value['@graph'];
    const { '@graph': _graph, ...rest } = value;
    if (Object.keys(rest).some((key) => key !== '@context')) out.push(prune(rest, 0, budget) as JsonLdNode);
    if (graph !== undefined) flattenJsonLd(graph, out, budget, depth + 1);
  }
  return out;
}

/** Some sites wrap JSON-LD in HTML comments or CDATA, or leave trailing commas. */
function parseLenient(text: string): unknown {
  const trimmed = text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '')
    .trim();
  try {
    return JSON.parse(trimmed);
  } catch {
    return JSON.parse(trimmed.replace(/,\s*([}\]])/g, '$1'));
  }
}

/**
 * Every JSON-LD block on the page, parsed and capped; invalid blocks are counted in
 * `errors` and skipped, values and blocks left out by the caps are counted in `dropped`.
 */
export function collectJsonLd(doc: ParentNode): { nodes: JsonLdNode[]; errors: number; dropped: number } {
  const nodes: JsonLdNode[] = [];
  const budget = newBudget();
  let errors = 0;
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const text = script.textContent ?? '';
    if (text.length > JSON_LD_LIMITS.scriptChars) {
      budget.dropped += 1;
      continue;
    }
    try {
      flattenJsonLd(parseLenient(text), nodes, budget);
    } catch {
      errors += 1;
    }
  }
  return { nodes, errors, dropped: budget.dropped };
}

/** The `@type` values of a node, as a list (JSON-LD allows a string or an array). */
export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}
