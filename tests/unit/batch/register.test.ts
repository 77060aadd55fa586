// Where the CLI finds the register of issued packs, when it refuses to grade with one, and the resume-key part
// a bundle's pack contributes.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Register, RegisterError } from '../../../core/node/assessment/register.ts';
import { appDataDir, defaultRegisterDir, openRegisterForGrading, registerInputs } from '../../../core/node/batch/register.ts';
import { cleanup, makeLibrary, makePack, tempDir } from '../assessment/helpers.ts';

afterAll(cleanup);

describe('default register directory', () => {
  it('is the app data dir of each platform unless ASSAY_REGISTER or ASSAY_USER_DATA say otherwise', () => {
    expect(appDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe('/x/Assay');
    expect(appDataDir({ APPDATA: 'C:/Users/a/AppData/Roaming' }, 'win32')).toBe(join('C:/Users/a/AppData/Roaming', 'Assay'));
    expect(appDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/Assay$/);
    expect(defaultRegisterDir({ ASSAY_USER_DATA: '/d' })).toBe('/d/interviewer/register');
    expect(defaultRegisterDir({ ASSAY_USER_DATA: '/d', ASSAY_REGISTER: '/r' })).toBe('/r');
  });
});

describe('openRegisterForGrading', () => {
  it('refuses a directory without register.json, and a copied register.json without its key', () => {
    const empty = tempDir();
    expect(() => openRegisterForGrading(empty)).toThrow(RegisterError);
    expect(() => openRegisterForGrading(join(empty, 'nope'))).toThrow(/is not a directory/);
    const lib = makeLibrary();
    const home = tempDir();
    const pack = makePack(lib, { ids: ['ruby-reference-extractor'] });
    new Register(home).issue(pack.record, pack.digest);
    expect(openRegisterForGrading(home).entries()).toHaveLength(1);
    const copy = join(tempDir(), 'copy');
    mkdirSync(copy);
    copyFileSync(join(home, 'register.json'), join(copy, 'register.json'));
    expect(() => openRegisterForGrading(copy)).toThrow(/whose key \(register\.key\) is not here/);
  });

  it('keys a bundle on its pack\'s record: absent, present, and changed give different inputs', () => {
    const lib = makeLibrary();
    const dir = tempDir();
    const reg = new Register(dir);
    const pack = makePack(lib, { ids: ['ruby-reference-extractor'] });
    const id = pack.assessment.id;
    const absent = registerInputs(reg, id);
    reg.issue(pack.record, pack.digest);
    const present = registerInputs(reg, id);
    expect(present).not.toBe(absent);
    expect(registerInputs(new Register(dir), id)).toBe(present);
    expect(registerInputs(null, id)).toBeNull();
    const other = makePack(lib, { ids: ['ruby-reference-extractor'] });
    expect(registerInputs(reg, other.assessment.id)).not.toBe(absent);
  });
});
