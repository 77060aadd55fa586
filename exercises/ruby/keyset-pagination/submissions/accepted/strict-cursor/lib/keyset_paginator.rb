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
    sorted = ordering.sort(records)
    start = 0
    if cursor
      position = Cursor.decode(cursor, ordering)
      # First record strictly beyond the cursor's (value, id) in the page order; records deleted or created
      # since the cursor was issued do not matter, only the position does.
      start = sorted.index { |r| ordering.beyond?(r, position) } || sorted.size
    end
    rest = sorted[start..] || []
    items = rest.take(per_page)
    Page.new(items, rest.size > per_page ? Cursor.encode(items.last, ordering) : nil)
  end
end
