// Spawning the real `assay` CLI for the batch tests, with a clean CI environment (no inherited shard variables).
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../../bin/assay.js');
const SHARD_VARS = ['CI_NODE_INDEX', 'CI_NODE_TOTAL', 'JOB_COMPLETION_INDEX', 'ASSAY_SHARD_TOTAL'];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function assay(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !SHARD_VARS.includes(k)));
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 110_000, env: { ...base, ASSAY_PROGRESS: 'plain', ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

export const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

/** The files of a directory tree (relative paths) with their contents, for whole-output comparisons. */
export function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) {
      const full = join(e.parentPath, e.name);
      out.set(full.slice(dir.length + 1), readFileSync(full, 'utf8'));
    }
  }
  return out;
}
