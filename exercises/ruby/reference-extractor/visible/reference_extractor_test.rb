# frozen_string_literal: true

require 'minitest/autorun'
require_relative 'reference_extractor'

class ReferenceExtractorTest < Minitest::Test
  def test_local_issue
    assert_equal [{ type: :issue, project: nil, iid: 12 }], ReferenceExtractor.extract('Fixes #12')
  end

  def test_project_merge_request
    assert_equal [{ type: :merge_request, project: 'gitlab-org/runner', iid: 7 }],
                 ReferenceExtractor.extract('see gitlab-org/runner!7')
  end

  def test_prompt_example
    text = 'Fixes #12, see gitlab-org/runner!7 and `#99` (also #12).'
    assert_equal [{ type: :issue, project: nil, iid: 12 },
                  { type: :merge_request, project: 'gitlab-org/runner', iid: 7 }],
                 ReferenceExtractor.extract(text)
  end
end
