// The disk cap is the kernel's: as root every workspace is a size-capped tmpfs (ENOSPC past it, whatever the
// candidate hides behind unreadable directories or many entries), and a workspace is removed after grading
// whatever permissions the candidate left inside it, root or not.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canMountTmpfs, forceRemove } from '../../core/node/runner/disk.ts';
import { Workspace } from '../../core/node/runner/workspace.ts';
import { fixture, fullIsolation, gradeHostile, newMarker, rubyEx, TIGHT, withLimits } from './helpers.ts';

const full = await fullIsolation();
const MiB = 1024 * 1024;

function lockedTree(root: string): void {
  mkdirSync(join(root, 'a/b'), { recursive: true });
  writeFileSync(join(root, 'a/b/f'), 'x');
  chmodSync(join(root, 'a/b'), 0o000);
  mkdirSync(join(root, 'w'));
  writeFileSync(join(root, 'w/g'), 'y');
  chmodSync(join(root, 'w'), 0o300);
  chmodSync(join(root, 'a'), 0o300);
}

describe('disk cap and cleanup', () => {
  it('removes a tree of chmod 0000 / 0300 directories (the non-root cleanup path)', () => {
    const root = mkdtempSync(join(tmpdir(), 'assay-locked-'));
    lockedTree(root);
    forceRemove(root);
    expect(existsSync(root)).toBe(false);
  });

  it.skipIf(!canMountTmpfs())('as root, a workspace is a tmpfs: writing past its size fails with ENOSPC, inside a 0300 dir too', () => {
    const ws = new Workspace(8 * MiB);
    expect(ws.capped).toBe(true);
    const dir = ws.dir('run');
    lockedTree(dir);
    mkdirSync(join(dir, 'hidden'));
    chmodSync(join(dir, 'hidden'), 0o300);
    let written = 0;
    let error = '';
    try {
      for (; written < 64; written++) writeFileSync(join(dir, `hidden/f${written}`), Buffer.alloc(MiB, 1));
    } catch (e) {
      error = (e as NodeJS.ErrnoException).code ?? '';
    }
    expect(error).toBe('ENOSPC');
    expect(written).toBeLessThanOrEqual(8);
    ws.dispose();
    expect(existsSync(ws.root)).toBe(false);
  });
  if (!canMountTmpfs()) console.warn('[disk-cap] tmpfs cap test skipped: not root on Linux (no mount), the sampler scan applies');

  it.skipIf(!full)('a hostile run hiding data behind 25,000 entries and a 0300 dir is capped and cleaned up', async () => {
    const marker = newMarker('hiddendisk');
    const ex = withLimits(rubyEx(), TIGHT);
    const g = await gradeHostile(ex, fixture('ruby/hidden-disk-fill.rb', { MARKER: marker }), marker);
    expect(g.report.verdict).not.toBe('passed');
    expect(g.leftovers).toEqual([]);
    for (const w of g.workspaces) expect(existsSync(w.root), `${w.root} left behind`).toBe(false);
    const m = new RegExp(`${marker}: stopped after (\\d+) MB`).exec(g.report.output);
    if (m) expect(Number(m[1]) * MiB).toBeLessThanOrEqual(1024 * MiB);
  });
});
