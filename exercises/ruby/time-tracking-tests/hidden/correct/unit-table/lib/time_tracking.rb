# frozen_string_literal: true

# Parses and formats time-tracking durations as typed in quick actions (`/spend 1h 30m`, `/estimate 2d`).
# A working day is 8 hours, a week 5 working days, a month 4 weeks.
module TimeTracking
  class ParseError < ArgumentError; end

  MINUTE = 60
  HOUR = 3600
  DAY = 8 * 3600
  WEEK = 5 * DAY
  MONTH = 4 * WEEK
  UNITS = [['mo', MONTH], ['w', WEEK], ['d', DAY], ['h', HOUR], ['m', MINUTE]].to_h.freeze
  AMOUNT = /\G\s*(?<number>\d+(?:\.\d+)?)\s*(?<unit>mo|w|d|h|m)(?![a-z])/i.freeze

  # "1w 2d 3h 30m" => seconds (Integer). A leading "-" negates the whole duration.
  def self.parse(text)
    trimmed = text.to_s.strip
    factor = 1
    if trimmed.start_with?('-')
      factor = -1
      trimmed = trimmed[1..]
    end
    seen = []
    products = []
    offset = 0
    loop do
      m = AMOUNT.match(trimmed, offset)
      break unless m

      unit = m[:unit].downcase
      raise ParseError, "#{unit} given twice" if seen.include?(unit)

      seen << unit
      products << Float(m[:number]) * UNITS[unit]
      offset = m.end(0)
    end
    leftover = trimmed[offset..]
    raise ParseError, "cannot parse #{leftover.inspect}" unless leftover.strip.empty?
    raise ParseError, "no duration in #{text.inspect}" if seen.empty?

    factor * products.sum.round
  end

  # seconds => "1w 2d 3h 30m"; largest units first, zero units left out, seconds below a minute dropped.
  def self.format(seconds)
    text = UNITS.each_with_object([seconds.abs, []]) do |(unit, size), acc|
      count, acc[0] = acc[0].divmod(size)
      acc[1] << "#{count}#{unit}" if count.positive?
    end.last.join(' ')
    return '0m' if text.empty?

    seconds.negative? ? "-#{text}" : text
  end
end
