/// <reference types="vite/client" />
// Must be evaluated before Monaco itself (imported first by ./setup.ts): Monaco reads it at load time.
// The worker is a same-origin module file emitted by Vite. globalAPI (the documented `monaco` global, which the
// end-to-end tests use to read editor models exactly) is off in production: on only in the Vite dev server, or
// when a script that ran before the app asked for it (the browser harness's bridge, a test seam never packaged).
const requested = (self as { MonacoEnvironment?: { globalAPI?: boolean } }).MonacoEnvironment?.globalAPI === true;
self.MonacoEnvironment = {
  globalAPI: import.meta.env.DEV || requested,
  getWorker: () =>
    new Worker(new URL('monaco-editor/esm/vs/editor/editor.worker.js', import.meta.url), { type: 'module' }),
};
