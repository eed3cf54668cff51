import type { JsonLdNode } from '../core/model';

const MAX_NODES = 200;

function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Arrays and `@graph` containers become one flat list of nodes. */
export function flattenJsonLd(value: unknown, out: JsonLdNode[] = []): JsonLdNode[] {
  if (out.length >= MAX_NODES) return out;
  if (Array.isArray(value)) {
    for (const item of value) flattenJsonLd(item, out);
  } else if (isNode(value)) {
    const graph = value['@graph'];
    const { '@graph': _graph, ...rest } = value;
    if (Object.keys(rest).some((key) => key !== '@context')) out.push(rest);
    if (graph !== undefined) flattenJsonLd(graph, out);
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

/** Every JSON-LD block on the page, parsed; invalid blocks are counted and skipped. */
export function collectJsonLd(doc: ParentNode): { nodes: JsonLdNode[]; errors: number } {
  const nodes: JsonLdNode[] = [];
  let errors = 0;
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      flattenJsonLd(parseLenient(script.textContent ?? ''), nodes);
    } catch {
      errors += 1;
    }
  }
  return { nodes, errors };
}

/** The `@type` values of a node, as a list (JSON-LD allows a string or an array). */
export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}
