# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../lib/keyset_paginator'

class PaginatorTest < Minitest::Test
  def records(*updated_at)
    updated_at.each_with_index.map { |time, i| { id: i + 1, updated_at: time, title: "MR #{i + 1}" } }
  end

  # Follows next_cursor until the last page; returns the ids of each page.
  def all_pages(records, **options)
    pages = []
    cursor = nil
    loop do
      page = KeysetPaginator.paginate(records, **options, cursor: cursor)
      pages << page.records.map { |r| r[:id] }
      break if page.last_page? || pages.size > 20

      cursor = page.next_cursor
    end
    pages
  end

  def test_pages_by_id
    assert_equal [[1, 2], [3, 4], [5]], all_pages(records(50, 40, 30, 20, 10), per_page: 2)
  end

  def test_pages_by_updated_at_descending
    assert_equal [[1, 3], [5, 2], [4]],
                 all_pages(records(50, 20, 40, 10, 30), order_by: :updated_at, direction: :desc, per_page: 2)
  end

  def test_last_page_has_no_cursor
    page = KeysetPaginator.paginate(records(10, 20), per_page: 2)
    assert_equal([1, 2], page.records.map { |r| r[:id] })
    assert_nil page.next_cursor
  end

  # Support ticket: "merge requests missing from the API when sorting by updated_at" (bulk-updated records
  # share one updated_at).
  def test_records_sharing_a_value_across_a_page_boundary_are_all_listed
    assert_equal [[1, 2], [3, 4], [5]], all_pages(records(100, 100, 100, 100, 100), order_by: :updated_at, per_page: 2)
  end
end
