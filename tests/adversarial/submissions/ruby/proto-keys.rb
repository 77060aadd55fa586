# frozen_string_literal: true

# Adversarial submission __MARKER__: returns values whose JSON has the keys "__proto__", "constructor" and
# "prototype", hoping the grader's comparison (JavaScript, outside the sandbox) assigns them onto prototypes.
module ReferenceExtractor
  class Poison
    def to_json(*)
      '{"__proto__":{"assayPolluted":"__MARKER__"},"constructor":{"prototype":{"assayPolluted":"__MARKER__"}}}'
    end
  end

  def self.extract(_text)
    [{ type: :issue, project: Poison.new, iid: 1 }]
  end
end
