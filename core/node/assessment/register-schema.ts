// zod schemas of the register file and of an exported register entry, checked against core/common/issue.ts.
import { z } from 'zod';
import * as mini from 'zod/mini';
import { Limits } from '../../common/exercise.ts';
import type { IssuedPackExport, IssuedPackRecord, RegisterEntry } from '../../common/issue.ts';
import { ExerciseId } from './schemas.ts';

/** Longest withdrawal reason kept in a record. */
export const WITHDRAW_REASON_MAX = 500;

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const IssuedPackRecordSchema = z
  .object({
    schema: z.literal('assay.issued-pack/1'),
    packId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
    candidateName: z.string().min(1).max(200),
    title: z.string().min(1).max(200),
    timeLimitMinutes: z.number().int().min(1).max(24 * 60),
    exercises: z
      .array(z.object({ id: ExerciseId, contentHash: Hex64, limits: mini.required(mini.strictObject(Limits.shape)), minutes: z.number().int().min(1).max(1440) }).strict())
      .min(1)
      .max(50)
      .refine((xs) => new Set(xs.map((x) => x.id)).size === xs.length, 'an exercise is listed twice'),
    issuedAt: z.string().max(40),
    withdrawn: z.object({ at: z.string().max(40), reason: z.string().max(WITHDRAW_REASON_MAX) }).strict().optional(),
  })
  .strict() satisfies z.ZodType<IssuedPackRecord>;

export const RegisterEntrySchema = z
  .object({
    record: IssuedPackRecordSchema,
    mac: Hex64,
    packDigest: Hex64.nullable(),
    origin: z.enum(['this_register', 'imported']),
    importedAt: z.string().max(40).nullable(),
    importedFrom: z.string().max(300).nullable(),
  })
  .strict() satisfies z.ZodType<RegisterEntry>;

export const RegisterFileSchema = z.object({ schema: z.literal('assay.register/1'), entries: z.array(RegisterEntrySchema) }).strict();

export const IssuedPackExportSchema = z
  .object({ schema: z.literal('assay.issued-pack-export/1'), record: IssuedPackRecordSchema, mac: Hex64, packDigest: Hex64.nullable() })
  .strict() satisfies z.ZodType<IssuedPackExport>;
