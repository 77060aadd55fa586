# frozen_string_literal: true

# A chainable, immutable SELECT builder. Values never enter the SQL text: they become `?` placeholders and
# are returned as binds.
class Query
  def initialize(table)
    @table = table
  end

  # TODO: each method below returns a new Query and leaves the receiver unchanged.
  def select(*_columns)
    self
  end

  def where(_condition, *_binds)
    self
  end

  def where_not(_condition)
    self
  end

  def order(*_columns)
    self
  end

  def limit(_count)
    self
  end

  def offset(_count)
    self
  end

  # Returns [sql, binds].
  def to_sql
    ["SELECT * FROM #{@table}", []]
  end
end
