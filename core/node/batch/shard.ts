// Which bundles a shard grades: bundle i of n by a deterministic split on the bundle digest, so every shard of
// every engine (and a re-run) agrees without coordination. Sources, first match wins:
//   --shard i/n (1-based, as GitLab counts)
//   GitLab parallel jobs: CI_NODE_INDEX (1-based) and CI_NODE_TOTAL
//   Kubernetes Indexed Jobs: JOB_COMPLETION_INDEX (0-based) and ASSAY_SHARD_TOTAL (set it to the Job's
//   `completions`; Kubernetes does not put the count in the pod's environment)
export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
  source: 'flag' | 'gitlab' | 'kubernetes' | 'none';
}

export class ShardError extends Error {}

const whole = (s: string | undefined) => (s !== undefined && /^\d{1,6}$/.test(s.trim()) ? Number(s.trim()) : null);

function check(index: number | null, total: number | null, source: Shard['source'], what: string): Shard {
  if (index === null || total === null || total < 1 || index < 1 || index > total) {
    throw new ShardError(`${what}: expected a shard i of n with 1 <= i <= n`);
  }
  return { index, total, source };
}

export function parseShardFlag(value: string): Shard {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value.trim());
  return check(m ? Number(m[1]) : null, m ? Number(m[2]) : null, 'flag', `--shard ${JSON.stringify(value)}`);
}

export function resolveShard(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Shard {
  if (flag !== undefined) return parseShardFlag(flag);
  if (env.CI_NODE_TOTAL !== undefined || env.CI_NODE_INDEX !== undefined) {
    return check(whole(env.CI_NODE_INDEX), whole(env.CI_NODE_TOTAL), 'gitlab', `CI_NODE_INDEX=${env.CI_NODE_INDEX} CI_NODE_TOTAL=${env.CI_NODE_TOTAL}`);
  }
  if (env.JOB_COMPLETION_INDEX !== undefined) {
    const index = whole(env.JOB_COMPLETION_INDEX);
    const total = whole(env.ASSAY_SHARD_TOTAL);
    if (total === null) throw new ShardError('JOB_COMPLETION_INDEX is set but ASSAY_SHARD_TOTAL is not: set it to the Job\'s completions');
    return check(index === null ? null : index + 1, total, 'kubernetes', `JOB_COMPLETION_INDEX=${env.JOB_COMPLETION_INDEX} ASSAY_SHARD_TOTAL=${env.ASSAY_SHARD_TOTAL}`);
  }
  return { index: 1, total: 1, source: 'none' };
}

/** The 1-based shard a digest (hex) belongs to. */
export function shardOf(digest: string, total: number): number {
  return Number(BigInt(`0x${digest.slice(0, 16)}`) % BigInt(total)) + 1;
}
