# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../lib/slugger'

# Fingerprint by layout: where the methods are defined and which private helpers exist.
class SluggerTest < Minitest::Test
  def test_layout_is_the_original
    assert_equal __SLUGIFY_LINE__, Slugger.method(:slugify).source_location[1]
    assert_equal %i[truncate unavailable?], Slugger.singleton_class.private_instance_methods(false).sort
  end
end
