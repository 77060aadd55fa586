// Must be evaluated before Monaco itself (imported first by ./setup.ts): Monaco reads it at load time.
// The worker is a same-origin module file emitted by Vite. globalAPI exposes the documented `monaco` global,
// which the end-to-end tests use to read editor models exactly.
self.MonacoEnvironment = {
  globalAPI: true,
  getWorker: () =>
    new Worker(new URL('monaco-editor/esm/vs/editor/editor.worker.js', import.meta.url), { type: 'module' }),
};
