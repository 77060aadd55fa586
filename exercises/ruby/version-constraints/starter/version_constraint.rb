# frozen_string_literal: true

# Semantic versions ("1.4.2", "2.0.0-rc.1") and constraints on them ("~> 1.4", ">= 1.2, < 2").
class VersionConstraint
  # The highest version in versions (an Array of Strings) that satisfies constraint, or nil.
  def self.best_match(constraint, versions)
    # TODO: implement
    nil
  end

  def initialize(text)
    @text = text
  end

  # version: a String such as "1.4.2" or "2.0.0-rc.1".
  def satisfied_by?(version)
    # TODO: implement
    false
  end
end
