# frozen_string_literal: true

require_relative 'keyset_paginator/errors'
require_relative 'keyset_paginator/ordering'
require_relative 'keyset_paginator/cursor'
require_relative 'keyset_paginator/page'

# Keyset (cursor) pagination over an in-memory relation. See README.md.
module KeysetPaginator
  MAX_PER_PAGE = 100

  def self.paginate(records, order_by: :id, direction: :asc, per_page: 20, cursor: nil)
    ordering = Ordering.new(order_by, direction)
    per_page = Integer(per_page).clamp(1, MAX_PER_PAGE)
    # Decoded before looking at any record: a cursor is checked even when no record is left to compare with.
    position = cursor.nil? ? nil : Cursor.decode(cursor, ordering)
    candidates = ordering.sort(records).lazy
    candidates = candidates.select { |r| ordering.after?(r, position) } if position
    window = candidates.first(per_page + 1) # one more than a page tells whether a next page exists
    items = window.first(per_page)
    Page.new(items, window.size > per_page ? Cursor.encode(items.last, ordering) : nil)
  end
end
