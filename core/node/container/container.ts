// The Assay container: one gzip'd JSON document holding text entries and a SHA-256 manifest. Packs and submission
// bundles are both containers (docs/assessment-files.md). Reading validates everything before returning anything:
// size caps (compressed, decompressed, per entry, entry count), schema, entry kind, path safety, duplicates and
// every manifest hash. Every failure is a ContainerError with a code and a readable message.
import { gzipSync, gunzipSync } from 'node:zlib';
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import type { ContainerManifest, FileMap, ManifestEntry } from '../../common/assessment.ts';
import { sha256, canonicalJson } from './hash.ts';
import { unsafePathReason, collisionKey } from './paths.ts';
import { writeAtomic } from '../fs/atomic-write.ts';
import { TOOL } from './version.ts';

export type ContainerErrorCode =
  | 'unreadable'
  | 'too_large'
  | 'not_gzip'
  | 'bad_json'
  | 'wrong_format'
  | 'schema'
  | 'not_a_file'
  | 'unsafe_path'
  | 'duplicate_path'
  | 'entry_too_large'
  | 'too_many_entries'
  | 'manifest_mismatch'
  | 'invalid_content';

export class ContainerError extends Error {
  readonly code: ContainerErrorCode;
  constructor(code: ContainerErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export interface ContainerLimits {
  /** The file on disk (compressed). */
  fileBytes: number;
  /** The decompressed JSON document: caps gzip bombs. */
  jsonBytes: number;
  entryBytes: number;
  entries: number;
}

export const DEFAULT_LIMITS: ContainerLimits = {
  fileBytes: 32 * 1024 * 1024,
  jsonBytes: 96 * 1024 * 1024,
  entryBytes: 16 * 1024 * 1024,
  entries: 4000,
};

export interface ContainerContents<F extends string> {
  digest: string;
  manifest: ContainerManifest<F>;
  files: FileMap;
}

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 hex digest');
const RawContainer = z
  .object({
    manifest: z
      .object({
        format: z.string(),
        createdAt: z.string(),
        tool: z.string(),
        entries: z.array(z.object({ path: z.string(), bytes: z.number().int().min(0), sha256: Hex64 }).strict()),
      })
      .strict(),
    digest: Hex64,
    entries: z.array(z.object({ path: z.string(), type: z.string(), content: z.string() }).loose()),
  })
  .strict();

export function encodeContainer<F extends string>(
  format: F,
  files: FileMap,
  createdAt = new Date().toISOString(),
): { bytes: Buffer; digest: string; manifest: ContainerManifest<F> } {
  const paths = Object.keys(files).sort();
  for (const p of paths) {
    const why = unsafePathReason(p);
    if (why) throw new ContainerError('unsafe_path', `refusing to write entry ${JSON.stringify(p)}: ${why}`);
  }
  const entries: ManifestEntry[] = paths.map((path) => ({
    path,
    bytes: Buffer.byteLength(files[path]!, 'utf8'),
    sha256: sha256(files[path]!),
  }));
  const manifest: ContainerManifest<F> = { format, createdAt, tool: TOOL, entries };
  const digest = sha256(canonicalJson(manifest));
  const doc = { manifest, digest, entries: paths.map((path) => ({ path, type: 'file', content: files[path]! })) };
  return { bytes: gzipSync(JSON.stringify(doc), { level: 9 }), digest, manifest };
}

export function writeContainer<F extends string>(path: string, format: F, files: FileMap, createdAt?: string) {
  const { bytes, digest, manifest } = encodeContainer(format, files, createdAt);
  writeAtomic(path, bytes);
  return { digest, manifest, bytes: bytes.length };
}

const KIND_NAMES: Record<string, string> = {
  'assay.pack/1': 'an Assay candidate pack',
  'assay.submission/1': 'an Assay submission bundle',
};

function kind(format: string): string {
  return KIND_NAMES[format] ?? `a ${JSON.stringify(format)} file`;
}

function inflate(bytes: Uint8Array, limits: ContainerLimits): string {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    throw new ContainerError('not_gzip', 'not an Assay file (not gzip-compressed)');
  }
  try {
    return gunzipSync(bytes, { maxOutputLength: limits.jsonBytes }).toString('utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ContainerError('too_large', `decompresses to more than ${limits.jsonBytes} bytes`);
    }
    throw new ContainerError('not_gzip', `damaged compressed data: ${err.message}`);
  }
}

export function decodeContainer<F extends string>(
  bytes: Uint8Array,
  format: F,
  limits: ContainerLimits = DEFAULT_LIMITS,
): ContainerContents<F> {
  if (bytes.length > limits.fileBytes) throw new ContainerError('too_large', `file larger than ${limits.fileBytes} bytes`);
  let json: unknown;
  try {
    json = JSON.parse(inflate(bytes, limits));
  } catch (e) {
    if (e instanceof ContainerError) throw e;
    throw new ContainerError('bad_json', `damaged content: ${(e as Error).message}`);
  }
  const found = (json as { manifest?: { format?: unknown } } | null)?.manifest?.format;
  if (typeof found === 'string' && found !== format) {
    throw new ContainerError('wrong_format', `this is ${kind(found)}, expected ${kind(format)}`);
  }
  const parsed = RawContainer.safeParse(json);
  if (!parsed.success) throw new ContainerError('schema', `not ${kind(format)}: ${z.prettifyError(parsed.error)}`);
  const raw = parsed.data;
  if (raw.entries.length > limits.entries) {
    throw new ContainerError('too_many_entries', `${raw.entries.length} entries (at most ${limits.entries})`);
  }
  const files: FileMap = Object.create(null) as FileMap;
  const seen = new Map<string, string>();
  for (const e of raw.entries) {
    const extra = Object.keys(e).filter((k) => k !== 'path' && k !== 'type' && k !== 'content');
    if (e.type !== 'file' || extra.length > 0) {
      const what = e.type !== 'file' ? `of type "${e.type}"` : `with ${extra.join(', ')}`;
      throw new ContainerError('not_a_file', `entry ${JSON.stringify(e.path)} is ${what}: only regular files are allowed`);
    }
    const why = unsafePathReason(e.path);
    if (why) throw new ContainerError('unsafe_path', `entry ${JSON.stringify(e.path)}: ${why}`);
    const key = collisionKey(e.path);
    const prior = seen.get(key);
    if (prior !== undefined) {
      throw new ContainerError('duplicate_path', `entry ${JSON.stringify(e.path)} appears twice (also as ${JSON.stringify(prior)})`);
    }
    seen.set(key, e.path);
    const size = Buffer.byteLength(e.content, 'utf8');
    if (size > limits.entryBytes) {
      throw new ContainerError('entry_too_large', `entry ${JSON.stringify(e.path)} is ${size} bytes (at most ${limits.entryBytes})`);
    }
    files[e.path] = e.content;
  }
  checkManifest(raw.manifest.entries, raw.digest, raw.manifest, files);
  return { digest: raw.digest, manifest: raw.manifest as ContainerManifest<F>, files };
}

function checkManifest(entries: ManifestEntry[], digest: string, manifest: unknown, files: FileMap): void {
  if (sha256(canonicalJson(manifest)) !== digest) {
    throw new ContainerError('manifest_mismatch', 'the manifest does not match its digest (manifest edited or corrupted)');
  }
  const listed = new Set<string>();
  for (const m of entries) {
    if (listed.has(m.path)) throw new ContainerError('manifest_mismatch', `manifest lists ${JSON.stringify(m.path)} twice`);
    listed.add(m.path);
    const content = files[m.path];
    if (content === undefined) throw new ContainerError('manifest_mismatch', `manifest lists ${JSON.stringify(m.path)} but the entry is missing`);
    if (Buffer.byteLength(content, 'utf8') !== m.bytes || sha256(content) !== m.sha256) {
      throw new ContainerError('manifest_mismatch', `${m.path}: content differs from the manifest (edited or corrupted)`);
    }
  }
  for (const p of Object.keys(files)) {
    if (!listed.has(p)) throw new ContainerError('manifest_mismatch', `entry ${JSON.stringify(p)} is not in the manifest`);
  }
}

export function readContainer<F extends string>(path: string, format: F, limits: ContainerLimits = DEFAULT_LIMITS) {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new ContainerError('unreadable', `${path}: not a regular file`);
    size = st.size;
  } catch (e) {
    if (e instanceof ContainerError) throw e;
    throw new ContainerError('unreadable', `${path}: ${(e as Error).message}`);
  }
  if (size > limits.fileBytes) throw new ContainerError('too_large', `file larger than ${limits.fileBytes} bytes`);
  return decodeContainer(readFileSync(path), format, limits);
}

/** Parses a JSON entry with a zod schema, turning failures into ContainerErrors naming the entry. */
export function jsonEntry<T>(files: FileMap, path: string, schema: z.core.$ZodType<T>): T {
  const text = files[path];
  if (text === undefined) throw new ContainerError('invalid_content', `missing ${path}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ContainerError('invalid_content', `${path} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = z.safeParse(schema, value);
  if (!parsed.success) throw new ContainerError('invalid_content', `${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
