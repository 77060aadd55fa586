# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../lib/keyset_paginator'

class CursorTest < Minitest::Test
  def ordering
    KeysetPaginator::Ordering.new(:updated_at, :desc)
  end

  def test_round_trip
    token = KeysetPaginator::Cursor.encode({ id: 7, updated_at: 1_700_000_000 }, ordering)
    cursor = KeysetPaginator::Cursor.decode(token, ordering)
    assert_equal [1_700_000_000, 7], [cursor.value, cursor.id]
  end

  def test_cursor_is_only_valid_for_its_ordering
    token = KeysetPaginator::Cursor.encode({ id: 7, updated_at: 1_700_000_000 }, ordering)
    assert_raises(KeysetPaginator::InvalidCursor) do
      KeysetPaginator::Cursor.decode(token, KeysetPaginator::Ordering.new(:updated_at, :asc))
    end
  end
end
