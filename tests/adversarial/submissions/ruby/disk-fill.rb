# frozen_string_literal: true

# Adversarial submission __MARKER__: fills the disk through the work dir (the one writable host directory) with
# many files, each under the per-file size limit, until writes fail or the run is stopped.
module ReferenceExtractor
  def self.extract(_text)
    []
  end
end

$0 = '__MARKER__'
block = "\0" * (32 << 20)
i = 0
loop do
  File.binwrite("fill-#{i}.bin", block)
  i += 1
rescue SystemCallError => e
  warn "__MARKER__: stopped after #{i} files: #{e.class}"
  break
end
sleep
