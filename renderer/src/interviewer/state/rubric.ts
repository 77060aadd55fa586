// Rubric edits as pure updates (the form saves the result as you type).
import type { Rating, Rubric } from '../../../../core/common/assessment.ts';

export function rateRow(r: Rubric, competencyId: string, rating: Rating | null): Rubric {
  return { ...r, rows: r.rows.map((row) => (row.competencyId === competencyId ? { ...row, rating } : row)) };
}

export function noteRow(r: Rubric, competencyId: string, notes: string): Rubric {
  return { ...r, rows: r.rows.map((row) => (row.competencyId === competencyId ? { ...row, notes } : row)) };
}

export function recommend(r: Rubric, recommendation: Rating | null): Rubric {
  return { ...r, recommendation };
}

export function setField(r: Rubric, field: 'reviewer' | 'notes', value: string): Rubric {
  return { ...r, [field]: value };
}

/** "3 of 7 rated" for the form's heading. */
export function progress(r: Rubric): { rated: number; total: number } {
  return { rated: r.rows.filter((row) => row.rating !== null).length, total: r.rows.length };
}
