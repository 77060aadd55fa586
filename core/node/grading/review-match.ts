// Matching review comments to seeded defects, and the review score: recall (weighted share of defects found)
// minus a fixed cost for every comment that matches no defect. Pure functions: no I/O, nothing runs.
import { z } from 'zod';

/** A comment shorter than this does not count as finding a defect. */
export const MIN_COMMENT_CHARS = 15;
/** Points one unmatched comment costs (a review commenting everywhere ends at 0). */
export const NOISE_POINTS = 4;
/** A comment that names more than this share of the seeded defects is keyword stuffing: it finds none. */
export const STUFFED_SHARE = 0.5;
/** Comments on one defect that count as matched; further ones on it are noise (duplicate spam). */
export const COMMENTS_PER_DEFECT = 2;

const Range = z.tuple([z.number().int().min(1), z.number().int().min(1)]);

export const Defect = z.object({
  id: z.string().min(1),
  /** The primary range, shown to the interviewer. */
  lines: Range,
  /** Other lines a competent reviewer points at for the same defect (the root cause, the call site...). */
  alsoLines: z.array(Range).default([]),
  category: z.enum(['bug', 'security', 'performance', 'readability', 'testing']),
  weight: z.number().positive().default(1),
  /** A reasonable remark that is not a seeded defect: comments on it cost nothing and earn nothing. */
  remark: z.boolean().default(false),
  /**
   * A case-insensitive regular expression the comment must match to find the defect (what a reviewer who saw it
   * would say: "race", "mutex", "lock"...). Empty: any comment of MIN_COMMENT_CHARS finds it.
   */
  keywords: z.string().default(''),
  description: z.string(),
});
export type Defect = z.infer<typeof Defect>;

export interface Comment {
  line: number;
  body: string;
}

const said = (d: Defect, body: string) => d.keywords === '' || new RegExp(d.keywords, 'i').test(body);

/** Whether a comment names (by keywords) more than STUFFED_SHARE of the seeded defects that have keywords. */
export function stuffed(defects: Defect[], body: string): boolean {
  const keyed = defects.filter((d) => !d.remark && d.keywords !== '');
  return keyed.length >= 3 && keyed.filter((d) => said(d, body)).length > keyed.length * STUFFED_SHARE;
}

export function onDefect(d: Defect, line: number): boolean {
  return [d.lines, ...d.alsoLines].some(([a, b]) => line >= a && line <= b);
}

export interface Match {
  /** Per defect id: the comments counted for it (at most COMMENTS_PER_DEFECT). */
  byDefect: Map<string, Comment[]>;
  /** Comments on no defect's lines, too short off a defect, or duplicates beyond the per-defect allowance. */
  unmatched: { comment: Comment; why: string }[];
}

export function matchComments(defects: Defect[], comments: Comment[]): Match {
  const byDefect = new Map<string, Comment[]>(defects.map((d) => [d.id, []]));
  const unmatched: Match['unmatched'] = [];
  for (const c of comments) {
    if (stuffed(defects, c.body)) {
      unmatched.push({ comment: c, why: 'names most of the possible problems at once' });
      continue;
    }
    const on = defects.filter((d) => onDefect(d, c.line));
    if (on.length === 0) {
      unmatched.push({ comment: c, why: 'on no seeded defect' });
      continue;
    }
    const open = on.filter((d) => byDefect.get(d.id)!.length < COMMENTS_PER_DEFECT);
    if (open.length === 0) {
      unmatched.push({ comment: c, why: `more than ${COMMENTS_PER_DEFECT} comments on the same defect` });
      continue;
    }
    for (const d of open) byDefect.get(d.id)!.push(c);
  }
  return { byDefect, unmatched };
}

/** The comment that finds a defect: the first counted for it with MIN_COMMENT_CHARS that says what is wrong. */
export function finding(m: Match, d: Defect): Comment | undefined {
  return m.byDefect.get(d.id)!.find((c) => c.body.trim().length >= MIN_COMMENT_CHARS && said(d, c.body));
}

/** 0..100: weighted recall over the seeded defects (remarks excluded) minus NOISE_POINTS per unmatched comment. */
export function reviewScore(defects: Defect[], m: Match): { recall: number; penalty: number; score: number } {
  const seeded = defects.filter((d) => !d.remark);
  const total = seeded.reduce((s, d) => s + d.weight, 0);
  const found = seeded.filter((d) => finding(m, d)).reduce((s, d) => s + d.weight, 0);
  const recall = total > 0 ? (found / total) * 100 : 0;
  const penalty = m.unmatched.length * NOISE_POINTS;
  return { recall, penalty, score: Math.max(0, recall - penalty) };
}
