// The exercise format (see exercises/README.md). Schemas are zod so the loader, the validator and the CLI
// share one definition; types are inferred from them.
import { z } from 'zod';

export const Language = z.enum(['go', 'ruby']);
export type Language = z.infer<typeof Language>;

export const ExerciseType = z.enum(['implement', 'fix', 'write-tests', 'review']);
export type ExerciseType = z.infer<typeof ExerciseType>;

export const Difficulty = z.enum(['easy', 'medium', 'hard']);

export const Limits = z.object({
  /** Wall clock for one run (compile excluded), ms. Calibrated by `assay check`. */
  timeoutMs: z.number().int().min(500).max(120_000).default(10_000),
  memoryMb: z.number().int().min(32).max(4096).default(512),
  outputBytes: z.number().int().min(1024).max(16 * 1024 * 1024).default(1024 * 1024),
  processes: z.number().int().min(4).max(1024).default(64),
});
export type Limits = z.infer<typeof Limits>;

export const ExerciseMeta = z.object({
  schema: z.literal('assay.exercise/1'),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/),
  title: z.string().min(3).max(120),
  language: Language,
  type: ExerciseType,
  difficulty: Difficulty,
  minutes: z.number().int().min(5).max(180),
  /** Requirement ids from exercises/requirements.json this exercise assesses. */
  competencies: z.array(z.string()).min(1),
  /** Files under starter/ the candidate may edit; everything else is shown read-only. */
  editable: z.array(z.string()).min(1),
  limits: Limits.default(Limits.parse({})),
  /**
   * Static-scan findings the prompt requires (e.g. go-syscall for an exercise about process groups): not flagged
   * for this exercise. Only codes of grading/scan.ts's ALLOWABLE rules; `assay check` rejects others.
   */
  allowedFlags: z
    .array(z.object({ code: z.string().regex(/^[a-z0-9-]{2,40}$/), reason: z.string().min(10).max(300) }))
    .max(10)
    .default([]),
  /** Split of the 0-100 score between hidden correctness cases and budget (performance) cases. */
  scoring: z
    .object({ correctness: z.number().min(0).max(100), performance: z.number().min(0).max(100) })
    .refine((s) => s.correctness + s.performance === 100, 'correctness + performance must be 100')
    .default({ correctness: 100, performance: 0 }),
  /** Budget (performance) cases pass when their CPU cost, measured outside the sandbox, is at most `factor` times
   *  the reference solution's cost measured on the same machine in the same grading batch. */
  performance: z
    .object({ factor: z.number().min(1.5).max(20).default(3) })
    .default({ factor: 3 }),
});
export type ExerciseMeta = z.infer<typeof ExerciseMeta>;

/** One hidden case, decided outside the sandbox: only name/call/input enter it, never `expected`. */
export const HiddenCase = z.object({
  name: z.string().regex(/^[A-Za-z0-9_.:-]{1,80}$/),
  call: z.string().min(1),
  input: z.unknown(),
  expected: z.unknown(),
  weight: z.number().positive().default(1),
  /** A budget (performance) case: it must also cost at most the exercise's `performance.factor` times the
   *  reference's cost. Runs alone in its own sandboxed process, measured from outside. */
  budget: z.boolean().optional(),
  /** Legacy (assay.exercise/1 before relative budgets): an absolute budget in ms. Still loadable; it only marks
   *  the case as a budget case, the number is ignored. */
  budgetMs: z.number().positive().optional(),
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
