// The renderer's Content Security Policy, the one source for both places it is applied: the app:// protocol and
// the harness send it as a header (it holds even for responses a meta tag cannot cover), and the renderer build
// (vite.renderer.config.ts) writes it into index.html as a meta tag, without the directives a meta tag ignores.
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Directives browsers ignore (and warn about) in a <meta> CSP. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The same policy as a <meta http-equiv> tag can carry it. */
export const RENDERER_CSP_META = RENDERER_CSP.split('; ')
  .filter((d) => !HEADER_ONLY.has(d.split(' ')[0]!))
  .join('; ');

/** Headers sent with every renderer file. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': RENDERER_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};
