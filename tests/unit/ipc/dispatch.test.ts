// dispatch(): every request is validated against the contract before any handler runs.
import { describe, expect, it } from 'vitest';
import { methods, type Method } from '../../../core/common/contract.ts';
import { dispatch, RequestError, type HandlerContext, type Handlers } from '../../../core/node/handler-table.ts';

function recordingTable() {
  const calls: { method: Method; req: unknown; ctx: HandlerContext }[] = [];
  const table = Object.fromEntries(
    (Object.keys(methods) as Method[]).map((method) => [
      method,
      async (req: unknown, ctx: HandlerContext) => {
        calls.push({ method, req, ctx });
        return { handledBy: method };
      },
    ]),
  ) as unknown as Handlers;
  return { table, calls };
}

const ctx: HandlerContext = { emit: () => {} };
const save = methods.saveWorkspace.channel;

describe('dispatch', () => {
  it('routes a valid request to its handler with the parsed request and the context', async () => {
    const { table, calls } = recordingTable();
    const files = { 'sections.go': 'package sections\n', 'sub/dir/x_test.go': '' };
    const result = await dispatch(table, save, { exerciseId: 'go-log-sections', files }, ctx);
    expect(result).toEqual({ handledBy: 'saveWorkspace' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.req).toEqual({ exerciseId: 'go-log-sections', files });
    expect(calls[0]!.ctx).toBe(ctx);
  });

  it('treats a missing request as {} for parameterless channels', async () => {
    const { table, calls } = recordingTable();
    await dispatch(table, methods.listExercises.channel, undefined, ctx);
    expect(calls.map((c) => c.method)).toEqual(['listExercises']);
  });

  it('rejects an unknown channel without calling anything', async () => {
    const { table, calls } = recordingTable();
    await expect(dispatch(table, 'fs:readFile', { path: '/etc/passwd' }, ctx)).rejects.toThrow(
      new RequestError('unknown channel "fs:readFile"'),
    );
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['missing field', methods.openExercise.channel, {}],
    ['wrong type', methods.openExercise.channel, { id: 42 }],
    ['bad id', methods.openExercise.channel, { id: '../etc' }],
    ['extra key', methods.openExercise.channel, { id: 'go-log-sections', admin: true }],
    ['not an object', methods.openExercise.channel, 'go-log-sections'],
    ['bad run id', methods.cancelRun.channel, { runId: 'x' }],
  ])('rejects bad arguments (%s)', async (_label, channel, req) => {
    const { table, calls } = recordingTable();
    await expect(dispatch(table, channel, req, ctx)).rejects.toThrow(/^invalid request for /);
    expect(calls).toHaveLength(0);
  });

  it.each(['../outside.go', 'a/../../b.go', '/etc/passwd', 'a\\..\\b.go', '..', 'dir/..', 'name with space.go', ''])(
    'rejects the unsafe file name %j',
    async (path) => {
      const { table, calls } = recordingTable();
      const err = await dispatch(table, save, { exerciseId: 'go-log-sections', files: { [path]: 'x' } }, ctx).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(RequestError);
      expect((err as Error).message).toMatch(/^invalid request for workspace:save: files\[.*\]: .*not a safe relative path/s);
      if (path) expect((err as Error).message).toContain(JSON.stringify(path));
      expect(calls).toHaveLength(0);
    },
  );

  it('rejects an oversize file and accepts one at the limit', async () => {
    const { table, calls } = recordingTable();
    const limit = 512 * 1024;
    await expect(
      dispatch(table, save, { exerciseId: 'go-log-sections', files: { 'a.go': 'x'.repeat(limit + 1) } }, ctx),
    ).rejects.toThrow(/file too large \(512 KiB max\)/);
    expect(calls).toHaveLength(0);
    await dispatch(table, save, { exerciseId: 'go-log-sections', files: { 'a.go': 'x'.repeat(limit) } }, ctx);
    expect(calls).toHaveLength(1);
  });

  it('rejects more than 50 files', async () => {
    const { table } = recordingTable();
    const files = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`f${i}.go`, '']));
    await expect(dispatch(table, save, { exerciseId: 'go-log-sections', files }, ctx)).rejects.toThrow(/too many files/);
  });
});
