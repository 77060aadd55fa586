# frozen_string_literal: true

require 'minitest/autorun'
require_relative 'query'

class QueryTest < Minitest::Test
  def test_hash_conditions_become_placeholders
    sql, binds = Query.new(:issues).where(project_id: 5, state: 'opened').to_sql
    assert_equal 'SELECT * FROM issues WHERE project_id = ? AND state = ?', sql
    assert_equal [5, 'opened'], binds
  end

  def test_lists_and_nil
    sql, binds = Query.new(:issues).where(state: %w[opened reopened], closed_at: nil).to_sql
    assert_equal 'SELECT * FROM issues WHERE state IN (?, ?) AND closed_at IS NULL', sql
    assert_equal %w[opened reopened], binds
  end

  def test_full_query
    query = Query.new(:issues).select(:id, :title).where('title LIKE ?', '%crash%')
                 .order(created_at: :desc).order(:id).limit(20).offset(40)
    sql = 'SELECT id, title FROM issues WHERE (title LIKE ?) ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 40'
    assert_equal [sql, ['%crash%']], query.to_sql
  end

  def test_unknown_direction_is_rejected
    assert_raises(ArgumentError) { Query.new(:issues).order(created_at: :sideways).to_sql }
  end
end
