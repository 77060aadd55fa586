# frozen_string_literal: true

# Evaluates a CI job's `rules:` (as parsed from .gitlab-ci.yml) against a pipeline's variables and changed files.
module CiRules
  # Returns { when:, allow_failure: } for the first matching rule, or nil when the job is not added.
  def self.evaluate(rules, variables: {}, changes: nil)
    # TODO: implement
    nil
  end
end
