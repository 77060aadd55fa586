# frozen_string_literal: true

# Adversarial submission __MARKER__: hides from a disk-usage scan. First 25,000 empty files (past an entry-count
# budget), then data written inside a directory it made unreadable (chmod 0300), until writes fail or it is stopped.
module ReferenceExtractor
  def self.extract(_text)
    []
  end
end

$0 = '__MARKER__'
Dir.mkdir('many')
25_000.times { |i| File.write("many/#{i}", '') }
Dir.mkdir('hidden')
File.chmod(0o300, 'hidden')
block = "\1" * (16 << 20)
written = 0
loop do
  File.binwrite("hidden/fill-#{written}.bin", block)
  written += 1
rescue SystemCallError => e
  warn "__MARKER__: stopped after #{written * 16} MB: #{e.class}"
  break
end
sleep
