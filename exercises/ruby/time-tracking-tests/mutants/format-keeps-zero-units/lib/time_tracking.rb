# frozen_string_literal: true

# Parses and formats time-tracking durations as typed in quick actions (`/spend 1h 30m`, `/estimate 2d`).
# A working day is 8 hours, a week 5 working days, a month 4 weeks.
module TimeTracking
  class ParseError < ArgumentError; end

  MINUTE = 60
  HOUR = 60 * MINUTE
  DAY = 8 * HOUR
  WEEK = 5 * DAY
  MONTH = 4 * WEEK
  UNITS = { 'mo' => MONTH, 'w' => WEEK, 'd' => DAY, 'h' => HOUR, 'm' => MINUTE }.freeze
  PART = /\G\s*(\d+(?:\.\d+)?)\s*(mo|w|d|h|m)(?![a-z])/i.freeze

  # "1w 2d 3h 30m" => seconds (Integer). A leading "-" negates the whole duration.
  def self.parse(text)
    body = text.to_s.strip
    sign = body.start_with?('-') ? -1 : 1
    body = body.delete_prefix('-')
    parts = scan_parts(body)
    raise ParseError, "no duration in #{text.inspect}" if parts.empty?

    sign * parts.sum { |number, unit| number * UNITS.fetch(unit) }.round
  end

  # seconds => "1w 2d 3h 30m"; largest units first, zero units left out, seconds below a minute dropped.
  def self.format(seconds)
    remaining = seconds.abs
    parts = []
    UNITS.each do |unit, size|
      count, remaining = remaining.divmod(size)
      parts << "#{count}#{unit}" if count.positive? || parts.any?
    end
    return '0m' if parts.empty?

    (seconds.negative? ? '-' : '') + parts.join(' ')
  end

  def self.scan_parts(body)
    parts = []
    position = 0
    while (match = PART.match(body, position))
      unit = match[2].downcase
      raise ParseError, "#{unit} given twice" if parts.any? { |_, seen| seen == unit }

      parts << [Float(match[1]), unit]
      position = match.end(0)
    end
    raise ParseError, "cannot parse #{body[position..].inspect}" unless body[position..].strip.empty?

    parts
  end
  private_class_method :scan_parts
end
