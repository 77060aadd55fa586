// The seam for verifying bundles against a register of issued packs (being built elsewhere). A BundleVerifier
// says whether a bundle came from a pack this organisation issued; gradeFolder calls it before grading and a
// bundle it refuses is reported as rejected, not graded. `--register <file>` loads one with loadRegister().
//
// Until the register lands, a register file here is JSON holding the issued pack digests: an array of strings,
// or of objects with a "digest" (or "packDigest") field, or {"packs": [...]} of either. The register's own
// loader is meant to replace loadRegister's body; the BundleVerifier type is the contract.
import { readFileSync } from 'node:fs';
import type { SubmissionBundle } from '../../common/assessment.ts';
import { sha256 } from '../container/hash.ts';

export type Verification = { ok: true; detail: string } | { ok: false; code: string; message: string };

export interface BundleVerifier {
  /** Identifies the register's content: part of every result's inputs, so a changed register re-grades. */
  id: string;
  verify(bundle: SubmissionBundle): Verification | Promise<Verification>;
}

const HEX64 = /^[0-9a-f]{64}$/;

function digestsOf(doc: unknown): string[] {
  const list = Array.isArray(doc) ? doc : doc && typeof doc === 'object' && Array.isArray((doc as { packs?: unknown }).packs) ? (doc as { packs: unknown[] }).packs : null;
  if (!list) throw new Error('expected a JSON array of pack digests or {"packs": [...]}');
  return list.map((e) => {
    const d = typeof e === 'string' ? e : e && typeof e === 'object' ? ((e as { digest?: unknown }).digest ?? (e as { packDigest?: unknown }).packDigest) : null;
    if (typeof d !== 'string' || !HEX64.test(d)) throw new Error(`not a pack digest: ${JSON.stringify(e).slice(0, 80)}`);
    return d;
  });
}

export function loadRegister(path: string): BundleVerifier {
  const text = readFileSync(path, 'utf8');
  let issued: Set<string>;
  try {
    issued = new Set(digestsOf(JSON.parse(text)));
  } catch (e) {
    throw new Error(`register ${path}: ${(e as Error).message}`);
  }
  return {
    id: sha256(text),
    verify: (bundle) =>
      issued.has(bundle.submission.packDigest)
        ? { ok: true, detail: `pack ${bundle.submission.packDigest.slice(0, 12)} is in the register` }
        : { ok: false, code: 'pack_not_issued', message: `pack ${bundle.submission.packDigest.slice(0, 12)} is not in the register of issued packs` },
  };
}
