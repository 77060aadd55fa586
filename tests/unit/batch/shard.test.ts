// Shard selection: flag, GitLab and Kubernetes variables, and the deterministic split by digest.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseShardFlag, resolveShard, shardOf, ShardError } from '../../../core/node/batch/shard.ts';

const digest = (i: number) => createHash('sha256').update(String(i)).digest('hex');

describe('resolveShard', () => {
  it('prefers the flag, then GitLab, then Kubernetes, else the whole folder', () => {
    const env = { CI_NODE_INDEX: '2', CI_NODE_TOTAL: '3', JOB_COMPLETION_INDEX: '0', ASSAY_SHARD_TOTAL: '5' };
    expect(resolveShard('1/4', env)).toEqual({ index: 1, total: 4, source: 'flag' });
    expect(resolveShard(undefined, env)).toEqual({ index: 2, total: 3, source: 'gitlab' });
    expect(resolveShard(undefined, { JOB_COMPLETION_INDEX: '0', ASSAY_SHARD_TOTAL: '5' })).toEqual({ index: 1, total: 5, source: 'kubernetes' });
    expect(resolveShard(undefined, {})).toEqual({ index: 1, total: 1, source: 'none' });
  });

  it.each(['0/3', '4/3', '1/0', '-1/3', '1/3/5', ' ', '1e1/20', '0x1/2', '1.5/3'])('refuses --shard %j', (v) => {
    expect(() => parseShardFlag(v)).toThrow(ShardError);
  });

  it.each([
    [{ CI_NODE_INDEX: '1' }],
    [{ CI_NODE_TOTAL: '3' }],
    [{ CI_NODE_INDEX: '0', CI_NODE_TOTAL: '3' }],
    [{ CI_NODE_INDEX: '__proto__', CI_NODE_TOTAL: '3' }],
    [{ JOB_COMPLETION_INDEX: '0' }],
    [{ JOB_COMPLETION_INDEX: '-1', ASSAY_SHARD_TOTAL: '2' }],
    [{ JOB_COMPLETION_INDEX: '2', ASSAY_SHARD_TOTAL: '2' }],
  ])('refuses incomplete or out-of-range variables %j', (env) => {
    expect(() => resolveShard(undefined, env)).toThrow(ShardError);
  });
});

describe('shardOf', () => {
  it('puts every digest in exactly one shard, the same one every time, spread over all shards', () => {
    const counts = [0, 0, 0];
    for (let i = 0; i < 300; i++) {
      const s = shardOf(digest(i), 3);
      expect(s).toBe(shardOf(digest(i), 3));
      counts[s - 1]!++;
    }
    for (const c of counts) expect(c).toBeGreaterThan(60);
    expect(shardOf(digest(7), 1)).toBe(1);
  });
});
