// Submissions generated rather than stored: a 5 MB source file and binary garbage as source. Deterministic, so
// a failure reproduces.

/** `size` bytes of deterministic pseudo-random garbage (every byte value, NUL and controls included). */
export function garbage(size: number, seed = 0x5eed): string {
  let s = seed >>> 0;
  let out = '';
  for (let i = 0; i < size; i++) {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out += String.fromCharCode(((t ^ (t >>> 14)) >>> 0) & 0xff);
  }
  return out;
}

/** `lines` lines of filler that are valid in a Go raw string / Ruby heredoc (no backquote, no terminator). */
function filler(lines: number, marker: string): string {
  const line = `${marker} ${'lorem ipsum dolor sit amet '.repeat(3)}`;
  return Array.from({ length: lines }, (_, i) => `${line}${i}`).join('\n');
}

const FIVE_MB_LINES = 5 * 1024 * 1024 / 100;

/** The Go starter plus a 5 MB raw-string constant that is referenced, so the compiler has to keep it. */
export function hugeGo(starter: string, marker: string): string {
  return `${starter}\n// ${marker}: a 5 MB constant\nconst blob = \`${filler(FIVE_MB_LINES, marker)}\`\n\nvar BlobLen = len(blob)\n`;
}

/** The Ruby starter plus a 5 MB heredoc constant. */
export function hugeRuby(starter: string, marker: string): string {
  return `${starter}\n# ${marker}: a 5 MB constant\nBLOB = <<~'ASSAY_BLOB'\n${filler(FIVE_MB_LINES, marker)}\nASSAY_BLOB\n`;
}
