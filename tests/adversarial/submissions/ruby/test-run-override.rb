# frozen_string_literal: true

# Adversarial submission __MARKER__: overrides Minitest::Test#run so no test body executes and every test reports
# a clean result with one assertion.
module ReferenceExtractor
  def self.extract(_text)
    []
  end
end

if defined?(Minitest::Test)
  module Minitest
    class Test
      def run
        self.assertions = 1
        Minitest::Result.from(self)
      end
    end
  end
end
