// Draws the app icon and writes build/icon.png (1024 px), build/icon.ico (PNG entries 16–256 px) and
// build/icon.icns (PNG entries 16–1024 px) for electron-builder: a blue rounded square with a white check mark.
// Run `node scripts/make-icon.ts` after changing the drawing; the outputs are committed. No image library is
// needed: pixels come from signed distances, PNG is zlib + CRC, ICO and ICNS are PNG containers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];

/** Coverage-weighted colour of the point (x, y) in [0,1]² (pixel size px, for anti-aliasing). */
function shade(x: number, y: number, px: number): RGBA {
  const r = 0.2; // corner radius
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - r - 0.04), 0);
  const qy = Math.max(Math.abs(y - 0.5) - (0.5 - r - 0.04), 0);
  const box = Math.hypot(qx, qy) - r; // < 0 inside the rounded square
  const inBox = clamp(0.5 - box / px);
  if (inBox <= 0) return [0, 0, 0, 0];
  // Vertical gradient from #3b82f6 to #1d4ed8.
  const t = y;
  const bg: RGBA = [lerp(59, 29, t), lerp(130, 78, t), lerp(246, 216, t), 255];
  const check = Math.min(segment(x, y, 0.28, 0.52, 0.44, 0.68), segment(x, y, 0.44, 0.68, 0.74, 0.34)) - 0.055;
  const inCheck = clamp(0.5 - check / px);
  const c: RGBA = [lerp(bg[0], 255, inCheck), lerp(bg[1], 255, inCheck), lerp(bg[2], 255, inCheck), 255 * inBox];
  return c;
}

function segment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay;
  const h = clamp(((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy));
  return Math.hypot(x - ax - h * dx, y - ay - h * dy);
}
const clamp = (v: number) => Math.min(1, Math.max(0, v));
const lerp = (a: number, b: number, t: number) => Math.round(a + (b - a) * t);

export function png(size: number): Buffer {
  const rows = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    rows[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = shade((x + 0.5) / size, (y + 0.5) / size, 1 / size);
      rows.writeUInt32BE(((r << 24) | (g << 16) | (b << 8) | Math.round(a)) >>> 0, row + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** ICO with PNG-compressed entries (Windows Vista and later). */
export function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png: data }, i) => {
    const e = 6 + 16 * i;
    header[e] = size >= 256 ? 0 : size;
    header[e + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

const ICNS_TYPES: Record<number, string> = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };

/** ICNS with PNG entries (macOS 10.7 and later). */
export function icns(images: { size: number; png: Buffer }[]): Buffer {
  const entries = images.map(({ size, png: data }) => {
    const head = Buffer.alloc(8);
    head.write(ICNS_TYPES[size]!, 0, 'latin1');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + entries.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

if (import.meta.main) {
  const out = join(import.meta.dirname, '..', 'build');
  mkdirSync(out, { recursive: true });
  const images = [16, 32, 64, 128, 256, 512, 1024].map((size) => ({ size, png: png(size) }));
  writeFileSync(join(out, 'icon.png'), images.at(-1)!.png);
  writeFileSync(join(out, 'icon.ico'), ico(images.filter((i) => i.size <= 256)));
  writeFileSync(join(out, 'icon.icns'), icns(images));
  console.log(`wrote ${out}/icon.png, icon.ico, icon.icns`);
}
