# frozen_string_literal: true

# Adversarial submission __MARKER__: grows one file in the work dir without bound (16 MB appends) while loading.
module ReferenceExtractor
  def self.extract(_text)
    []
  end
end

$0 = '__MARKER__'
block = "\0" * (16 << 20)
File.open('fill.bin', 'wb') { |f| loop { f.write(block) } }
