// Environment info recorded in a submission bundle: app, OS, runtime and toolchain versions.
import { execFileSync } from 'node:child_process';
import { arch, platform, release } from 'node:os';
import type { EnvironmentInfo } from '../../common/assessment.ts';
import { APP_VERSION } from '../container/version.ts';

function firstLine(cmd: string, args: string[]): string | null {
  try {
    const out = execFileSync(cmd, args, { encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] });
    return out.split('\n')[0]!.trim().slice(0, 200) || null;
  } catch {
    return null;
  }
}

/** Detects go and ruby unless the caller already knows the toolchains (the app's environment check does). */
export function collectEnvironment(toolchains?: EnvironmentInfo['toolchains']): EnvironmentInfo {
  const electron = process.versions.electron;
  return {
    app: `assay ${APP_VERSION}`,
    platform: platform(),
    release: release(),
    arch: arch(),
    node: electron ? `node ${process.versions.node}, electron ${electron}` : `node ${process.versions.node}`,
    toolchains: toolchains ?? [
      { language: 'go', version: firstLine('go', ['version']) },
      { language: 'ruby', version: firstLine('ruby', ['--version']) },
    ],
  };
}
