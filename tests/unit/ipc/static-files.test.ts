// resolveStaticFile: serves files under the root, refuses every way out of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentType, resolveStaticFile } from '../../../core/node/web/static-files.ts';

let base: string;
let root: string;

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'assay-static-')));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'a b.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), 'secret');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
  symlinkSync(base, join(root, 'up'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveStaticFile', () => {
  it('serves files under the root, / as index.html, percent-decoded names', () => {
    expect(resolveStaticFile(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticFile(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveStaticFile(root, '/assets/a%20b.css')).toBe(join(root, 'assets', 'a b.css'));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
    'secret.txt',
    '//etc/passwd',
  ])('refuses %j', (p) => {
    expect(resolveStaticFile(root, p)).toBeNull();
  });

  it('refuses symlinks that lead outside the root, and directories', () => {
    expect(resolveStaticFile(root, '/assets/link.txt')).toBeNull();
    expect(resolveStaticFile(root, '/up/secret.txt')).toBeNull();
    expect(resolveStaticFile(root, '/assets')).toBeNull();
    expect(resolveStaticFile(root, '/missing.js')).toBeNull();
  });

  it('names content types for what the renderer serves', () => {
    expect(contentType('/x/index.html')).toMatch(/^text\/html/);
    expect(contentType('/x/editor.worker.js')).toMatch(/^text\/javascript/);
    expect(contentType('/x/codicon.ttf')).toBe('font/ttf');
    expect(contentType('/x/unknown.bin')).toBe('application/octet-stream');
  });
});
