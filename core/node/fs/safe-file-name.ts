// A file name built from interviewer input (a candidate's name inside a pack's file name) made safe to create in a
// folder on every OS: one path component, never `.` / `..` or hidden, no separators, control characters or
// characters Windows refuses, no Windows device name (CON, NUL, COM1…), and short enough that the " (n)" a
// clash adds and atomic-write's temp suffix still fit in a 255-byte name.

/** Bytes (UTF-8) a safe name may take: 255 less room for " (999)" and `.tmp-<pid>-<hex>`. */
export const MAX_NAME_BYTES = 200;
const MAX_EXT_CHARS = 20;
// Separators, Windows' reserved characters, C0 controls, DEL and C1 controls.
const UNSAFE = /[/\\<>:"|?*\u0000-\u001f\u007f-\u009f]+/g;
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

export function safeFileName(name: string, fallback = 'file'): string {
  let s = name.normalize('NFC').replace(UNSAFE, '-');
  // Windows drops trailing dots and spaces; leading dots hide a file (and make `.` / `..`).
  s = trimDotsSpaces(s, true);
  const dot = s.lastIndexOf('.');
  let stem = dot > 0 && s.length - dot <= MAX_EXT_CHARS ? s.slice(0, dot) : s;
  const ext = s.slice(stem.length);
  stem = trimDotsSpaces(stem, false);
  if (!stem) stem = fallback;
  // "CON.assay-pack" is the device too on Windows: the stem up to its first dot decides.
  if (DEVICE.test(stem.split('.')[0]!.trim())) stem = `_${stem}`;
  return truncateBytes(stem, MAX_NAME_BYTES - Buffer.byteLength(ext)) + ext;
}

/** The name with " (n)" before its extension: "ada.assay-pack" → "ada (2).assay-pack". */
export function numbered(name: string, n: number): string {
  if (n <= 1) return name;
  const dot = name.lastIndexOf('.');
  const cut = dot > 0 && name.length - dot <= MAX_EXT_CHARS ? dot : name.length;
  return `${name.slice(0, cut)} (${n})${name.slice(cut)}`;
}

/** At most `max` UTF-8 bytes, cut on a code point (never half a surrogate pair), trailing dots/spaces dropped. */
function truncateBytes(s: string, max: number): string {
  if (Buffer.byteLength(s) <= max) return s;
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const b = Buffer.byteLength(ch);
    if (bytes + b > max) break;
    out += ch;
    bytes += b;
  }
  return trimDotsSpaces(out, false) || 'file';
}

/** Drops trailing (and optionally leading) dots and white space; a loop, not a regex (no quadratic backtracking). */
function trimDotsSpaces(s: string, leading: boolean): string {
  const drop = (ch: string | undefined) => ch === '.' || (ch !== undefined && /\s/.test(ch));
  let start = 0;
  let end = s.length;
  if (leading) while (start < end && drop(s[start])) start++;
  while (end > start && drop(s[end - 1])) end--;
  return s.slice(start, end);
}
