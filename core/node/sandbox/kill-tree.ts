// Ends a run's whole process tree: the process group, the cgroup, and any remembered stragglers.
import { spawnSync } from 'node:child_process';
import type { TreeCgroup } from './cgroup.ts';

function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

export function killTree(rootPid: number, cgroup: TreeCgroup | null, stragglers: number[] = []): void {
  if (process.platform === 'win32') {
    spawnSync('taskkill', ['/T', '/F', '/PID', String(rootPid)], { windowsHide: true, stdio: 'ignore' });
    return;
  }
  kill(-rootPid); // the group the root leads (spawned detached)
  kill(rootPid);
  cgroup?.killAll();
  for (const pid of stragglers) kill(pid);
}
