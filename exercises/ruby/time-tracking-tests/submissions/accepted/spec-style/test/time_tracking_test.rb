# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../lib/time_tracking'

describe TimeTracking do
  describe '.parse' do
    it 'uses working days, weeks and months' do
      _(TimeTracking.parse('1d')).must_equal 28_800
      _(TimeTracking.parse('1w')).must_equal 5 * 28_800
      _(TimeTracking.parse('1mo')).must_equal 20 * 28_800
    end

    it 'accepts upper-case units and decimals' do
      _(TimeTracking.parse('1H 15M')).must_equal 4500
      _(TimeTracking.parse('0.5d')).must_equal 14_400
    end

    it 'negates the whole duration' do
      _(TimeTracking.parse('-2h 15m')).must_equal(-8100)
    end

    it 'rejects a unit given twice' do
      _ { TimeTracking.parse('10m 5m') }.must_raise TimeTracking::ParseError
    end
  end

  describe '.format' do
    it 'leaves zero units out' do
      _(TimeTracking.format(3600 + 120)).must_equal '1h 2m'
      _(TimeTracking.format(28_800 + 60)).must_equal '1d 1m'
    end

    it 'prints 0m for nothing' do
      _(TimeTracking.format(0)).must_equal '0m'
    end
  end
end
