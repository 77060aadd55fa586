// The register of issued packs as the CLI uses it (core/node/assessment/register.ts holds the Register itself):
// where it lives by default, opening one for grading, and what of it a batch result depends on.
// The default is the interviewer app's own register, so `assay pack` and the app's Export pack share one.
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { RegisterEntry } from '../../common/issue.ts';
import { Register, RegisterError } from '../assessment/register.ts';
import { sha256 } from '../container/hash.ts';

/** The app's data directory (Electron's userData for the productName "Assay"), or ASSAY_USER_DATA. */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.ASSAY_USER_DATA) return env.ASSAY_USER_DATA;
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Assay');
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Assay');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Assay');
}

/** --register's default: ASSAY_REGISTER, else the interviewer app's register in its data directory. */
export function defaultRegisterDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ASSAY_REGISTER || join(appDataDir(env), 'interviewer', 'register');
}

/** Opens a register for grading: the directory must hold a register.json (grading never creates one). */
export function openRegisterForGrading(dir: string): Register {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new RegisterError(`the register ${dir} is not a directory`);
  if (!existsSync(join(dir, 'register.json'))) throw new RegisterError(`${dir} holds no register.json: issue packs with assay pack --register ${dir}, or import records with assay register import`);
  const register = new Register(dir);
  // Records issued here verify only with this machine's key; grading never makes up a new one (every record would
  // then look tampered with). A copied register.json without its key is to be exported and imported instead.
  if (!existsSync(join(dir, 'register.key')) && register.entries().some((e) => e.origin === 'this_register')) {
    throw new RegisterError(`${dir} holds records issued on a machine whose key (register.key) is not here: on that machine run assay register export --all, then assay register import the records here`);
  }
  return register;
}

/** What a bundle's grade takes from the register: its pack's entry (or its absence), hashed into the resume key. */
export function registerInputs(register: Register | null, packId: string | null): string | null {
  if (!register) return null;
  const e: RegisterEntry | undefined = packId === null ? undefined : register.get(packId);
  return sha256(JSON.stringify(e ? [e.record, e.mac, e.packDigest, e.origin, register.authentic(e)] : ['absent', packId]));
}
