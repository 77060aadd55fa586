// Finding processes a run left behind: any process whose command line, name, environment, working directory or
// executable mentions one of the needles (a submission's marker, the run's workspace paths).
import { readFileSync, readlinkSync, readdirSync } from 'node:fs';

function read(path: string, link = false): string {
  try {
    return link ? readlinkSync(path) : readFileSync(path, 'latin1');
  } catch {
    return ''; // exited meanwhile, or a kernel thread
  }
}

/** "pid: command line" of every matching process other than this one. */
export function processesWith(needles: string[]): string[] {
  const found: string[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    const dir = `/proc/${name}`;
    const cmdline = read(`${dir}/cmdline`);
    const fields = [cmdline, read(`${dir}/comm`), read(`${dir}/environ`), read(`${dir}/cwd`, true), read(`${dir}/exe`, true)];
    if (fields.some((f) => needles.some((n) => n && f.includes(n)))) found.push(`${name}: ${cmdline.replaceAll('\0', ' ').trim().slice(0, 200)}`);
  }
  return found;
}
