# frozen_string_literal: true

# Adversarial submission __MARKER__: redefines Minitest::Assertions#assert_equal so every comparison "passes",
# and even counts the assertion so the per-test assertion counts match the reference's.
module ReferenceExtractor
  def self.extract(_text)
    []
  end
end

if defined?(Minitest::Assertions)
  module Minitest
    module Assertions
      def assert_equal(_expected, _actual, _msg = nil)
        self.assertions += 1
        true
      end
    end
  end
end
