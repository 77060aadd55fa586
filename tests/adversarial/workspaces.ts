// Recording the workspaces a grading run uses: Workspace#dispose is wrapped so that, just before a run's temp
// root is removed, its file list (and optionally the file contents) is captured. Lets the suite check what the
// runner wrote (no expected values) and where attacks' files landed.
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../core/node/runner/workspace.ts';

export interface WorkspaceFile {
  /** Relative to the workspace root. */
  path: string;
  size: number;
  /** Target, for symlinks. */
  link?: string;
  /** Read only when asked, and only for files up to CONTENT_CAP bytes. */
  content?: Buffer;
}

export interface WorkspaceSnapshot {
  root: string;
  files: WorkspaceFile[];
}

const CONTENT_CAP = 16 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

function walk(root: string, rel: string, contents: boolean, out: WorkspaceFile[]): void {
  let names: string[];
  try {
    names = readdirSync(join(root, rel));
  } catch {
    return;
  }
  for (const name of names) {
    if (out.length >= MAX_ENTRIES) return;
    const path = rel ? `${rel}/${name}` : name;
    const abs = join(root, path);
    const st = lstatSync(abs);
    if (st.isDirectory()) walk(root, path, contents, out);
    else if (st.isSymbolicLink()) out.push({ path, size: st.size, link: readlinkSync(abs) });
    else out.push({ path, size: st.size, content: contents && st.isFile() && st.size <= CONTENT_CAP ? readFileSync(abs) : undefined });
  }
}

/** Starts recording; `stop` restores Workspace#dispose. One recording at a time per process. */
export function recordWorkspaces(contents: boolean): { snapshots: WorkspaceSnapshot[]; stop: () => void } {
  const snapshots: WorkspaceSnapshot[] = [];
  const original = Workspace.prototype.dispose;
  Workspace.prototype.dispose = function (this: Workspace) {
    const files: WorkspaceFile[] = [];
    walk(this.root, '', contents, files);
    snapshots.push({ root: this.root, files });
    original.call(this);
  };
  return { snapshots, stop: () => void (Workspace.prototype.dispose = original) };
}
