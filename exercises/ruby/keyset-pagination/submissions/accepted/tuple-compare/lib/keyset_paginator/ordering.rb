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
      sorted = records.sort_by { |r| key(r) }
      direction == :asc ? sorted : sorted.reverse
    end

    # Whether record comes after the cursor position in this order. The id breaks ties, as in #sort, so records
    # sharing the cursor's value but not yet listed are not skipped. A position whose value cannot be compared
    # with the records' values is not a usable cursor.
    def after?(record, position)
      comparison = key(record) <=> [position.value, position.id]
      raise InvalidCursor, 'cursor value does not fit this column' if comparison.nil?

      direction == :asc ? comparison.positive? : comparison.negative?
    end
  end
end
