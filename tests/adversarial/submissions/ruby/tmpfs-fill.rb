# frozen_string_literal: true

# Adversarial submission __MARKER__: fills the sandbox's private /tmp and /dev/shm (tmpfs, i.e. memory) with many
# files under the per-file size limit, then holds on.
module ReferenceExtractor
  def self.extract(_text)
    []
  end
end

$0 = '__MARKER__'
block = "\0" * (32 << 20)
%w[/tmp /dev/shm].each do |dir|
  i = 0
  loop do
    File.binwrite("#{dir}/fill-#{i}.bin", block)
    i += 1
  rescue SystemCallError => e
    warn "__MARKER__: #{dir} full after #{i} files: #{e.class}"
    break
  end
end
sleep
