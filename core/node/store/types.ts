// A small key-value store for the candidate's saved workspaces. Electron backs it with electron-store
// (electron/store.ts); the browser harness and the tests use the JSON file store next to this file.
export interface KeyValueStore {
  /** The stored value, or undefined when the key is absent. */
  get(key: string): unknown;
  /** Stores a JSON-serialisable value; durable when this returns. */
  set(key: string, value: unknown): void;
  delete(key: string): void;
}
