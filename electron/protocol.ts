// The app:// scheme: a privileged, standard, secure scheme serving dist/renderer, so the renderer has a real
// origin (app://assay) and Monaco's module workers load same-origin. Path traversal is refused by
// resolveStaticFile; every response carries the renderer CSP.
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { contentType, resolveStaticFile } from '../core/node/web/static-files.ts';
import { SECURITY_HEADERS } from '../core/node/web/csp.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'assay';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for URLs of our renderer. (Node's URL gives origin "null" for custom schemes, so compare parts.) */
export function isAppUrl(raw: string): boolean {
  try {
    const u = new URL(raw);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function setupProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('not found', { status: 404, headers: SECURITY_HEADERS });
    const body = await readFile(file);
    return new Response(body, { headers: { ...SECURITY_HEADERS, 'content-type': contentType(file) } });
  });
}
