# frozen_string_literal: true

module KeysetPaginator
  # The total order of a paginated list: by one column, then by id, both in the same direction.
  class Ordering
    DIRECTIONS = %i[asc desc].freeze

    attr_reader :column, :direction

    def initialize(column, direction)
      raise ArgumentError, "direction must be one of #{DIRECTIONS}" unless DIRECTIONS.include?(direction)

      @column = column.to_sym
      @direction = direction
    end

    def key(record)
      [record.fetch(column), record.fetch(:id)]
    end

    def sort(records)
      sorted = records.sort { |a, b| compare(key(a), key(b)) }
      direction == :asc ? sorted : sorted.reverse
    end

    # Whether record sorts strictly after position (a Cursor) in this ordering.
    def beyond?(record, position)
      c = compare(key(record), [position.value, position.id])
      direction == :asc ? c.positive? : c.negative?
    end

    # Kept for callers of the old API.
    alias after? beyond?

    private

    def compare(a, b)
      by_value = a[0] <=> b[0]
      raise InvalidCursor, 'cursor value is not comparable with this column' if by_value.nil?

      by_value.zero? ? a[1] <=> b[1] : by_value
    end
  end
end
