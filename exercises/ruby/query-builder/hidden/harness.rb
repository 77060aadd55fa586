# frozen_string_literal: true

# Adapters from a case's "call" + "input" to the Query API; they return plain JSON data.
# An op is [method, *args]: hash keys become symbols, and for "order" string directions become symbols
# ("order_s" passes them as strings).
module QueryHarness
  def self.argument(method, arg)
    return arg unless arg.is_a?(Hash)

    arg.to_h { |k, v| [k.to_sym, method == 'order' && v.is_a?(String) ? v.to_sym : v] }
  end

  def self.apply(query, ops)
    ops.reduce(query) do |q, (method, *args)|
      q.public_send(method == 'order_s' ? 'order' : method, *args.map { |a| argument(method, a) })
    end
  end

  def self.plain(query)
    sql, binds = query.to_sql
    { 'sql' => sql, 'binds' => binds }
  end

  def self.guard
    yield
  rescue ArgumentError
    { 'error' => 'ArgumentError' }
  end
end

ASSAY_HANDLERS = {
  'build' => lambda do |input|
    QueryHarness.guard { QueryHarness.plain(QueryHarness.apply(Query.new(input['table']), input['ops'])) }
  end,
  # Builds a base query, then several queries from it; observes all of them, base last.
  'branch' => lambda do |input|
    base = QueryHarness.apply(Query.new(input['table']), input['base'])
    branches = input['branches'].map { |ops| QueryHarness.plain(QueryHarness.apply(base, ops)) }
    { 'branches' => branches, 'base' => QueryHarness.plain(base) }
  end
}.freeze
