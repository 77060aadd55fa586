# frozen_string_literal: true

module KeysetPaginator
  # Raised for any cursor that cannot be used; the API answers 400 Bad Request.
  class InvalidCursor < StandardError; end
end
