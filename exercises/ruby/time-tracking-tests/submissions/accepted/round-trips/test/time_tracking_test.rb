# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../lib/time_tracking'

class TimeTrackingTest < Minitest::Test
  H = 3600

  def test_parse_examples
    {
      '30m' => 30 * 60, '2h' => 2 * H, '1d' => 8 * H, '1w' => 40 * H, '1mo' => 160 * H,
      '1w 2d 3h 30m' => (40 + 16 + 3) * H + 1800, '1.5h' => 5400, '2D 1H' => 17 * H,
      '-1h 30m' => -5400
    }.each { |text, seconds| assert_equal seconds, TimeTracking.parse(text), text }
  end

  def test_format_examples
    { 5400 => '1h 30m', 8 * H => '1d', 160 * H + 60 => '1mo 1m', 0 => '0m', -3600 => '-1h', 59 => '0m' }
      .each { |seconds, text| assert_equal text, TimeTracking.format(seconds), seconds.to_s }
  end

  def test_round_trip
    ['1mo 1w 1d 1h 1m', '3w 4h', '2d 7h 59m'].each do |text|
      assert_equal text, TimeTracking.format(TimeTracking.parse(text))
    end
  end

  def test_rejects
    ['', 'soon', '1h 1h', '2x', '1 hour'].each do |text|
      assert_raises(TimeTracking::ParseError, text) { TimeTracking.parse(text) }
    end
  end
end
