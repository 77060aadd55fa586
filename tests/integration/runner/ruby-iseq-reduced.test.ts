// Without bubblewrap (reduced isolation) the precompiled Ruby libraries (runner/ruby/iseq-cache.ts) are not used:
// nothing would mount them read-only, and a run could rewrite them for the runs after it.
import { describe, expect, it } from 'vitest';
import { runVisible } from '../../../core/node/runner/run-visible.ts';
import { memoryExercise } from './helpers.ts';

process.env.ASSAY_DISABLE_BWRAP = '1';

const ex = memoryExercise({
  meta: { id: 'iseq-reduced', language: 'ruby', type: 'implement', editable: ['lib.rb'] },
  starter: { 'lib.rb': 'VALUE = 42\n' },
  visible: {
    'lib_test.rb': [
      "require 'minitest/autorun'",
      "require_relative 'lib'",
      'class LibTest < Minitest::Test',
      '  def test_no_precompiled_libraries',
      '    assert_equal 42, VALUE',
      "    assert_nil ENV['ASSAY_ISEQ']",
      '    refute RubyVM::InstructionSequence.respond_to?(:load_iseq)',
      '  end',
      'end',
    ].join('\n'),
  },
});

describe('precompiled Ruby libraries under reduced isolation', () => {
  it('are neither offered nor hooked', async () => {
    const r = await runVisible(ex, ex.starter, { runId: `iseq-reduced-${process.pid}` });
    expect(r.isolation).toBe('reduced');
    expect(r.verdict).toBe('passed');
    expect(r.tests.map((t) => t.status)).toEqual(['pass']);
  });
});
