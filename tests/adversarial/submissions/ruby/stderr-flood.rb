# frozen_string_literal: true

# Adversarial submission __MARKER__: writes 10 GB to stderr (10240 writes of 1 MB) while the file loads.
module ReferenceExtractor
  def self.extract(_text)
    []
  end
end

$0 = '__MARKER__'
block = 'F' * (1 << 20)
10_240.times { $stderr.write(block) }
