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
    offset = cursor ? Cursor.decode(cursor, ordering).offset : 0
    sorted = ordering.sort(records)
    items = sorted[offset, per_page] || []
    next_cursor = Cursor.encode(offset + per_page, ordering) if sorted.size > offset + per_page
    Page.new(items, next_cursor)
  end
end
