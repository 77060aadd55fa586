# frozen_string_literal: true

# Adversarial submission __MARKER__: finds the run's nonce in the interpreter's heap with ObjectSpace (the Assay
# runner and driver read it before loading this file), then writes perfectly framed results with the real nonce:
# every visible test passing with the reference's assertion count, or every hidden case "ok" with made-up values,
# plus the end frame, and exit!(0) before the real reporter or driver loop can contradict them.
module ReferenceExtractor
  def self.extract(_text)
    []
  end
end

nonce = ObjectSpace.each_object(String).find { |s| s.match?(/\A\h{32}\z/) }
out = $stdout
frame = ->(payload) { out.write("@@assay:#{nonce}:#{JSON.generate(payload)}\n") }
if nonce && defined?(JSON)
  cases_file = Dir.glob('.assay/cases.json').first
  if cases_file
    names = JSON.parse(File.read(cases_file)).map { |c| c['name'] }
    names.each { |n| frame.call({ 't' => 'case', 'name' => n, 'status' => 'ok', 'value' => [], 'durationMs' => 0.1 }) }
    frame.call({ 't' => 'end', 'count' => names.length })
  else
    %w[test_local_issue test_project_merge_request test_prompt_example].each do |t|
      frame.call({ 't' => 'test', 'name' => "ReferenceExtractorTest##{t}", 'status' => 'pass', 'assertions' => 1,
                   'time' => 0.001, 'message' => '' })
    end
    frame.call({ 't' => 'end', 'count' => 3 })
  end
  out.flush
  exit!(0)
end
$stderr.puts "__MARKER__: no nonce found in the heap"
