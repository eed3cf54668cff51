import type { JsonLdNode } from '../model';

/** Reading loosely typed schema.org values (JSON-LD or converted microdata) safely. */

export function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A string, a number, or `{ "@value": … }` as trimmed text; the first usable item of an array. */
export function asText(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (depth > 3) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = asText(item, depth + 1);
      if (text) return text;
    }
    return undefined;
  }
  if (isNode(value) && '@value' in value) return asText(value['@value'], depth + 1);
  return undefined;
}

/** The local names of a node's types: `http://schema.org/JobPosting` and `schema:JobPosting` → `JobPosting`. */
export function typesOf(node: JsonLdNode): string[] {
  return asArray(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.trim().replace(/^.*[/#:]/, ''));
}

export function hasType(node: JsonLdNode, type: string): boolean {
  return typesOf(node).some((t) => t.toLowerCase() === type.toLowerCase());
}

/** Every node reachable from the list (nested values too), depth-limited and capped. */
export function allNodes(nodes: readonly unknown[], limit = 500): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (out.length >= limit || depth > 6 || seen.has(value)) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!isNode(value)) return;
    seen.add(value);
    out.push(value);
    for (const child of Object.values(value)) {
      if (typeof child === 'object' && child !== null) visit(child, depth + 1);
    }
  };
  for (const node of nodes) visit(node, 0);
  return out;
}

/** `{ "@id": "…" }` alone is a reference: follow it to the node that has the data. */
export function resolveRef(value: unknown, byId: ReadonlyMap<string, JsonLdNode>): unknown {
  if (!isNode(value)) return value;
  const id = value['@id'];
  if (typeof id !== 'string') return value;
  const target = byId.get(id);
  const isBareRef = Object.keys(value).every((k) => k === '@id' || k === '@type');
  return target && isBareRef ? target : value;
}

export function indexById(nodes: readonly JsonLdNode[]): Map<string, JsonLdNode> {
  const byId = new Map<string, JsonLdNode>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id !== 'string') continue;
    // The fullest node with an id wins: references to it carry only the id.
    const previous = byId.get(id);
    if (!previous || Object.keys(node).length > Object.keys(previous).length) byId.set(id, node);
  }
  return byId;
}

/** A URL as written, made absolute: `www.example.com` → `https://www.example.com`. */
export function absoluteUrl(value: unknown, base: string): string | undefined {
  const text = asText(value);
  if (!text) return undefined;
  const withScheme = /^[\w-]+(\.[\w-]+)+(\/|$)/.test(text) && !/^[a-z]+:/i.test(text) ? `https://${text}` : text;
  try {
    const url = new URL(withScheme, base || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
