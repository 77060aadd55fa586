// zod schema of submission.json, checked against SubmissionInfo.
import { z } from 'zod';
import type { SubmissionInfo } from '../../common/assessment.ts';
import { AssessmentSchema, ExerciseId } from '../assessment/schemas.ts';
import { unsafePathReason } from '../container/paths.ts';

const T = z.number().int().min(0);

export const SubmissionInfoSchema = z
  .object({
    schema: z.literal('assay.submission-info/1'),
    sessionId: z.string().min(8).max(64),
    packDigest: z.string().regex(/^[0-9a-f]{64}$/),
    assessment: AssessmentSchema,
    startedAt: T,
    deadline: T,
    submittedAt: T,
    submitReason: z.enum(['manual', 'expired']),
    exercises: z
      .array(
        z
          .object({
            id: ExerciseId,
            contentHash: z.string().regex(/^[0-9a-f]{64}$/),
            editable: z
              .array(z.string().refine((p) => unsafePathReason(p) === null, 'not a safe relative path'))
              .min(1)
              .max(50),
            timeSpentMs: z.number().min(0),
          })
          .strict(),
      )
      .min(1)
      .max(50),
    environment: z
      .object({
        app: z.string().max(200),
        platform: z.string().max(100),
        release: z.string().max(200),
        arch: z.string().max(50),
        node: z.string().max(200),
        toolchains: z.array(z.object({ language: z.string().max(50), version: z.string().max(300).nullable() }).strict()).max(20),
      })
      .strict(),
  })
  .strict() satisfies z.ZodType<SubmissionInfo>;
