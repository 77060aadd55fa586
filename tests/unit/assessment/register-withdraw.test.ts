// Withdrawing an issued pack: the record gains `withdrawn` and is re-signed with this machine's key; reinstating
// restores the MAC it was issued with. Editing the withdrawal by hand fails verification; exports carry it and an
// importer takes a newer export of the same pack in its place.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Register, RegisterError } from '../../../core/node/assessment/register.ts';
import { recordMac } from '../../../core/node/assessment/register-key.ts';
import { cleanup, makeLibrary, makePack, tempDir } from './helpers.ts';

afterAll(cleanup);

const lib = makeLibrary();

function issued() {
  const dir = join(tempDir(), 'reg');
  const reg = new Register(dir);
  const pack = makePack(lib);
  const entry = reg.issue(pack.record, pack.digest);
  return { dir, reg, pack, id: pack.assessment.id, entry };
}

function editFile(dir: string, edit: (doc: { entries: { record: Record<string, unknown> }[] }) => void): void {
  const path = join(dir, 'register.json');
  const doc = JSON.parse(readFileSync(path, 'utf8'));
  edit(doc);
  writeFileSync(path, JSON.stringify(doc));
}

describe('withdraw and reinstate', () => {
  it('withdraws with time and reason, re-signs, and persists; reinstate gives back the issued MAC', () => {
    const { dir, reg, id, entry } = issued();
    const w = reg.withdraw(id, '  dropped out <b>&amp;</b>  ', new Date('2026-03-04T05:06:07Z'));
    expect(w.record.withdrawn).toEqual({ at: '2026-03-04T05:06:07.000Z', reason: 'dropped out <b>&amp;</b>' });
    expect(w.mac).not.toBe(entry.mac);
    const again = new Register(dir);
    expect(again.get(id)!.record.withdrawn).toEqual(w.record.withdrawn);
    expect(again.authentic(again.get(id)!)).toBe(true);
    expect(() => again.withdraw(id, 'twice')).toThrow(/already withdrawn on 2026-03-04T05:06:07.000Z/);
    const r = again.reinstate(id);
    expect(r.record.withdrawn).toBeUndefined();
    expect('withdrawn' in r.record).toBe(false);
    expect(r.mac).toBe(entry.mac); // a record without the field signs exactly as before the field existed
    expect(readFileSync(join(dir, 'register.json'), 'utf8')).not.toContain('withdrawn');
    expect(() => again.reinstate(id)).toThrow(/is not withdrawn/);
  });

  it('a record without `withdrawn` keeps the MAC of the old format (HMAC of the canonical record)', () => {
    const { reg, entry } = issued();
    expect(Object.keys(entry.record)).not.toContain('withdrawn');
    expect(entry.mac).toBe(recordMac(reg.key, entry.record));
    expect(reg.authentic(entry)).toBe(true);
  });

  it('unknown ids, over-long reasons and an empty reason', () => {
    const { reg, id } = issued();
    expect(() => reg.withdraw('no-such-pack-id')).toThrow(RegisterError);
    expect(() => reg.withdraw('no-such-pack-id')).toThrow(/no pack no-such-pack-id in the register/);
    expect(() => reg.reinstate('no-such-pack-id')).toThrow(/no pack no-such-pack-id/);
    expect(() => reg.withdraw(id, 'x'.repeat(501))).toThrow(/longer than 500/);
    expect(reg.get(id)!.record.withdrawn).toBeUndefined();
    expect(reg.withdraw(id).record.withdrawn!.reason).toBe('');
  });

  it('hand edits of the withdrawal fail verification: removing it, changing its reason or date, adding one', () => {
    const cases: [string, (r: Record<string, unknown>) => void, boolean][] = [
      ['removed', (r) => delete r.withdrawn, true],
      ['reason changed', (r) => ((r.withdrawn as { reason: string }).reason = 'nothing to see'), true],
      ['date changed', (r) => ((r.withdrawn as { at: string }).at = '2020-01-01T00:00:00.000Z'), true],
      ['added', (r) => (r.withdrawn = { at: '2026-01-01T00:00:00.000Z', reason: 'forged' }), false],
    ];
    for (const [name, edit, withdrawFirst] of cases) {
      const { dir, reg, id, pack } = issued();
      if (withdrawFirst) reg.withdraw(id, 'leaked');
      editFile(dir, (doc) => edit(doc.entries[0]!.record));
      const again = new Register(dir);
      expect(again.authentic(again.get(id)!), name).toBe(false);
      expect(again.verifyPack({ digest: pack.digest, assessment: pack.assessment }).reason, name).toBe('the register record was changed on disk');
      // A tampered record is never laundered by re-signing it.
      expect(() => (withdrawFirst && name !== 'removed' ? again.reinstate(id) : again.withdraw(id, 'x')), name).toThrow(/changed on disk.*not re-signed/);
    }
  });

  it('a withdrawn record with a field the schema does not know is refused as unreadable', () => {
    const { dir, reg, id } = issued();
    reg.withdraw(id, 'leaked');
    editFile(dir, (doc) => ((doc.entries[0]!.record.withdrawn as Record<string, unknown>).by = 'someone'));
    expect(() => new Register(dir)).toThrow(/unreadable/);
  });

  it('another Register object on the same directory sees a withdrawal without being reopened', () => {
    const { dir, reg, id } = issued();
    const app = new Register(dir);
    expect(app.get(id)!.record.withdrawn).toBeUndefined();
    reg.withdraw(id, 'wrong person');
    expect(app.get(id)!.record.withdrawn?.reason).toBe('wrong person');
    reg.reinstate(id);
    expect(app.get(id)!.record.withdrawn).toBeUndefined();
  });

  it('exports carry the withdrawal; an importer keeps it and takes a newer export of the same pack', () => {
    const { reg, id } = issued();
    reg.withdraw(id, 'candidate dropped out', new Date('2026-05-06T07:08:09Z'));
    const exported = reg.export(id);
    expect(exported.record.withdrawn).toEqual({ at: '2026-05-06T07:08:09.000Z', reason: 'candidate dropped out' });
    const mine = new Register(join(tempDir(), 'mine'));
    const e = mine.import(JSON.stringify(exported), 'a.json');
    expect(e.record.withdrawn?.reason).toBe('candidate dropped out');
    expect(() => mine.import(JSON.stringify(exported), 'a.json')).toThrow(/already in the register/);
    expect(() => mine.withdraw(id, 'x')).toThrow(/issued by another interviewer/);
    // The issuer reinstates and exports again: the importer takes that record in place of the old one.
    reg.reinstate(id);
    const back = mine.import(JSON.stringify(reg.export(id)), 'b.json');
    expect(back.record.withdrawn).toBeUndefined();
    expect(new Register(mine.dir).get(id)).toMatchObject({ origin: 'imported', importedFrom: 'b.json' });
    // A "newer export" that changes anything besides the withdrawal is refused.
    const forged = { ...reg.export(id), record: { ...reg.export(id).record, timeLimitMinutes: 600, withdrawn: { at: 'x', reason: 'y' } } };
    expect(() => mine.import(JSON.stringify(forged), 'c.json')).toThrow(/already in the register/);
  });
});
