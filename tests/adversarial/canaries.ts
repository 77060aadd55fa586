// Canaries: directories planted OUTSIDE any work dir (in os.tmpdir() and in $HOME) before hostile code runs, each
// holding a file with a secret. Attacks try to read the secret and to write next to it; afterwards the file must
// have its content and mtime, and the directory no new entries.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Canaries {
  tmpDir: string;
  homeDir: string;
  /** The content of SECRET.txt in both directories. */
  secret: string;
  /** What changed since planting (empty when nothing did). */
  problems(): string[];
  remove(): void;
}

const FILE = 'SECRET.txt';

export function plantCanaries(): Canaries {
  const secret = `canary-${randomBytes(12).toString('hex')}`;
  const dirs = [mkdtempSync(join(tmpdir(), 'assay-adv-canary-')), mkdtempSync(join(homedir(), '.assay-adv-canary-'))];
  const planted = dirs.map((dir) => {
    writeFileSync(join(dir, FILE), secret);
    return { dir, mtimeMs: statSync(join(dir, FILE)).mtimeMs };
  });
  return {
    tmpDir: dirs[0]!,
    homeDir: dirs[1]!,
    secret,
    problems() {
      const out: string[] = [];
      for (const { dir, mtimeMs } of planted) {
        let entries: string[];
        try {
          entries = readdirSync(dir);
        } catch (e) {
          out.push(`${dir}: ${(e as Error).message}`);
          continue;
        }
        for (const e of entries) if (e !== FILE) out.push(`${dir}: new entry ${e}`);
        try {
          if (readFileSync(join(dir, FILE), 'utf8') !== secret) out.push(`${dir}/${FILE}: content changed`);
          if (statSync(join(dir, FILE)).mtimeMs !== mtimeMs) out.push(`${dir}/${FILE}: mtime changed`);
        } catch (e) {
          out.push(`${dir}/${FILE}: ${(e as Error).message}`);
        }
      }
      return out;
    },
    remove() {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}
