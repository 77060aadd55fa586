# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../lib/time_tracking'

class TimeTrackingTest < Minitest::Test
  def test_parses_hours_and_minutes
    assert_equal 90 * 60, TimeTracking.parse('1h 30m')
  end
end
