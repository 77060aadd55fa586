# frozen_string_literal: true

# An immutable query builder kept as a log of operations: every chained call returns a new Query holding a
# longer (frozen) log, and to_sql replays the log, validating identifiers and counting placeholders.
class Query
  NAME_CHARS = [*'a'..'z', *'A'..'Z', *'0'..'9', '_'].freeze

  def initialize(table, log = [].freeze)
    @table = table
    @log = log
  end

  def select(*columns) = record(:select, columns.dup)
  def where(condition, *binds) = record(:where, condition.is_a?(Hash) ? condition.dup : condition, binds)
  def where_not(condition) = record(:where_not, condition.dup)
  def order(*terms) = record(:order, terms.map { |t| t.is_a?(Hash) ? t.dup : t })
  def limit(count) = record(:limit, count)
  def offset(count) = record(:offset, count)

  def to_sql
    state = { columns: [], conditions: [], binds: [], orders: [], limit: nil, offset: nil }
    @log.each { |op, *args| send(:"apply_#{op}", state, *args) }
    parts = ["SELECT #{state[:columns].empty? ? '*' : state[:columns].join(', ')} FROM #{name!(@table)}"]
    parts << "WHERE #{state[:conditions].join(' AND ')}" if state[:conditions].any?
    parts << "ORDER BY #{state[:orders].join(', ')}" if state[:orders].any?
    parts << "LIMIT #{state[:limit]}" unless state[:limit].nil?
    parts << "OFFSET #{state[:offset]}" unless state[:offset].nil?
    [parts.join(' '), state[:binds]]
  end

  private

  def record(*op)
    self.class.new(@table, (@log + [op.freeze]).freeze)
  end

  def apply_select(state, columns)
    columns.each { |c| state[:columns] << name!(c) }
  end

  def apply_where(state, condition, binds)
    return compare(state, condition, false) unless condition.is_a?(String)

    wanted = condition.count('?')
    raise ArgumentError, "fragment has #{wanted} placeholders, got #{binds.size} binds" if wanted != binds.size

    state[:conditions] << "(#{condition})"
    state[:binds].concat(binds)
  end

  def apply_where_not(state, condition)
    compare(state, condition, true)
  end

  def compare(state, pairs, negated)
    raise ArgumentError, 'expected a Hash of conditions' unless pairs.is_a?(Hash)

    pairs.each do |column, value|
      col = name!(column)
      if value.nil?
        state[:conditions] << (negated ? "#{col} IS NOT NULL" : "#{col} IS NULL")
      elsif value.is_a?(Array) && value.empty?
        state[:conditions] << (negated ? '1 = 1' : '1 = 0')
      elsif value.is_a?(Array)
        marks = (['?'] * value.size).join(', ')
        state[:conditions] << "#{col} #{negated ? 'NOT IN' : 'IN'} (#{marks})"
        state[:binds].concat(value)
      else
        state[:conditions] << "#{col} #{negated ? '!=' : '='} ?"
        state[:binds] << value
      end
    end
  end

  def apply_order(state, terms)
    terms.each do |term|
      if term.is_a?(Hash)
        term.each { |column, dir| state[:orders] << "#{name!(column)} #{direction!(dir)}" }
      else
        state[:orders] << "#{name!(term)} ASC"
      end
    end
  end

  def apply_limit(state, count)
    state[:limit] = count!(count)
  end

  def apply_offset(state, count)
    state[:offset] = count!(count)
  end

  def count!(value)
    raise ArgumentError, "not a non-negative Integer: #{value.inspect}" unless value.is_a?(Integer) && !value.negative?

    value
  end

  def direction!(dir)
    word = (dir.is_a?(String) || dir.is_a?(Symbol)) ? dir.to_s.upcase : nil
    raise ArgumentError, "unknown direction #{dir.inspect}" unless %w[ASC DESC].include?(word)

    word
  end

  # letters, digits, underscores; not starting with a digit; at most one "." qualifier.
  def name!(value)
    text = value.to_s if value.is_a?(String) || value.is_a?(Symbol)
    parts = text&.split('.', -1) || []
    ok = [1, 2].include?(parts.size) && parts.all? do |p|
      !p.empty? && !p[0].between?('0', '9') && p.each_char.all? { |c| NAME_CHARS.include?(c) }
    end
    raise ArgumentError, "invalid identifier #{value.inspect}" unless ok

    text
  end
end
