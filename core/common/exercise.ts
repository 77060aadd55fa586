// The exercise format (see exercises/README.md). Schemas are zod so the loader, the validator and the CLI
// share one definition; types are inferred from them. They use zod/mini, the tree-shakable form of the same zod
// (same core, same parsing and messages): `assay run` loads these on every call, and the full zod API costs about
// 10 ms more to load there (bench/cli.ts). Schemas elsewhere may compose these with the full API.
import { z } from './zod-mini.ts';

const int = (min: number, max?: number) => z.number().check(z.int(), z.minimum(min), ...(max === undefined ? [] : [z.maximum(max)]));

export const Language = z.enum(['go', 'ruby']);
export type Language = z.infer<typeof Language>;

export const ExerciseType = z.enum(['implement', 'fix', 'write-tests', 'review']);
export type ExerciseType = z.infer<typeof ExerciseType>;

export const Difficulty = z.enum(['easy', 'medium', 'hard']);

export const Limits = z.object({
  /** Wall clock for one run (compile excluded), ms. Calibrated by `assay check`. */
  timeoutMs: z._default(int(500, 120_000), 10_000),
  memoryMb: z._default(int(32, 4096), 512),
  outputBytes: z._default(int(1024, 16 * 1024 * 1024), 1024 * 1024),
  processes: z._default(int(4, 1024), 64),
});
export type Limits = z.infer<typeof Limits>;

export const ExerciseMeta = z.object({
  schema: z.literal('assay.exercise/1'),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{2,63}$/)),
  title: z.string().check(z.minLength(3), z.maxLength(120)),
  language: Language,
  type: ExerciseType,
  difficulty: Difficulty,
  minutes: int(5, 180),
  /** Requirement ids from exercises/requirements.json this exercise assesses. */
  competencies: z.array(z.string()).check(z.minLength(1)),
  /** Files under starter/ the candidate may edit; everything else is shown read-only. */
  editable: z.array(z.string()).check(z.minLength(1)),
  limits: z._default(Limits, () => Limits.parse({})),
  /**
   * Static-scan findings the prompt requires (e.g. go-syscall for an exercise about process groups): not flagged
   * for this exercise. Only codes of grading/scan.ts's ALLOWABLE rules; `assay check` rejects others.
   */
  allowedFlags: z._default(
    z
      .array(z.object({ code: z.string().check(z.regex(/^[a-z0-9-]{2,40}$/)), reason: z.string().check(z.minLength(10), z.maxLength(300)) }))
      .check(z.maxLength(10)),
    () => [],
  ),
  /** Split of the 0-100 score between hidden correctness cases and budget (performance) cases. */
  scoring: z._default(
    z
      .object({ correctness: z.number().check(z.minimum(0), z.maximum(100)), performance: z.number().check(z.minimum(0), z.maximum(100)) })
      .check(z.refine((s) => s.correctness + s.performance === 100, 'correctness + performance must be 100')),
    () => ({ correctness: 100, performance: 0 }),
  ),
  /** Budget (performance) cases pass when their CPU cost, measured outside the sandbox, is at most `factor` times
   *  the reference solution's cost measured on the same machine in the same grading batch. */
  performance: z._default(z.object({ factor: z._default(z.number().check(z.minimum(1.5), z.maximum(20)), 3) }), () => ({ factor: 3 })),
});
export type ExerciseMeta = z.infer<typeof ExerciseMeta>;

/** One hidden case, decided outside the sandbox: only name/call/input enter it, never `expected`. */
export const HiddenCase = z.object({
  name: z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,80}$/)),
  call: z.string().check(z.minLength(1)),
  input: z.unknown(),
  expected: z.unknown(),
  weight: z._default(z.number().check(z.positive()), 1),
  /** A budget (performance) case: it must also cost at most the exercise's `performance.factor` times the
   *  reference's cost. Runs alone in its own sandboxed process, measured from outside. */
  budget: z.optional(z.boolean()),
  /** Legacy (assay.exercise/1 before relative budgets): an absolute budget in ms. Still loadable; it only marks
   *  the case as a budget case, the number is ignored. */
  budgetMs: z.optional(z.number().check(z.positive())),
});

export function isBudgetCase(c: Pick<HiddenCase, 'budget' | 'budgetMs'>): boolean {
  return c.budget === true || c.budgetMs !== undefined;
}
export type HiddenCase = z.infer<typeof HiddenCase>;

export interface ExerciseFile {
  path: string;
  content: string;
  readOnly: boolean;
  /** 'test' files are the visible tests, shown so the candidate can read them. */
  role: 'source' | 'test' | 'support';
}

/** What the picker shows. */
export interface ExerciseSummary {
  id: string;
  title: string;
  language: Language;
  type: ExerciseType;
  difficulty: 'easy' | 'medium' | 'hard';
  minutes: number;
  competencies: { id: string; text: string; role: string }[];
}

/** What the candidate workspace needs to open an exercise. Never contains hidden material. */
export interface ExerciseView {
  summary: ExerciseSummary;
  prompt: string;
  files: ExerciseFile[];
}
