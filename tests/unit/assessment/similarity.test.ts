import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareSubmissions, type SimilarityInput } from '../../../core/node/similarity/compare.ts';
import { tokenize } from '../../../core/node/similarity/tokenize.ts';
import { similarityInputs } from '../../../core/node/similarity/from-bundles.ts';
import { readBundle } from '../../../core/node/bundle/read.ts';
import { cleanup, makeBundle, makeLibrary, SEED } from './helpers.ts';

afterAll(cleanup);

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures/similarity', name), 'utf8');
const GO_FILE = 'sections.go';
const RB_FILE = 'reference_extractor.rb';
const goStarter = { [GO_FILE]: readFileSync(join(SEED.go, 'starter', GO_FILE), 'utf8') };
const rbStarter = { [RB_FILE]: readFileSync(join(SEED.ruby, 'starter', RB_FILE), 'utf8') };
const goRef = readFileSync(join(SEED.go, 'reference', GO_FILE), 'utf8');
const rbRef = readFileSync(join(SEED.ruby, 'reference', RB_FILE), 'utf8');

const go = (id: string, text: string): SimilarityInput => ({ id, label: id, exerciseId: 'go-log-sections', files: { [GO_FILE]: text }, base: goStarter });
const rb = (id: string, text: string): SimilarityInput => ({ id, label: id, exerciseId: 'ruby-reference-extractor', files: { [RB_FILE]: text }, base: rbStarter });

function pair(inputs: SimilarityInput[], a: string, b: string) {
  return compareSubmissions(inputs).find((p) => [p.a.id, p.b.id].sort().join() === [a, b].sort().join())!;
}

describe('token normalization', () => {
  it('gives a renamed, recommented copy the same token stream', () => {
    expect(tokenize(fixture('go-renamed.go'), GO_FILE).map((t) => t.t)).toEqual(tokenize(goRef, GO_FILE).map((t) => t.t));
    expect(tokenize(fixture('rb-renamed.rb'), RB_FILE).map((t) => t.t)).toEqual(tokenize(rbRef, RB_FILE).map((t) => t.t));
  });

  it('keeps line numbers and drops comments and literals', () => {
    const toks = tokenize('x := "a // b" // c\n/* d\n*/ y = 10\n', GO_FILE);
    expect(toks.map((t) => `${t.t}@${t.line}`)).toEqual(['I@1', ':=@1', 'S@1', 'I@3', '=@3', 'N@3']);
    const rbToks = tokenize("a = %w[x y] # c\nb = :sym if a =~ /x#{1}/\n", RB_FILE);
    expect(rbToks.map((t) => t.t)).toEqual(['I', '=', 'S', 'I', '=', 'S', 'if', 'I', '=~', 'S']);
  });
});

describe('similarity', () => {
  const inputs = [go('ref', goRef), go('renamed', fixture('go-renamed.go')), go('independent', fixture('go-independent.go')),
    rb('ref', rbRef), rb('renamed', fixture('rb-renamed.rb')), rb('independent', fixture('rb-independent.rb'))];

  it('scores a renamed-variables copy high and flags it', () => {
    for (const ex of ['go-log-sections', 'ruby-reference-extractor']) {
      const p = compareSubmissions(inputs.filter((i) => i.exerciseId === ex)).find((x) => x.a.id !== 'independent' && x.b.id !== 'independent')!;
      expect(p.score).toBeGreaterThanOrEqual(0.9);
      expect(p.flagged).toBe(true);
    }
  });

  it('scores independent solutions low', () => {
    for (const p of compareSubmissions(inputs).filter((x) => x.a.id === 'independent' || x.b.id === 'independent')) {
      expect(p.score, `${p.exerciseId} ${p.a.id}/${p.b.id}`).toBeLessThan(0.2);
      expect(p.flagged).toBe(false);
    }
  });

  it('never compares different exercises', () => {
    expect(compareSubmissions(inputs).every((p) => p.a.id !== p.b.id)).toBe(true);
    expect(compareSubmissions(inputs)).toHaveLength(6);
  });

  it('points at the matching lines of a partial copy', () => {
    const ref = goRef.split('\n');
    const parseAt = ref.findIndex((l) => l.startsWith('func Parse'));
    const copied = ref.slice(parseAt).join('\n').replace('func Parse(', 'func parseCopied(').replaceAll('out', 'acc');
    const mixed = `${fixture('go-independent.go')}\n\n${copied}\n`;
    const p = pair([go('ref', goRef), go('mixed', mixed)], 'ref', 'mixed');
    const top = p.regions[0]!;
    const [refSide, mixedSide] = p.a.id === 'ref' ? [top.a, top.b] : [top.b, top.a];
    const indepLines = fixture('go-independent.go').split('\n').length;
    expect(refSide.startLine).toBeGreaterThanOrEqual(parseAt - 1);
    expect(mixedSide.startLine).toBeGreaterThan(indepLines);
    expect(refSide.endLine - refSide.startLine).toBeGreaterThan(20);
  });

  it('ignores what everyone shares: two untouched starters do not match', () => {
    const p = pair([go('a', goStarter[GO_FILE]!), go('b', goStarter[GO_FILE]!)], 'a', 'b');
    expect(p.score).toBe(0);
    expect(p.flagged).toBe(false);
  });

  it('compares submission bundles by candidate', async () => {
    const lib = makeLibrary();
    const ada = await makeBundle(lib, { candidate: 'Ada', edits: { 'go-log-sections': goRef } });
    const bob = await makeBundle(lib, { candidate: 'Bob', edits: { 'go-log-sections': fixture('go-renamed.go') } });
    const pairs = compareSubmissions(similarityInputs([readBundle(ada.path).bundle, readBundle(bob.path).bundle]));
    const goPair = pairs.find((p) => p.exerciseId === 'go-log-sections')!;
    expect([goPair.a.label, goPair.b.label].sort()).toEqual(['Ada', 'Bob']);
    expect(goPair.flagged).toBe(true);
    expect(pairs.find((p) => p.exerciseId === 'ruby-reference-extractor')!.score).toBe(0);
  });
});
