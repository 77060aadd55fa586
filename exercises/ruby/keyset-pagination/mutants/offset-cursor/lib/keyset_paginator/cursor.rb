# frozen_string_literal: true

require 'base64'
require 'json'

module KeysetPaginator
  # The position after which the next page starts: the sort value and id of the last record of a page.
  # Encoded as URL-safe Base64 JSON so that API clients treat it as opaque.
  class Cursor
    attr_reader :offset

    def self.encode(offset, ordering)
      data = { 'order_by' => ordering.column.to_s, 'direction' => ordering.direction.to_s, 'offset' => offset }
      Base64.urlsafe_encode64(JSON.generate(data), padding: false)
    end

    def self.decode(token, ordering)
      data = parse(token)
      unless data['order_by'] == ordering.column.to_s && data['direction'] == ordering.direction.to_s
        raise InvalidCursor, 'cursor was issued for another ordering'
      end

      new(data['offset'])
    end

    # Anything but a Base64 JSON object with an Integer offset is malformed.
    def self.parse(token)
      data = JSON.parse(Base64.urlsafe_decode64(token.to_s))
      raise InvalidCursor, 'malformed cursor' unless data.is_a?(Hash) && data['offset'].is_a?(Integer)

      data
    rescue JSON::ParserError, ArgumentError
      raise InvalidCursor, 'malformed cursor'
    end

    def initialize(offset)
      @offset = offset
    end
  end
end
