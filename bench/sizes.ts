// Shell sizes from the last `npm run build`: the renderer's chunks (the entry chunk index.html loads first, the
// lazily loaded ones, Monaco's among them), CSS, the editor worker, and the sandboxed preload. Raw and gzip bytes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeRow { file: string; role: string; bytes: number; gzip: number }

export function shellSizes(dist: string): SizeRow[] | null {
  const html = join(dist, 'renderer', 'index.html');
  const preload = join(dist, 'electron', 'preload.cjs');
  if (!existsSync(html) || !existsSync(preload)) return null;
  const entry = /<script[^>]+src="\.\/assets\/([^"]+\.js)"/.exec(readFileSync(html, 'utf8'))?.[1];
  const assets = join(dist, 'renderer', 'assets');
  const rows: SizeRow[] = readdirSync(assets)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => row(join(assets, f), f, role(f, entry)));
  rows.push(row(preload, 'electron/preload.cjs', 'preload (sandboxed)'));
  rows.push(row(join(dist, 'electron', 'main.js'), 'electron/main.js', 'main process'));
  return rows.sort((a, b) => b.bytes - a.bytes);
}

function role(file: string, entry: string | undefined): string {
  if (file === entry) return 'entry chunk (first screen)';
  if (file.endsWith('.css')) return 'css';
  if (file.startsWith('editor.worker')) return 'editor worker';
  if (file.startsWith('setup-')) return 'Monaco (lazy)';
  return 'lazy chunk';
}

function row(path: string, file: string, role: string): SizeRow {
  return { file, role, bytes: statSync(path).size, gzip: gzipSync(readFileSync(path)).length };
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
