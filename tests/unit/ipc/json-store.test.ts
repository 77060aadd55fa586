// JsonFileStore: durable across instances, atomic (no temp files left behind), corrupt files moved aside.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonFileStore } from '../../../core/node/store/json-file.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assay-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('JsonFileStore', () => {
  it('persists set and delete across instances, leaving only the store file', () => {
    const path = join(dir, 'nested', 'store.json');
    const a = new JsonFileStore(path);
    a.set('workspace:go-x', { files: { 'a.go': 'package a\n' }, savedAt: '2025-01-01T00:00:00.000Z' });
    a.set('other', [1, 2, 3]);
    a.delete('other');
    a.delete('never-set');
    const b = new JsonFileStore(path);
    expect(b.get('workspace:go-x')).toEqual({ files: { 'a.go': 'package a\n' }, savedAt: '2025-01-01T00:00:00.000Z' });
    expect(b.get('other')).toBeUndefined();
    expect(readdirSync(join(dir, 'nested'))).toEqual(['store.json']);
  });

  it('returns copies, so callers cannot mutate stored state', () => {
    const s = new JsonFileStore(join(dir, 'store.json'));
    const value = { files: { 'a.rb': 'x' } };
    s.set('k', value);
    value.files['a.rb'] = 'changed';
    (s.get('k') as typeof value).files['a.rb'] = 'changed again';
    expect(s.get('k')).toEqual({ files: { 'a.rb': 'x' } });
  });

  it('keeps keys such as __proto__ as plain data', () => {
    const path = join(dir, 'store.json');
    new JsonFileStore(path).set('__proto__', { polluted: true });
    const s = new JsonFileStore(path);
    expect(s.get('__proto__')).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('moves a corrupt file aside, logs it, and starts empty', () => {
    const path = join(dir, 'store.json');
    writeFileSync(path, '{"workspace:go-x": {"files": ');
    const logs: string[] = [];
    const s = new JsonFileStore(path, (m) => logs.push(m));
    expect(s.get('workspace:go-x')).toBeUndefined();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/not a JSON object; moved it to .*store\.json\.corrupt-\d+/);
    const aside = readdirSync(dir).find((n) => n.startsWith('store.json.corrupt-'))!;
    expect(readFileSync(join(dir, aside), 'utf8')).toBe('{"workspace:go-x": {"files": ');
    s.set('k', 1);
    expect(existsSync(path)).toBe(true);
  });
});
