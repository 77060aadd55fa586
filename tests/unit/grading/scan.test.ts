import { describe, expect, it } from 'vitest';
import { ALLOWABLE, scanFiles, scanSubmission } from '../../../core/node/grading/scan.ts';

const codes = (flags: { code: string; line?: number }[]) => flags.map((f) => `${f.code}@${f.line ?? '-'}`);

describe('scanFiles (Go)', () => {
  it('flags harness-escaping constructs with their lines', () => {
    const src = [
      'package x', //1
      'import (', //2
      '\t"os"', //3
      '\t"reflect"', //4
      '\t"testing"', //5
      '\t"unsafe"', //6
      '\t"syscall"', //7
      ')', //8
      '//go:linkname now runtime.nanotime', //9
      '//go:generate echo hi', //10
      'func init() {', //11
      '\tfmt.Println("--- PASS: TestX (0.00s)")', //12
      '\tos.Exit(0)', //13
      '}', //14
      'var _ = "\x16"', //15
    ].join('\n');
    expect(codes(scanFiles({ 'x.go': src }, 'go'))).toEqual([
      'go-testing@5',
      'go-unsafe@6',
      'go-syscall@7',
      'go-linkname@9',
      'go-generate@10',
      'go-init@11',
      'forged-output@12',
      'go-os-exit@13',
      'go-framing-byte@15',
      'go-reflect-testing@4',
    ]);
  });

  it('flags cgo and leaves ordinary code alone', () => {
    expect(codes(scanFiles({ 'c.go': 'package x\n// #cgo LDFLAGS: -lm\nimport "C"\n' }, 'go'))).toEqual(['go-cgo@2', 'go-cgo@3']);
    const clean = 'package x\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\n// Exit codes are documented in os.Exit.\nfunc F() string { return fmt.Sprint(strings.ToUpper("x")) }\n';
    expect(scanFiles({ 'ok.go': clean }, 'go')).toEqual([]);
  });
});

describe('scanFiles (Ruby)', () => {
  it('flags test-framework patching and process escapes', () => {
    const src = [
      'module Minitest::Assertions', //1
      '  def assert_equal(*) = true', //2
      'end', //3
      'at_exit { exit!(0) }', //4
      'ObjectSpace.each_object(Class) {}', //5
      'TracePoint.new(:call) {}', //6
      '$stdout = StringIO.new', //7
      'String.define_method(:strip) { self }', //8
      'puts "3 runs, 3 assertions, 0 failures, 0 errors, 0 skips"', //9
      'exit 0', //10
    ].join('\n');
    expect(codes(scanFiles({ 'a.rb': src }, 'ruby'))).toEqual([
      'rb-minitest@1',
      'rb-exit-bang@4',
      'rb-at-exit@4',
      'rb-objectspace@5',
      'rb-tracepoint@6',
      'rb-std-streams@7',
      'rb-core-patch@8',
      'forged-output@9',
      'rb-exit@10',
    ]);
  });

  it('ignores words in strings and comments, and the reference solution is clean', () => {
    const src = "# we never exit here\nputs 'exit'\nexit_code = 3\nx.exit_status\n";
    expect(scanFiles({ 'b.rb': src }, 'ruby')).toEqual([]);
  });

  it('does not flag the test framework in submitted test files (write-tests)', () => {
    const t = "require 'minitest/autorun'\nclass StackTest < Minitest::Test\nend\n";
    expect(scanFiles({ 'stack_test.rb': t }, 'ruby')).toEqual([]);
    expect(scanFiles({ 'x_test.go': 'package x\nimport (\n\t"reflect"\n\t"testing"\n)\n' }, 'go')).toEqual([]);
  });

  it('flags binary content and huge files', () => {
    expect(codes(scanFiles({ 'bin.rb': 'x = 1\0\0\0' }, 'ruby'))).toEqual(['binary-content@-']);
    expect(codes(scanFiles({ 'big.rb': `${'x = 1\n'.repeat(50_000)}` }, 'ruby'))).toEqual(['huge-source@-']);
  });
});

describe('scanSubmission: findings an exercise allows (exercise.json allowedFlags)', () => {
  const src = ['package x', 'import (', '\t"os/exec"', '\t"syscall"', ')', '//go:linkname f runtime.f', 'var s = "--- PASS: TestX"'].join('\n');

  it('leaves out allowed rules and keeps every other finding', () => {
    const allowed = [{ code: 'go-syscall', reason: 'the prompt requires process groups' }, { code: 'go-exec', reason: 'starts the job script' }];
    expect(codes(scanSubmission({ 'x.go': src }, 'go', allowed))).toEqual(['go-linkname@6', 'forged-output@7']);
    expect(codes(scanSubmission({ 'x.go': src }, 'go'))).toEqual(codes(scanFiles({ 'x.go': src }, 'go')));
  });

  it('never lets an exercise allow the rules about escaping or fooling the harness', () => {
    for (const code of ['go-linkname', 'forged-output', 'go-std-streams', 'go-framing-byte', 'binary-content', 'rb-minitest', 'rb-exit', 'go-os-exit']) {
      expect(ALLOWABLE.has(code)).toBe(false);
    }
    const allowed = [{ code: 'go-linkname', reason: 'x'.repeat(10) }, { code: 'forged-output', reason: 'x'.repeat(10) }];
    expect(codes(scanSubmission({ 'x.go': src }, 'go', allowed))).toEqual(codes(scanFiles({ 'x.go': src }, 'go')));
  });
});
