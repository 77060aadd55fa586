// Files crossing the bridge: the renderer sends and receives bytes as base64; names for the files it saves.
import type { FilePayload } from '../../common/lifecycle.ts';

/** "Ada Lovelace" → "ada-lovelace": safe in a file name on every OS. */
export function fileSlug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'file';
}

export function fromBase64(data: string): Buffer {
  return Buffer.from(data, 'base64');
}

export function payload(fileName: string, mime: string, bytes: Uint8Array | string): FilePayload {
  return { fileName, mime, data: Buffer.from(bytes).toString('base64') };
}
