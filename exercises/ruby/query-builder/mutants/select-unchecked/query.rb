# frozen_string_literal: true

# A chainable, immutable SELECT builder. Values never enter the SQL text: they become `?` placeholders and
# are returned as binds. Identifiers cannot be bound, so they are validated instead.
class Query
  IDENTIFIER = /\A[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?\z/i.freeze
  DIRECTIONS = { 'asc' => 'ASC', 'desc' => 'DESC' }.freeze

  def initialize(table)
    @table = identifier(table)
    @columns = []
    @conditions = []
    @orders = []
    @limit = nil
    @offset = nil
  end

  def select(*columns)
    with(:@columns, @columns + columns.map(&:to_s))
  end

  def where(condition, *binds)
    return with(:@conditions, @conditions + [fragment(condition, binds)]) if condition.is_a?(String)

    with(:@conditions, @conditions + condition.map { |col, value| equality(identifier(col), value, negate: false) })
  end

  def where_not(condition)
    with(:@conditions, @conditions + condition.map { |col, value| equality(identifier(col), value, negate: true) })
  end

  def order(*columns)
    terms = columns.flat_map do |c|
      c.is_a?(Hash) ? c.map { |col, dir| "#{identifier(col)} #{direction(dir)}" } : ["#{identifier(c)} ASC"]
    end
    with(:@orders, @orders + terms)
  end

  def limit(count)
    with(:@limit, non_negative(count))
  end

  def offset(count)
    with(:@offset, non_negative(count))
  end

  # Returns [sql, binds].
  def to_sql
    sql = +"SELECT #{@columns.empty? ? '*' : @columns.join(', ')} FROM #{@table}"
    sql << " WHERE #{@conditions.map(&:first).join(' AND ')}" unless @conditions.empty?
    sql << " ORDER BY #{@orders.join(', ')}" unless @orders.empty?
    sql << " LIMIT #{@limit}" if @limit
    sql << " OFFSET #{@offset}" if @offset
    [sql, @conditions.flat_map(&:last)]
  end

  private

  def with(ivar, value)
    dup.tap { |q| q.instance_variable_set(ivar, value.freeze) }
  end

  def identifier(name)
    valid = (name.is_a?(String) || name.is_a?(Symbol)) && name.match?(IDENTIFIER)
    raise ArgumentError, "invalid identifier #{name.inspect}" unless valid

    name.to_s
  end

  def direction(dir)
    DIRECTIONS.fetch(dir.to_s.downcase) { raise ArgumentError, "invalid direction #{dir.inspect}" }
  end

  def non_negative(count)
    return count if count.is_a?(Integer) && count >= 0

    raise ArgumentError, "expected a non-negative Integer, got #{count.inspect}"
  end

  def fragment(sql, binds)
    placeholders = sql.count('?')
    raise ArgumentError, "#{placeholders} placeholders but #{binds.size} binds" unless placeholders == binds.size

    ["(#{sql})", binds]
  end

  def equality(col, value, negate:)
    case value
    when nil then ["#{col} IS #{negate ? 'NOT ' : ''}NULL", []]
    when Array then list(col, value, negate)
    else ["#{col} #{negate ? '!=' : '='} ?", [value]]
    end
  end

  def list(col, values, negate)
    return [negate ? '1 = 1' : '1 = 0', []] if values.empty?

    ["#{col} #{negate ? 'NOT IN' : 'IN'} (#{Array.new(values.size, '?').join(', ')})", values]
  end
end
