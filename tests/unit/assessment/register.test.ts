// The register of issued packs: the key stays on this machine (0600, never in a pack), records verify, an edited
// record or pack file does not, and another interviewer's record imports once and says where it came from.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Register, RegisterError } from '../../../core/node/assessment/register.ts';
import { readPack } from '../../../core/node/assessment/pack-read.ts';
import { cleanup, makeLibrary, makePack, mutateContainer, reseal, tempDir } from './helpers.ts';

afterAll(cleanup);

describe('register of issued packs', () => {
  const lib = makeLibrary();

  it('issues, verifies the pack file, and keeps the key out of the pack', () => {
    const dir = join(tempDir(), 'reg');
    const reg = new Register(dir);
    const pack = makePack(lib, { minutes: 45 });
    const entry = reg.issue(pack.record, pack.digest);
    expect(entry.record).toMatchObject({ packId: pack.assessment.id, candidateName: 'Ada Lovelace', timeLimitMinutes: 45 });
    expect(entry.record.exercises.map((e) => [e.id, e.limits.timeoutMs > 0, e.minutes > 0])).toEqual([['go-log-sections', true, true], ['ruby-reference-extractor', true, true]]);
    expect(statSync(join(dir, 'register.key')).mode & 0o777).toBe(0o600);
    const key = readFileSync(join(dir, 'register.key'), 'utf8').trim();
    expect(gunzipSync(readFileSync(pack.path)).toString('utf8')).not.toContain(key);
    expect(new Register(dir).verifyPack(readPack(pack.path))).toEqual({ ok: true, reason: 'issued from this register, unchanged' });
    const edited = mutateContainer(pack.path, (d) => {
      const a = d.entries.find((e) => e.path === 'assessment.json')!;
      a.content = String(a.content).replace('"timeLimitMinutes": 45', '"timeLimitMinutes": 600');
      return reseal(d);
    });
    expect(reg.verifyPack(readPack(edited))).toEqual({ ok: false, reason: 'the pack file differs from the one issued' });
    expect(() => reg.issue(pack.record, pack.digest)).toThrow(/already in the register/);
  });

  it('an edited record fails its MAC; a damaged register or key is refused with a message', () => {
    const dir = join(tempDir(), 'reg');
    const reg = new Register(dir);
    const pack = makePack(lib);
    reg.issue(pack.record, pack.digest);
    const path = join(dir, 'register.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('Ada Lovelace', 'Someone Else'));
    const again = new Register(dir);
    expect(again.authentic(again.get(pack.assessment.id)!)).toBe(false);
    expect(again.verifyPack(readPack(pack.path)).reason).toBe('the register record was changed on disk');
    writeFileSync(path, '{"schema":"assay.register/1","entries":[{"record":{"__proto__":{}}}]}');
    expect(() => new Register(dir)).toThrow(RegisterError);
    writeFileSync(join(dir, 'register.key'), 'short\n');
    writeFileSync(path, '{"schema":"assay.register/1","entries":[]}');
    expect(() => new Register(dir).key).toThrow(/register key .* is damaged/);
  });

  it("imports another interviewer's record once; its own records are refused", () => {
    const theirs = new Register(join(tempDir(), 'theirs'));
    const pack = makePack(lib);
    theirs.issue(pack.record, pack.digest);
    const file = JSON.stringify(theirs.export(pack.assessment.id));
    expect(() => theirs.import(file, 'x.json')).toThrow(/already in the register/);
    const mine = new Register(join(tempDir(), 'mine'));
    const e = mine.import(file, 'grace.assay-record.json', new Date('2026-01-02T03:04:05Z'));
    expect(e).toMatchObject({ origin: 'imported', importedFrom: 'grace.assay-record.json', importedAt: '2026-01-02T03:04:05.000Z' });
    expect(mine.verifyPack(readPack(pack.path)).reason).toMatch(/another interviewer/);
    expect(() => mine.import('{"schema":"assay.issued-pack-export/1"}', 'bad.json')).toThrow(/bad\.json is not an issued-pack record/);
  });
});
