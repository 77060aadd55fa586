// Path rules for entries of Assay container files. An entry path is only ever a name inside the container, but a
// tool may one day extract it, so anything that could escape a target directory or alias another entry is refused.

const SEGMENT = /^[A-Za-z0-9_@+-][A-Za-z0-9._@+-]*$/;
export const MAX_PATH_LENGTH = 240;

/** Why a path is unsafe, or null when it is a plain relative POSIX path. */
export function unsafePathReason(path: string): string | null {
  if (path.length === 0) return 'empty path';
  if (path.length > MAX_PATH_LENGTH) return `path longer than ${MAX_PATH_LENGTH} characters`;
  if (path.includes('\0')) return 'NUL byte in path';
  if (/[\x00-\x1f\x7f]/.test(path)) return 'control character in path';
  if (path.includes('\\')) return 'backslash in path';
  if (path.startsWith('/')) return 'absolute path';
  if (/^[A-Za-z]:/.test(path)) return 'drive-letter path';
  for (const seg of path.split('/')) {
    if (seg === '') return 'empty path segment';
    if (seg === '.' || seg === '..') return `"${seg}" path segment`;
    if (seg === '__proto__') return '"__proto__" path segment';
    if (!SEGMENT.test(seg)) return `unsupported characters in "${seg}"`;
  }
  return null;
}

/** Key under which two paths collide on a case-insensitive file system. */
export function collisionKey(path: string): string {
  return path.normalize('NFC').toLowerCase();
}
