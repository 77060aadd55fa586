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

    # Every way a token can be unusable ends in InvalidCursor: not a string, not Base64, not JSON, not an object,
    # another ordering, a missing/null value, a non-Integer id.
    def self.decode(token, ordering)
      data = parse(token)
      data = data.slice('order_by', 'direction', 'value', 'id').transform_keys(&:to_sym) if data.is_a?(Hash)
      case data
      in { order_by: String => col, direction: String => dir, value:, id: Integer => id }
        raise InvalidCursor, 'cursor was issued for another ordering' unless col == ordering.column.to_s && dir == ordering.direction.to_s
        raise InvalidCursor, 'cursor has a null value' if value.nil?

        new(value, id)
      else
        raise InvalidCursor, 'cursor does not describe a position'
      end
    end

    def self.parse(token)
      raise InvalidCursor, 'cursor is not a string' unless token.is_a?(String)

      JSON.parse(Base64.urlsafe_decode64(token))
    rescue ArgumentError, JSON::ParserError, EncodingError => e
      raise InvalidCursor, "malformed cursor (#{e.class})"
    end
    private_class_method :parse

    def initialize(value, id)
      @value = value
      @id = id
    end
  end
end
