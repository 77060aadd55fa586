
# Adversarial (__MARKER__): every call's work is done by a forked, setsid'd worker while the measured process
# only sleeps in a wait: the CPU is burnt by another process of the tree.
module ReferenceExtractor
  class << self
    alias_method :adv_slow_extract, :extract
    def extract(text)
      rd, wr = IO.pipe
      pid = fork do
        Process.setsid
        rd.close
        wr.write(Marshal.dump(adv_slow_extract(text)))
        exit!(0)
      end
      wr.close
      result = Marshal.load(rd.read)
      Process.wait(pid)
      $stderr.puts '__MARKER__ forked'
      result
    end
  end
end
