# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../lib/time_tracking'

class TimeTrackingTest < Minitest::Test
  H = 3600
  M = 60

  # -- parse: units ---------------------------------------------------------------------------------
  def test_parses_hours_and_minutes
    assert_equal (1 * H) + (30 * M), TimeTracking.parse('1h 30m')
  end

  def test_a_day_is_eight_working_hours
    assert_equal 8 * H, TimeTracking.parse('1d')
  end

  def test_a_week_is_five_working_days
    assert_equal 40 * H, TimeTracking.parse('1w')
  end

  def test_a_month_is_four_weeks
    assert_equal 160 * H, TimeTracking.parse('1mo')
    assert_equal (160 * H) + (2 * M), TimeTracking.parse('1mo 2m')
  end

  def test_every_unit_together
    assert_equal (160 + 40 + 16 + 3) * H + (30 * M), TimeTracking.parse('1mo 1w 2d 3h 30m')
  end

  # -- parse: syntax --------------------------------------------------------------------------------
  def test_parts_in_any_order_with_optional_spaces
    assert_equal (2 * H) + (15 * M), TimeTracking.parse('15m 2h')
    assert_equal (2 * H) + (15 * M), TimeTracking.parse('2h15m')
    assert_equal 3 * H, TimeTracking.parse('  3 h ')
  end

  def test_units_are_case_insensitive
    assert_equal 16 * H, TimeTracking.parse('2D')
    assert_equal H + M, TimeTracking.parse('1H 1M')
  end

  def test_decimal_amounts
    assert_equal 90 * M, TimeTracking.parse('1.5h')
    assert_equal 4 * H, TimeTracking.parse('0.5d')
  end

  def test_leading_minus_negates_the_whole_duration
    assert_equal(-90 * M, TimeTracking.parse('-1h 30m'))
    assert_equal(-30 * M, TimeTracking.parse('-30m'))
  end

  def test_zero
    assert_equal 0, TimeTracking.parse('0m')
  end

  def test_invalid_input
    ['', '   ', '-', '1', 'h', '1x', '1hour', '1h -30m', '1.h', 'abc'].each do |text|
      assert_raises(TimeTracking::ParseError, "expected #{text.inspect} to be rejected") { TimeTracking.parse(text) }
    end
  end

  def test_a_unit_given_twice_is_rejected
    assert_raises(TimeTracking::ParseError) { TimeTracking.parse('1h 1h') }
    assert_raises(TimeTracking::ParseError) { TimeTracking.parse('1h 30m 1H') }
  end

  def test_parse_error_is_an_argument_error
    assert_operator TimeTracking::ParseError, :<, ArgumentError
  end

  # -- format ---------------------------------------------------------------------------------------
  def test_format_largest_units_first
    assert_equal '1mo 1w 2d 3h 30m', TimeTracking.format(((160 + 40 + 16 + 3) * H) + (30 * M))
  end

  def test_format_leaves_out_zero_units
    assert_equal '1h', TimeTracking.format(H)
    assert_equal '1d 30m', TimeTracking.format((8 * H) + (30 * M))
    assert_equal '1w', TimeTracking.format(40 * H)
  end

  def test_format_zero_and_below_a_minute
    assert_equal '0m', TimeTracking.format(0)
    assert_equal '0m', TimeTracking.format(59)
    assert_equal '1m', TimeTracking.format(119)
  end

  def test_format_negative
    assert_equal '-1h 30m', TimeTracking.format(-90 * M)
    assert_equal '0m', TimeTracking.format(-59)
  end

  def test_round_trip
    ['1mo 2w 3d 4h 5m', '7h', '-2d 15m'].each do |text|
      assert_equal text, TimeTracking.format(TimeTracking.parse(text))
    end
  end
end
