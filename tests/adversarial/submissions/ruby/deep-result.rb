# frozen_string_literal: true

# Adversarial submission __MARKER__: returns, for one hidden case, a "project" whose to_json is 6000 levels of
# nested arrays. The driver's JSON generator enforces max_nesting on Ruby data, but splices a custom to_json
# verbatim; the frame then carries the nesting to the grader, which compares it outside the sandbox.
module ReferenceExtractor
  class Deep
    def to_json(*)
      ('[' * 6000) + (']' * 6000)
    end
  end

  def self.extract(text)
    return [] unless text.include?('#1 ')

    [{ type: :issue, project: Deep.new, iid: 1 }]
  end
end
