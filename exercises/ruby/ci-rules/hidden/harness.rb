# frozen_string_literal: true

# Adapters from a case's "call" + "input" to CiRules.evaluate; they return plain JSON data.
module CiRulesHarness
  def self.outcome(rules, variables, changes)
    result = CiRules.evaluate(rules, variables: variables, changes: changes)
    return { 'added' => false } if result.nil?

    { 'added' => true, 'when' => result[:when], 'allow_failure' => result[:allow_failure] }
  rescue ArgumentError
    { 'error' => 'ArgumentError' }
  end
end

ASSAY_HANDLERS = {
  'evaluate' => lambda do |input|
    CiRulesHarness.outcome(input['rules'], input.fetch('variables', {}), input['changes'])
  end,
  # One single-rule job per `if:` expression: whether it is added, or "ArgumentError".
  'conditions' => lambda do |input|
    input['expressions'].map do |expression|
      outcome = CiRulesHarness.outcome([{ 'if' => expression }], input['variables'], nil)
      outcome['error'] || outcome['added']
    end
  end
}.freeze
