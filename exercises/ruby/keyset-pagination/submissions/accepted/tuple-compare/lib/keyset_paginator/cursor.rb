# frozen_string_literal: true

require 'base64'
require 'json'

module KeysetPaginator
  # The position after which the next page starts: the sort value and id of the last record of a page.
  # Encoded as URL-safe Base64 JSON so that API clients treat it as opaque.
  class Cursor
    attr_reader :value, :id

    def self.encode(record, ordering)
      value, id = ordering.key(record)
      data = { 'order_by' => ordering.column.to_s, 'direction' => ordering.direction.to_s,
               'value' => value, 'id' => id }
      Base64.urlsafe_encode64(JSON.generate(data), padding: false)
    end

    def self.decode(token, ordering)
      raise InvalidCursor, 'cursor must be a string' unless token.is_a?(String)

      data = JSON.parse(Base64.urlsafe_decode64(token))
      raise InvalidCursor, 'malformed cursor' unless data.is_a?(Hash)
      unless data['order_by'] == ordering.column.to_s && data['direction'] == ordering.direction.to_s
        raise InvalidCursor, 'cursor was issued for another ordering'
      end
      raise InvalidCursor, 'cursor has no position' unless data.key?('value') && data['id'].is_a?(Integer)
      raise InvalidCursor, 'cursor value is null' if data['value'].nil?

      new(data['value'], data['id'])
    rescue JSON::ParserError, ArgumentError, EncodingError
      raise InvalidCursor, 'malformed cursor'
    end

    def initialize(value, id)
      @value = value
      @id = id
    end
  end
end
