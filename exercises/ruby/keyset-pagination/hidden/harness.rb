# frozen_string_literal: true

require 'base64'
require 'json'

# Adapters from a case's "call" + "input" to KeysetPaginator; they return plain JSON data.
module KeysetHarness
  MAX_PAGES = 50

  def self.options(input)
    { order_by: input.fetch('order_by', 'id').to_sym, direction: input.fetch('direction', 'asc').to_sym,
      per_page: input.fetch('per_page', 20) }
  end

  def self.records(rows)
    rows.map { |row| row.transform_keys(&:to_sym) }
  end

  # Follows next_cursor from the first page; `between` may change the records after each page.
  # Stops after MAX_PAGES so that a cursor that never advances is observed instead of looping forever.
  def self.walk(records, options, between: nil)
    pages = []
    cursor = nil
    MAX_PAGES.times do
      page = KeysetPaginator.paginate(records, **options, cursor: cursor)
      pages << page.records.map { |r| r[:id] }
      return { 'pages' => pages, 'finished' => true } if page.next_cursor.nil?

      between&.call(records, pages.size)
      cursor = page.next_cursor
    end
    { 'pages' => pages, 'finished' => false }
  end

  def self.error_name(&block)
    block.call
    'ok'
  rescue StandardError => e
    e.class.name
  end

  # A cursor given as {"json": ...} is built here as Base64 JSON, like a client tampering with a real one.
  def self.cursor(spec)
    spec.is_a?(Hash) ? Base64.urlsafe_encode64(JSON.generate(spec['json']), padding: false) : spec
  end
end

ASSAY_HANDLERS = {
  'walk' => lambda do |input|
    KeysetHarness.walk(KeysetHarness.records(input['records']), KeysetHarness.options(input))
  end,
  # Applies input['changes'] (insert rows, delete ids) after the first page, as concurrent writes would.
  'walk_while_changing' => lambda do |input|
    changes = input['changes']
    between = lambda do |records, page_number|
      next unless page_number == 1

      records.reject! { |r| changes.fetch('delete', []).include?(r[:id]) }
      records.concat(KeysetHarness.records(changes.fetch('insert', [])))
    end
    KeysetHarness.walk(KeysetHarness.records(input['records']), KeysetHarness.options(input), between: between)
  end,
  # For each cursor: "ok" when the page is served, else the class of the error raised.
  'cursor_errors' => lambda do |input|
    records = KeysetHarness.records(input['records'])
    input['cursors'].map do |spec|
      KeysetHarness.error_name do
        KeysetPaginator.paginate(records, **KeysetHarness.options(input), cursor: KeysetHarness.cursor(spec))
      end
    end
  end
}.freeze
