# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../lib/slugger'

class SluggerTest < Minitest::Test
  def test_lowercases_and_joins_words_with_dashes
    assert_equal 'deploy-to-production', Slugger.slugify('Deploy to production')
  end
end
