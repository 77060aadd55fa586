# frozen_string_literal: true

module KeysetPaginator
  # One page of records, and the cursor of the next page (nil on the last page).
  Page = Struct.new(:records, :next_cursor) do
    def last_page?
      next_cursor.nil?
    end
  end
end
