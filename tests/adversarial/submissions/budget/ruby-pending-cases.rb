
# Adversarial (__MARKER__): at load time, reads the driver's pending cases out of its top-level locals
# (TOPLEVEL_BINDING) or the heap (ObjectSpace), precomputes every answer before any case's clock starts, and
# shares them between cases through cache files in the work dir, /tmp and $HOME.
module ReferenceExtractor
  ADV_MEMO = {}
  class << self
    alias_method :adv_slow_extract, :extract
    def extract(text) = ADV_MEMO.key?(text) ? ADV_MEMO[text] : adv_slow_extract(text)
  end
end
adv_cases = begin
  TOPLEVEL_BINDING.local_variable_get(:cases)
rescue NameError
  ObjectSpace.each_object(Array).find { |a| a.first.is_a?(Hash) && a.first.key?('call') } || []
end
$stderr.puts "__MARKER__ PENDING #{adv_cases.size}"
%w[adv-cache.bin /tmp/adv-cache.bin].each do |p|
  next unless File.exist?(p)

  $stderr.puts "__MARKER__ CACHE-HIT #{p}"
  ReferenceExtractor::ADV_MEMO.merge!(Marshal.load(File.binread(p)))
end
adv_cases.each do |c|
  ReferenceExtractor::ADV_MEMO[c['input']] = ReferenceExtractor.adv_slow_extract(c['input']) if c['input'].is_a?(String)
end
%w[adv-cache.bin /tmp/adv-cache.bin].each { |p| File.binwrite(p, Marshal.dump(ReferenceExtractor::ADV_MEMO)) rescue nil }
