// What a batch result says about where and how it was graded, so a merged report from mixed machines can be
// audited: machine, isolation level, toolchain versions, gradings in flight, shard.
import { availableParallelism, cpus, hostname, release, totalmem } from 'node:os';
import { APP_VERSION } from '../container/version.ts';
import { detectIsolation } from '../sandbox/detect.ts';
import { detectToolchains } from '../toolchains.ts';
import type { Shard } from './shard.ts';

export interface GradingEnvironment {
  assay: string;
  machine: { hostname: string; platform: string; release: string; arch: string; cpu: string; cores: number; memoryBytes: number };
  node: string;
  isolation: { level: 'full' | 'reduced'; detail: string };
  toolchains: { language: string; version: string | null; problem: string | null }[];
  /** Gradings in flight at once in this process. */
  concurrency: number;
  shard: Shard;
}

export async function gradingEnvironment(concurrency: number, shard: Shard): Promise<GradingEnvironment> {
  const iso = await detectIsolation();
  return {
    assay: APP_VERSION,
    machine: {
      hostname: hostname(),
      platform: process.platform,
      release: release(),
      arch: process.arch,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: availableParallelism(),
      memoryBytes: totalmem(),
    },
    node: process.versions.node,
    isolation: { level: iso.isolation, detail: iso.detail },
    toolchains: await detectToolchains(),
    concurrency,
    shard,
  };
}
