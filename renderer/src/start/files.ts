// Files in and out of the renderer: a chosen or dropped file is read to base64 for the bridge; a file the main
// process hands back is saved as a download (the browser saves it; Electron asks where with a save dialog).
import type { FilePayload } from '../../../core/common/lifecycle.ts';

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(out);
}

export function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const bin = atob(data);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export async function readUpload(file: File): Promise<{ fileName: string; data: string }> {
  return { fileName: file.name, data: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}

export function saveDownload(file: FilePayload): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.data)], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The message of an error from the bridge, for the screen. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
