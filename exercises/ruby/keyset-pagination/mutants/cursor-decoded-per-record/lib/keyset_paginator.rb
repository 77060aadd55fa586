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
    remaining = cursor ? records.select { |r| ordering.after?(r, Cursor.decode(cursor, ordering)) } : records
    sorted = ordering.sort(remaining)
    items = sorted.first(per_page)
    next_cursor = Cursor.encode(items.last, ordering) if sorted.size > per_page
    Page.new(items, next_cursor)
  end
end
