// An in-memory stand-in for electron-store (the contract tests run without Electron's app paths).
export default class FakeStore {
  private readonly m = new Map<string, unknown>();
  get(k: string) { return this.m.get(k); }
  set(k: string, v: unknown) { this.m.set(k, v); }
  delete(k: string) { this.m.delete(k); }
}
