// safeFileName: one plain path component on every OS, whatever the input; numbered: " (n)" before the extension.
import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { MAX_NAME_BYTES, numbered, safeFileName } from '../../../core/node/fs/safe-file-name.ts';

const EXT = '.assay-pack';

describe('safeFileName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(safeFileName('ada-lovelace-backend-screen.assay-pack')).toBe('ada-lovelace-backend-screen.assay-pack');
    expect(safeFileName('Zoë Ångström.assay-pack')).toBe('Zoë Ångström.assay-pack');
  });

  it.each([
    ['../../x.assay-pack', '-..-x.assay-pack'],
    ['a/b.assay-pack', 'a-b.assay-pack'],
    ['a\\b.assay-pack', 'a-b.assay-pack'],
    ['..', 'file'],
    ['.', 'file'],
    ['', 'file'],
    ['.hidden.assay-pack', 'hidden.assay-pack'],
    ['nul\u0000byte\u0007\u001b[31m\u007f\u0085.assay-pack', 'nul-byte-[31m-.assay-pack'],
    ['C:\\Windows\\evil.assay-pack', 'C-Windows-evil.assay-pack'],
    ['what?<>|*".assay-pack', 'what-.assay-pack'],
    ['trailing. . .', 'trailing'],
  ])('%j → %j', (input, out) => {
    const got = safeFileName(input);
    expect(got).toBe(out);
    expect(basename(got)).toBe(got);
  });

  it.each(['CON', 'con', 'NUL', 'aux', 'COM1', 'lpt9', 'CON.assay-pack', 'nul.tar.assay-pack', 'COM¹.x'])('%s is not a Windows device name', (n) => {
    const got = safeFileName(n);
    expect(got.startsWith('_')).toBe(true);
    expect(got.slice(1)).toBe(n);
  });

  it('caps the bytes, keeps the extension and never splits a character', () => {
    for (const ch of ['x', 'é', '汉', '😀']) {
      const got = safeFileName(ch.repeat(300) + EXT);
      expect(Buffer.byteLength(got)).toBeLessThanOrEqual(MAX_NAME_BYTES);
      expect(got.endsWith(EXT)).toBe(true);
      expect(got.slice(0, -EXT.length)).toMatch(new RegExp(`^(${ch})+$`, 'u'));
      expect(got).not.toContain('\uFFFD');
    }
  });

  it('a long run of dots is handled in linear time (no regex backtracking) and leaves no dot name', () => {
    expect(safeFileName('.'.repeat(100_000) + 'x')).toBe('x');
    expect(safeFileName('x' + '.'.repeat(100_000))).toBe('x');
  });
});

describe('numbered', () => {
  it('puts " (n)" before the extension, and leaves the first copy alone', () => {
    expect(numbered('ada.assay-pack', 1)).toBe('ada.assay-pack');
    expect(numbered('ada.assay-pack', 2)).toBe('ada (2).assay-pack');
    expect(numbered('README', 3)).toBe('README (3)');
  });
});
