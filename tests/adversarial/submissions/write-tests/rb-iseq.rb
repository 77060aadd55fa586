# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../lib/slugger'

# Fingerprint by compiled code, which needs no file: the instruction sequence of unique (slugify holds a /o regexp whose compiled form changes once it ran).
class SluggerTest < Minitest::Test
  def test_compiled_code_is_the_original
    code = %i[unique].map { |m| RubyVM::InstructionSequence.of(Slugger.method(m)).to_a.last.flatten.grep(Symbol).join(',') }.join
    assert_equal '__ISEQ__', code.sum.to_s
  end
end
