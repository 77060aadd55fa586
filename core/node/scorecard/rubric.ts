// The interviewer's rubric for one candidate: one row per competency, rated Strong No / No / Yes / Strong Yes,
// with notes and an overall recommendation. Stored as JSON (assay.rubric/1).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { RATINGS, type Rubric } from '../../common/assessment.ts';
import type { Requirement } from '../library/requirements.ts';

const Rating = z.enum(RATINGS).nullable();

export const RubricSchema = z
  .object({
    schema: z.literal('assay.rubric/1'),
    reviewer: z.string().max(200),
    rows: z.array(z.object({ competencyId: z.string(), text: z.string(), rating: Rating, notes: z.string().max(20_000) }).strict()),
    recommendation: Rating,
    notes: z.string().max(100_000),
  })
  .strict() satisfies z.ZodType<Rubric>;

/** A rubric with a row per competency, keeping the ratings and notes of `saved` where the competency matches. */
export function rubricFor(competencies: Pick<Requirement, 'id' | 'text'>[], saved: Rubric | null = null): Rubric {
  const byId = new Map((saved?.rows ?? []).map((r) => [r.competencyId, r]));
  return {
    schema: 'assay.rubric/1',
    reviewer: saved?.reviewer ?? '',
    rows: competencies.map((c) => ({
      competencyId: c.id,
      text: c.text,
      rating: byId.get(c.id)?.rating ?? null,
      notes: byId.get(c.id)?.notes ?? '',
    })),
    recommendation: saved?.recommendation ?? null,
    notes: saved?.notes ?? '',
  };
}

export function loadRubric(path: string): Rubric {
  const parsed = RubricSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
