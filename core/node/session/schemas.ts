// zod schemas for what the session store and bundles read back from disk, checked against the plain types.
import { z } from 'zod';
import type { ActivityEvent, LineDiff, SessionState, Snapshot } from '../../common/assessment.ts';
import type { RunReport } from '../../common/results.ts';

const T = z.number().int().min(0);
const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/);
const Verdict = z.enum([
  'passed', 'failed', 'compile_error', 'runtime_error', 'timeout', 'memory_limit', 'output_limit', 'tampered', 'sandbox_error',
]);
const Reason = z.enum(['manual', 'expired']);

export const SessionStateSchema = z
  .object({
    schema: z.literal('assay.session/1'),
    sessionId: z.string().min(8).max(64),
    packDigest: z.string().regex(/^[0-9a-f]{64}$/),
    status: z.enum(['active', 'submitted']),
    startedAt: T,
    deadline: T,
    lastSeenAt: T,
    activeExerciseId: Id,
    submittedAt: T.nullable(),
    submitReason: Reason.nullable(),
  })
  .strict() satisfies z.ZodType<SessionState>;

const RunFields = {
  verdict: Verdict,
  passed: z.number().int().min(0),
  failed: z.number().int().min(0),
  total: z.number().int().min(0),
  summary: z.string().max(2000),
  durationMs: z.number().min(0),
};

export const ActivityEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session_started'), t: T, deadline: T }).strict(),
  z.object({ type: z.literal('exercise_opened'), t: T, exerciseId: Id }).strict(),
  z.object({ type: z.literal('run'), t: T, exerciseId: Id, ...RunFields }).strict(),
  z.object({ type: z.literal('paste'), t: T, exerciseId: Id, file: z.string(), chars: z.number().int().min(0), lines: z.number().int().min(0) }).strict(),
  z.object({ type: z.literal('focus_lost'), t: T }).strict(),
  z.object({ type: z.literal('focus_returned'), t: T, awayMs: z.number().min(0) }).strict(),
  z.object({ type: z.literal('app_closed'), t: T, from: T, durationMs: z.number().min(0) }).strict(),
  z.object({ type: z.literal('idle'), t: T, durationMs: z.number().min(0), exerciseId: Id }).strict(),
  z.object({ type: z.literal('submitted'), t: T, reason: Reason, wall: z.number().int().optional() }).strict(),
  z.object({ type: z.literal('session_resumed'), t: T, after: z.enum(['closed', 'submitted']) }).strict(),
  z.object({
    type: z.literal('clock'),
    t: T,
    kind: z.enum(['wall_back', 'wall_forward', 'wall_before_last_seen', 'reboot', 'timezone', 'suspend']),
    deltaMs: z.number().int().min(-1e13).max(1e13),
    during: z.enum(['running', 'closed']),
    wall: z.number().int().min(-1e13).max(1e13),
  }).strict(),
]) satisfies z.ZodType<ActivityEvent>;

const LineDiffSchema = z.array(z.union([z.number().int(), z.array(z.string())])) satisfies z.ZodType<LineDiff>;

export const SnapshotSchema = z
  .object({ i: z.number().int().min(0), t: T, changes: z.record(z.string(), LineDiffSchema) })
  .strict() satisfies z.ZodType<Snapshot>;

const Status = z.enum(['pass', 'fail', 'error', 'skip']);
export const RunReportSchema = z.object({
  runId: z.string(),
  exerciseId: z.string(),
  verdict: Verdict,
  summary: z.string(),
  tests: z.array(
    z.object({
      name: z.string(),
      status: Status,
      kind: z.enum(['visible', 'hidden', 'budget']),
      hidden: z.boolean(),
      message: z.string(),
      durationMs: z.number(),
      output: z.string().optional(),
      actual: z.string().optional(),
      expected: z.string().optional(),
      weight: z.number().optional(),
    }),
  ),
  markers: z.array(
    z.object({
      file: z.string(),
      line: z.number(),
      column: z.number(),
      endLine: z.number().optional(),
      endColumn: z.number().optional(),
      message: z.string(),
      severity: z.enum(['error', 'warning']),
    }),
  ),
  flags: z.array(
    z.object({
      code: z.string(),
      message: z.string(),
      severity: z.enum(['info', 'warning', 'critical']),
      file: z.string().optional(),
      line: z.number().optional(),
    }),
  ),
  output: z.string(),
  isolation: z.enum(['full', 'reduced']),
  toolchain: z.string(),
  timings: z.object({ compileMs: z.number(), runMs: z.number() }),
  cancelled: z.boolean().optional(),
}) satisfies z.ZodType<RunReport>;
