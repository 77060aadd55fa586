// The register of issued packs: what the interviewer's machine issued, authenticated with a key that never leaves
// it (HMAC-SHA256). A submission bundle is graded against its pack's record here, never against what it says.
// Format and what it proves: docs/assessment-files.md.
import type { Limits } from './exercise.ts';

export interface IssuedExercise {
  id: string;
  /** SHA-256 over the exercise's whole library directory when the pack was issued. */
  contentHash: string;
  /** The sandbox limits grading uses for this exercise. */
  limits: Limits;
  /** Weight of the exercise in the overall score. */
  minutes: number;
}

/** The authenticated part of a pack: everything grading takes from the register. */
export interface IssuedPackRecord {
  schema: 'assay.issued-pack/1';
  /** The pack's id (the assessment id inside the pack). */
  packId: string;
  candidateName: string;
  title: string;
  timeLimitMinutes: number;
  exercises: IssuedExercise[];
  issuedAt: string;
  /**
   * Set when the interviewer withdrew the pack (a candidate who dropped out, a pack sent to the wrong person or
   * leaked): its bundles are still graded, with the critical flag pack_withdrawn. Absent on records never
   * withdrawn, so records written before this field existed keep their MAC. Re-signed like the rest of the record.
   */
  withdrawn?: PackWithdrawal;
}

export interface PackWithdrawal {
  /** ISO time of the withdrawal (the interviewer's clock). */
  at: string;
  /** The interviewer's reason; may be empty. Untrusted text wherever it is shown: escaped per output format. */
  reason: string;
}

export type RecordOrigin =
  /** Issued by this machine: its MAC verifies with this machine's key. */
  | 'this_register'
  /** Imported from another interviewer's register; its MAC is that machine's and cannot be checked here. */
  | 'imported';

export interface RegisterEntry {
  record: IssuedPackRecord;
  /** HMAC-SHA256 (hex) of the canonical record with the issuing machine's key. */
  mac: string;
  /** SHA-256 digest of the pack file as issued (null for imported records that do not state it). */
  packDigest: string | null;
  origin: RecordOrigin;
  /** When imported, the time and the file it came from. */
  importedAt: string | null;
  importedFrom: string | null;
}

/** A register entry exported for another interviewer (`assay.issued-pack-export/1`). */
export interface IssuedPackExport {
  schema: 'assay.issued-pack-export/1';
  record: IssuedPackRecord;
  mac: string;
  packDigest: string | null;
}
