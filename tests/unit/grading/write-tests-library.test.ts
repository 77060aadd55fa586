// The write-tests and review exercises carry what behaviour-based scoring needs: at least two hidden correct
// implementations with the starter's file names (Go: new package-level names prefixed `impl`, so they cannot
// clash with a candidate's test helpers), at least two accepted submissions, and review defects with keywords.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Defect } from '../../../core/node/grading/review.ts';
import { sourceReadingFlags } from '../../../core/node/grading/source-reading.ts';
import { hiddenCorrect } from '../../../core/node/grading/write-tests.ts';
import { findExerciseDirs, loadExercise } from '../../../core/node/library/load.ts';

const all = findExerciseDirs(join(import.meta.dirname, '../../../exercises')).map(loadExercise);
const ofType = (t: string) => all.filter((e) => e.meta.type === t);
const accepted = (dir: string) => readdirSync(join(dir, 'submissions/accepted'));

/** Package-level identifiers declared in Go source (funcs, methods, types, vars, consts, grouped ones). */
function goDecls(src: string): Set<string> {
  const out = new Set<string>();
  for (const m of src.matchAll(/^(?:func|type|var|const) ([A-Za-z_]\w*)/gm)) out.add(m[1]!);
  // Methods: only those on types a test file can also add methods to (not on the implementation's own impl* types).
  for (const m of src.matchAll(/^func \((?:\w+ )?\*?(\w+)\) ([A-Za-z_]\w*)/gm)) if (!m[1]!.startsWith('impl')) out.add(m[2]!);
  for (const block of src.matchAll(/^(?:var|const) \(\n([\s\S]*?)^\)/gm)) for (const m of block[1]!.matchAll(/^\t([A-Za-z_]\w*)/gm)) out.add(m[1]!);
  return out;
}

describe.each(ofType('write-tests'))('write-tests library: $meta.id', (ex) => {
  const impls = hiddenCorrect(ex);
  it('has at least two hidden correct implementations with the starter\'s file names, differing in source', () => {
    expect(impls.length).toBeGreaterThanOrEqual(2);
    for (const impl of impls) {
      for (const [path, text] of Object.entries(impl.files)) {
        expect(Object.keys(ex.starter), `${impl.name}/${path}`).toContain(path);
        expect(ex.meta.editable).not.toContain(path);
        expect(text, `${impl.name}/${path} equals the starter`).not.toBe(ex.starter[path]);
      }
      for (const m of ex.mutants) expect(Object.keys(m.files).every((p) => p in ex.starter), m.name).toBe(true);
    }
  });

  it('has at least two accepted test suites', () => {
    expect(accepted(ex.dir).length).toBeGreaterThanOrEqual(2);
  });
});

describe.each(ofType('write-tests').filter((e) => e.meta.language === 'go'))('Go hidden implementations: $meta.id', (ex) => {
  it('declares no new lower-case package-level name without the impl prefix', () => {
    const impls = hiddenCorrect(ex);
    const starter = new Set(Object.entries(ex.starter).filter(([p]) => p.endsWith('.go')).flatMap(([, t]) => [...goDecls(t)]));
    for (const impl of impls) {
      const fresh = Object.values(impl.files).flatMap((t) => [...goDecls(t)]).filter((n) => !starter.has(n) && /^[a-z_]/.test(n));
      expect(fresh.filter((n) => !n.startsWith('impl')), impl.name).toEqual([]);
    }
  });

});

describe.each(ofType('review'))('review library: $meta.id', (ex) => {
  it('has keywords on every seeded defect and at least two accepted reviews', () => {
    const defects = z.array(Defect).parse(ex.defects);
    for (const d of defects.filter((x) => !x.remark)) expect(d.keywords, d.id).not.toBe('');
    expect(accepted(ex.dir).length).toBeGreaterThanOrEqual(2);
  });
});

describe('sourceReadingFlags', () => {
  it('flags Go suites that read, embed, locate or time the implementation', () => {
    const go = 'import "os"\n//go:embed schedule.go\nvar src string\nfunc T() { os.ReadFile("x"); runtime.Caller(0); time.Since(t) }\n';
    const flags = sourceReadingFlags({ 'schedule_test.go': go }, 'go');
    expect(flags.map((f) => [f.severity, f.line])).toEqual([['critical', 4], ['critical', 2], ['critical', 4], ['warning', 4]]);
  });
  it('flags Ruby suites that read or locate the implementation, and leaves honest ones alone', () => {
    const rb = "class T\n  def test_a\n    File.read(__dir__ + '/../lib/x.rb')\n    Slugger.method(:slugify).source_location\n  end\nend\n";
    expect(sourceReadingFlags({ 'test/x_test.rb': rb }, 'ruby').map((f) => f.line)).toEqual([3, 3]);
    expect(sourceReadingFlags({ 'test/x_test.rb': "assert_equal 'a-b', Slugger.slugify('A b')\n# File.read is mentioned in a comment\n" }, 'ruby')).toEqual([]);
  });
});

describe('sourceReadingFlags on the usual ways of loading the code', () => {
  it('does not flag __dir__ in a require or $LOAD_PATH line, but does elsewhere', () => {
    const ok = "require File.expand_path('../lib/slugger', __dir__)\n$LOAD_PATH.unshift File.expand_path('../lib', __dir__)\nload File.expand_path('../lib/x.rb', __dir__)\n";
    expect(sourceReadingFlags({ 'test/a_test.rb': ok }, 'ruby')).toEqual([]);
    expect(sourceReadingFlags({ 'test/a_test.rb': "require 'x'; p __dir__\n" }, 'ruby')).toHaveLength(1);
  });
});
