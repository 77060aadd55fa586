// Canonical deep JSON equality, decided outside the sandbox: objects compare by key set (order ignored),
// arrays element by element, numbers by value (1 and 1.0 are equal), no type coercion.
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao);
  if (ak.length !== Object.keys(bo).length) return false;
  return ak.every((k) => Object.hasOwn(bo, k) && jsonEqual(ao[k], bo[k]));
}

/** Stable JSON text (sorted keys) for display, truncated to `max` characters. */
export function canonicalJson(value: unknown, max = 2000): string {
  const text = JSON.stringify(sortKeys(value)) ?? 'undefined';
  return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Where two JSON values first differ, as a path like `$.sections[1].Lines`, or null when equal. */
export function firstDifference(actual: unknown, expected: unknown, path = '$'): string | null {
  if (jsonEqual(actual, expected)) return null;
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return `${path} (length ${actual.length}, expected ${expected.length})`;
    for (let i = 0; i < actual.length; i++) {
      const d = firstDifference(actual[i], expected[i], `${path}[${i}]`);
      if (d) return d;
    }
  } else if (isObject(actual) && isObject(expected)) {
    for (const k of Object.keys(expected).sort()) {
      if (!Object.hasOwn(actual, k)) return `${path}.${k} (missing)`;
      const d = firstDifference(actual[k], expected[k], `${path}.${k}`);
      if (d) return d;
    }
    const extra = Object.keys(actual).find((k) => !Object.hasOwn(expected, k));
    if (extra) return `${path}.${extra} (unexpected)`;
  }
  return path;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Whether a JSON value nests deeper than `limit` (iterative: safe on hostile 10,000-level values). */
export function deeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v as object)) stack.push([child, depth + 1]);
  }
  return false;
}
