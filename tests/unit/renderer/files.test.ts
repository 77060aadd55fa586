// Bytes across the bridge: base64 both ways, exact for every byte value and for files larger than one chunk.
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../renderer/src/start/files.ts';

describe('base64', () => {
  it('round-trips every byte value and matches Node', () => {
    const bytes = new Uint8Array(256 * 300).map((_, i) => (i * 7) % 256);
    const b64 = bytesToBase64(bytes);
    expect(b64).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(b64)).toEqual(bytes);
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
