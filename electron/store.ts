// electron-store backed KeyValueStore (a JSON file in the userData directory, written atomically). Keys are used
// verbatim (no dot-path access). A corrupt file is moved aside rather than crashing the app or wiping it.
import Store from 'electron-store';
import { app } from 'electron';
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyValueStore } from '../core/node/store/types.ts';

const NAME = 'assay-workspaces';

function open(): Store<Record<string, unknown>> {
  return new Store<Record<string, unknown>>({ name: NAME, accessPropertiesByDotNotation: false });
}

export function createElectronStore(): KeyValueStore {
  let store: Store<Record<string, unknown>>;
  try {
    store = open();
  } catch (e) {
    const file = join(app.getPath('userData'), `${NAME}.json`);
    if (!existsSync(file)) throw e;
    const aside = `${file}.corrupt-${Date.now()}`;
    renameSync(file, aside);
    console.error(`assay: ${file} could not be read (${(e as Error).message}); moved it to ${aside}`);
    store = open();
  }
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
  };
}
