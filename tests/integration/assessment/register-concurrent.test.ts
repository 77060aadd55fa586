// The app and `assay pack` may issue into one register at the same moment: two real processes each issue 40
// records into the same register; every one of the 80 is there afterwards, and every MAC checks out.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Register } from '../../../core/node/assessment/register.ts';

const root = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'assay-register-race-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const writer = join(dir, 'writer.ts');
writeFileSync(writer, `
import { Register } from ${JSON.stringify(join(root, 'core/node/assessment/register.ts'))};
const [regDir, who] = process.argv.slice(2);
for (let i = 0; i < 40; i++) {
  // A fresh Register per pack, as separate app and CLI calls have: each one read the file before the other wrote.
  const reg = new Register(regDir);
  const id = \`00000000-0000-4000-8000-\${who}\${String(i).padStart(11, '0')}\`;
  reg.issue({ schema: 'assay.issued-pack/1', packId: id, candidateName: who + i, title: 'Race', timeLimitMinutes: 30,
    exercises: [{ id: 'go-x', contentHash: 'a'.repeat(64), limits: { timeoutMs: 1000, memoryMb: 64, outputBytes: 1024, processes: 8 }, minutes: 10 }],
    issuedAt: new Date(0).toISOString() }, 'b'.repeat(64));
}
`);

// Withdraws every pack whose id ends in an even (who=0) or odd (who=1) digit, through ONE Register read at the start:
// each withdrawal must take in the other process's withdrawals made since, not write back its stale copy.
const withdrawer = join(dir, 'withdrawer.ts');
writeFileSync(withdrawer, `
import { Register } from ${JSON.stringify(join(root, 'core/node/assessment/register.ts'))};
const [regDir, who] = process.argv.slice(2);
const reg = new Register(regDir);
const mine = reg.entries().map((e) => e.record.packId).filter((id) => Number(id.at(-1)) % 2 === Number(who));
for (const id of mine) reg.withdraw(id, 'by ' + who);
`);

function run(who: string, script = writer, reg = 'reg'): Promise<number> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [script, join(dir, reg), who], { stdio: ['ignore', 'inherit', 'inherit'] });
    p.on('exit', (code) => resolve(code ?? -1));
  });
}

describe('register written by two processes at once', () => {
  it('keeps every record of both, each authentic', async () => {
    new Register(join(dir, 'reg')).key; // one key for both writers
    expect(await Promise.all([run('1'), run('2')])).toEqual([0, 0]);
    const reg = new Register(join(dir, 'reg'));
    expect(reg.entries()).toHaveLength(80);
    expect(reg.entries().every((e) => reg.authentic(e))).toBe(true);
  }, 120_000);

  it('keeps every withdrawal of two processes withdrawing at once, each re-signed', async () => {
    expect(await run('3', writer, 'reg2')).toBe(0);
    expect(await Promise.all([run('0', withdrawer, 'reg2'), run('1', withdrawer, 'reg2')])).toEqual([0, 0]);
    const reg = new Register(join(dir, 'reg2'));
    expect(reg.entries()).toHaveLength(40);
    for (const e of reg.entries()) {
      expect(e.record.withdrawn?.reason).toBe(`by ${Number(e.record.packId.at(-1)) % 2}`);
      expect(reg.authentic(e)).toBe(true);
    }
  }, 120_000);
});
