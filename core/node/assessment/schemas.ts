// zod schemas for the assessment files, checked against the plain types in core/common/assessment.ts.
import { z } from 'zod';
import type { Assessment, LibraryVersion } from '../../common/assessment.ts';

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
export const ExerciseId = z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'not an exercise id');

export const LibraryVersionSchema = z
  .object({ commit: z.string().regex(/^[0-9a-f]{40}$/).nullable(), dirty: z.boolean(), hash: Hex64 })
  .strict() satisfies z.ZodType<LibraryVersion>;

export const AssessmentSchema = z
  .object({
    schema: z.literal('assay.assessment/1'),
    id: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
    title: z.string().min(1).max(200),
    candidateName: z.string().min(1).max(200),
    roleId: z.string().max(64).nullable(),
    timeLimitMinutes: z.number().int().min(1).max(24 * 60),
    createdAt: z.string(),
    library: LibraryVersionSchema,
    exercises: z
      .array(z.object({ id: ExerciseId, title: z.string().max(200), contentHash: Hex64 }).strict())
      .min(1)
      .max(50),
    instructions: z.string().max(64 * 1024),
  })
  .strict() satisfies z.ZodType<Assessment>;
