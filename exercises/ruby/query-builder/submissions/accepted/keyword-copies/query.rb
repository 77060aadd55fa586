# frozen_string_literal: true

# Chainable SELECT builder. Each call builds a fresh Query from the receiver's frozen parts plus the new ones;
# nothing is ever appended in place. Identifiers are checked when they are given.
class Query
  Condition = Struct.new(:sql, :binds)

  IDENT = /\A[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?\z/

  attr_reader :parts
  protected :parts

  def initialize(table, parts = nil)
    @parts = parts || {
      table: Query.ident(table), columns: [], conditions: [], orders: [], limit: nil, offset: nil
    }.freeze
  end

  def self.ident(name)
    unless (name.is_a?(Symbol) || name.is_a?(String)) && IDENT.match?(name.to_s) && name.to_s.ascii_only?
      raise ArgumentError, "bad identifier: #{name.inspect}"
    end

    name.to_s
  end

  def select(*columns)
    derive(columns: [*@parts[:columns], *columns.map { |c| Query.ident(c) }])
  end

  def where(condition, *binds)
    return derive_conditions(hash_conditions(condition, negate: false)) unless condition.is_a?(String)

    holes = condition.scan('?').length
    raise ArgumentError, "#{holes} placeholders for #{binds.length} binds" unless holes == binds.length

    derive_conditions([Condition.new("(#{condition})", binds.dup.freeze)])
  end

  def where_not(condition)
    derive_conditions(hash_conditions(condition, negate: true))
  end

  def order(*terms)
    rendered = terms.flat_map do |term|
      next ["#{Query.ident(term)} ASC"] unless term.is_a?(Hash)

      term.map do |col, dir|
        d = %w[asc desc].find { |w| (dir.is_a?(Symbol) || dir.is_a?(String)) && dir.to_s.casecmp?(w) }
        raise ArgumentError, "bad direction: #{dir.inspect}" unless d

        "#{Query.ident(col)} #{d.upcase}"
      end
    end
    derive(orders: [*@parts[:orders], *rendered])
  end

  def limit(count)
    derive(limit: natural(count))
  end

  def offset(count)
    derive(offset: natural(count))
  end

  def to_sql
    p = @parts
    sql = "SELECT #{p[:columns].empty? ? '*' : p[:columns].join(', ')} FROM #{p[:table]}"
    sql += " WHERE #{p[:conditions].map(&:sql).join(' AND ')}" unless p[:conditions].empty?
    sql += " ORDER BY #{p[:orders].join(', ')}" unless p[:orders].empty?
    sql += " LIMIT #{p[:limit]}" unless p[:limit].nil?
    sql += " OFFSET #{p[:offset]}" unless p[:offset].nil?
    [sql, p[:conditions].flat_map(&:binds)]
  end

  private

  def derive(**changes)
    Query.new(nil, @parts.merge(changes.transform_values { |v| v.frozen? ? v : v.freeze }).freeze)
  end

  def derive_conditions(added)
    derive(conditions: [*@parts[:conditions], *added])
  end

  def natural(count)
    raise ArgumentError, "limit/offset must be a non-negative Integer: #{count.inspect}" unless count.is_a?(Integer) && count >= 0

    count
  end

  def hash_conditions(hash, negate:)
    raise ArgumentError, 'conditions must be a Hash' unless hash.is_a?(Hash)

    hash.map do |col, value|
      c = Query.ident(col)
      case value
      when nil then Condition.new("#{c} IS #{'NOT ' if negate}NULL", [])
      when [] then Condition.new(negate ? '1 = 1' : '1 = 0', [])
      when Array then Condition.new("#{c} #{'NOT ' if negate}IN (#{(['?'] * value.size).join(', ')})", value.dup.freeze)
      else Condition.new("#{c} #{negate ? '!=' : '='} ?", [value].freeze)
      end
    end
  end
end
