# frozen_string_literal: true

require 'minitest/autorun'
require_relative 'ci_rules'

class CiRulesTest < Minitest::Test
  RULES = [
    { 'if' => '$CI_PIPELINE_SOURCE == "merge_request_event"', 'when' => 'manual', 'allow_failure' => true },
    { 'if' => '$CI_COMMIT_BRANCH == "main"' }
  ].freeze

  def test_first_matching_rule_and_defaults
    assert_equal({ when: 'on_success', allow_failure: false },
                 CiRules.evaluate(RULES, variables: { 'CI_COMMIT_BRANCH' => 'main', 'CI_PIPELINE_SOURCE' => 'push' }))
    assert_equal({ when: 'manual', allow_failure: true },
                 CiRules.evaluate(RULES, variables: { 'CI_PIPELINE_SOURCE' => 'merge_request_event' }))
  end

  def test_not_added_without_a_matching_rule
    assert_nil CiRules.evaluate(RULES, variables: { 'CI_COMMIT_BRANCH' => 'feature', 'CI_PIPELINE_SOURCE' => 'push' })
    assert_nil CiRules.evaluate([{ 'if' => '$CI_COMMIT_TAG', 'when' => 'never' }, { 'when' => 'never' }],
                                variables: { 'CI_COMMIT_TAG' => 'v1.0.0' })
  end

  def test_changes
    rules = [{ 'changes' => ['app/**/*.rb', 'Gemfile'] }]
    assert_equal({ when: 'on_success', allow_failure: false },
                 CiRules.evaluate(rules, changes: ['README.md', 'app/models/user.rb']))
    assert_nil CiRules.evaluate(rules, changes: ['README.md'])
  end

  def test_regex_match
    rules = [{ 'if' => '$CI_MERGE_REQUEST_TITLE =~ /^Draft:/', 'when' => 'never' }, { 'when' => 'always' }]
    assert_nil CiRules.evaluate(rules, variables: { 'CI_MERGE_REQUEST_TITLE' => 'Draft: Add cache' })
    assert_equal({ when: 'always', allow_failure: false },
                 CiRules.evaluate(rules, variables: { 'CI_MERGE_REQUEST_TITLE' => 'Add cache' }))
  end
end
