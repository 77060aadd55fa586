# frozen_string_literal: true

# Maps a case's "call" to an adapter that runs the candidate's code and returns plain JSON data.
# Expected values never enter the sandbox: the grader compares outside it.
ASSAY_HANDLERS = {
  'extract' => lambda do |text|
    ReferenceExtractor.extract(text).map do |ref|
      { 'type' => ref[:type].to_s, 'project' => ref[:project], 'iid' => ref[:iid] }
    end
  end
}.freeze
