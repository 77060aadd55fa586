// Packaging: the afterPack hook flips the fuses of an Electron binary with @electron/fuses (a file carrying
// Electron's fuse sentinel and wire stands in for the binary, which cannot be downloaded here), finds the binary
// per platform, and the committed icons are well-formed.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { packagedBinary, setFuses } from '../../../scripts/after-pack.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Electron's default wire: RunAsNode, NODE_OPTIONS, inspect, file:// privileges and WASM traps on; the rest off. */
function fakeElectron(): string {
  const wire = Buffer.from('101100011', 'latin1');
  const file = join(mkdtempSync(join(tmpdir(), 'assay-fuses-')), 'electron');
  writeFileSync(file, Buffer.concat([Buffer.alloc(4096, 0x90), Buffer.from(SENTINEL), Buffer.from([1, wire.length]), wire, Buffer.alloc(4096, 0x90)]));
  return file;
}

describe('afterPack fuses', () => {
  it('turns off RunAsNode, NODE_OPTIONS and inspect arguments, turns on ASAR integrity and ASAR-only', async () => {
    const bin = fakeElectron();
    await setFuses(bin, 'linux');
    const wire = await getCurrentFuseWire(bin);
    const on = (o: FuseV1Options) => wire[o] === 49; // '1'
    expect(on(FuseV1Options.RunAsNode)).toBe(false);
    expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(false);
    expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe(false);
    expect(on(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(false);
    expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(true);
    expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe(true);
    expect(on(FuseV1Options.EnableCookieEncryption)).toBe(true);
    expect(on(FuseV1Options.WasmTrapHandlers)).toBe(true); // untouched
  });

  it('fails loudly on a file that is not an Electron binary', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'assay-fuses-')), 'not-electron');
    writeFileSync(file, 'just text');
    await expect(setFuses(file, 'linux')).rejects.toThrow();
  });

  it('finds the packaged executable on each platform', () => {
    const packager = { appInfo: { productFilename: 'Assay' }, executableName: 'assay' };
    expect(packagedBinary({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe('/o/assay');
    expect(packagedBinary({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe('/o/assay.exe');
    expect(packagedBinary({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe('/o/Assay.app/Contents/MacOS/Assay');
  });
});

describe('icons (build/)', () => {
  it('icon.png is a 1024 px RGBA PNG, icon.ico and icon.icns hold PNG entries', () => {
    const png = readFileSync(join(root, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[25]]).toEqual([1024, 1024, 6]);
    const ico = readFileSync(join(root, 'build', 'icon.ico'));
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([1, 5]);
    const largest = ico.readUInt32LE(6 + 16 * 4 + 12);
    expect(ico.subarray(largest + 1, largest + 4).toString('latin1')).toBe('PNG');
    const icns = readFileSync(join(root, 'build', 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });
});
