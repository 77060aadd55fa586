// KeyValueStore kept in one JSON file, rewritten atomically on every change. Used by the browser harness and
// the tests; Electron uses electron-store instead. A corrupt file is moved aside (never silently overwritten)
// so a candidate's work can still be recovered by hand.
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeAtomic } from '../fs/atomic-write.ts';
import type { KeyValueStore } from './types.ts';

export class JsonFileStore implements KeyValueStore {
  readonly path: string;
  private readonly data: Map<string, unknown>;

  constructor(path: string, log: (msg: string) => void = console.warn) {
    this.path = path;
    mkdirSync(dirname(path), { recursive: true });
    this.data = new Map(Object.entries(readStore(path, log)));
  }

  get(key: string): unknown {
    const v = this.data.get(key);
    return v === undefined ? undefined : structuredClone(v);
  }

  set(key: string, value: unknown): void {
    if (value === undefined) throw new TypeError('cannot store undefined; use delete()');
    this.data.set(key, JSON.parse(JSON.stringify(value)) as unknown);
    this.flush();
  }

  delete(key: string): void {
    if (this.data.delete(key)) this.flush();
  }

  private flush(): void {
    writeAtomic(this.path, JSON.stringify(Object.fromEntries(this.data)));
  }
}

function readStore(path: string, log: (msg: string) => void): Record<string, unknown> {
  if (!existsSync(path)) return {};
  const text = readFileSync(path, 'utf8');
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // fall through: moved aside below
  }
  const aside = `${path}.corrupt-${Date.now()}`;
  renameSync(path, aside);
  log(`store ${path} was not a JSON object; moved it to ${aside} and started empty`);
  return {};
}
