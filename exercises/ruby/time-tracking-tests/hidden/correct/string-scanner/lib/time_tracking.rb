# frozen_string_literal: true

require 'strscan'

# Parses and formats time-tracking durations as typed in quick actions (`/spend 1h 30m`, `/estimate 2d`).
# A working day is 8 hours, a week 5 working days, a month 4 weeks.
module TimeTracking
  class ParseError < ArgumentError; end

  MINUTE = 60
  HOUR = MINUTE * 60
  DAY = HOUR * 8
  WEEK = DAY * 5
  MONTH = WEEK * 4
  UNITS = { 'mo' => MONTH, 'w' => WEEK, 'd' => DAY, 'h' => HOUR, 'm' => MINUTE }.freeze
  TOKEN = /\s*(\d+(?:\.\d+)?)\s*(mo|w|d|h|m)(?![a-z])/i.freeze

  class << self
    # "1w 2d 3h 30m" => seconds (Integer). A leading "-" negates the whole duration.
    def parse(text)
      input = text.to_s.strip
      negative = input.start_with?('-')
      amounts = read_amounts(negative ? input[1..] : input)
      raise ParseError, "no duration in #{text.inspect}" if amounts.empty?

      total = amounts.sum { |unit, number| number * UNITS.fetch(unit) }.round
      negative ? -total : total
    end

    # seconds => "1w 2d 3h 30m"; largest units first, zero units left out, seconds below a minute dropped.
    def format(seconds)
      left = seconds.abs
      pieces = []
      UNITS.each do |unit, size|
        count, left = left.divmod(size)
        pieces << "#{count}#{unit}" if count.positive?
      end
      return '0m' if pieces.empty?

      "#{'-' if seconds.negative?}#{pieces.join(' ')}"
    end

    private

    def read_amounts(body)
      scanner = StringScanner.new(body)
      amounts = {}
      while scanner.scan(TOKEN)
        unit = scanner[2].downcase
        raise ParseError, "#{unit} given twice" if amounts.key?(unit)

        amounts[unit] = Float(scanner[1])
      end
      raise ParseError, "cannot parse #{scanner.rest.inspect}" unless scanner.rest.strip.empty?

      amounts
    end
  end
end
