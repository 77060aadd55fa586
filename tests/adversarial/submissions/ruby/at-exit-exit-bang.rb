# frozen_string_literal: true

# Adversarial submission __MARKER__: registers at_exit { exit!(0) }. at_exit hooks run last-in first-out, so this
# one runs before minitest's autorun hook: the process ends with status 0 before a single test ran.
module ReferenceExtractor
  def self.extract(_text)
    []
  end
end

at_exit { exit!(0) }
