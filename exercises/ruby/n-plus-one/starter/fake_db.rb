# frozen_string_literal: true

# A tiny in-memory stand-in for the application database. Every call to #where is one SQL query
# (SELECT * FROM table WHERE ...) and is counted. Rows are frozen hashes with symbol keys.
class FakeDB
  attr_reader :query_count

  def initialize
    @rows = Hash.new { |h, table| h[table] = [] }
    @index = Hash.new { |h, table| h[table] = Hash.new { |c, col| c[col] = Hash.new { |v, val| v[val] = [] } } }
    @next_id = Hash.new(0)
    @query_count = 0
  end

  # Inserts a row and returns its id (ids grow by one per table, starting at 1).
  def insert(table, attributes)
    row = { id: @next_id[table] += 1, **attributes }.freeze
    @rows[table] << row
    row.each { |col, val| @index[table][col][val] << row }
    row[:id]
  end

  # SELECT * FROM table WHERE col1 = v1 AND col2 IN (v2, v3) ... ORDER BY id
  # conditions: { column => value } or { column => [values] } (IN). No conditions: the whole table.
  def where(table, conditions = {})
    @query_count += 1
    return @rows[table].dup if conditions.empty?

    (column, first), *rest = conditions.to_a
    candidates = Array(first).uniq.flat_map { |val| @index[table][column][val] }
    candidates.select { |row| rest.all? { |col, val| Array(val).include?(row[col]) } }.sort_by { |row| row[:id] }
  end

  # Runs the block and returns how many queries it made.
  def count_queries
    before = @query_count
    yield
    @query_count - before
  end
end
