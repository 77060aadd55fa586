# frozen_string_literal: true

require 'minitest/autorun'
require_relative 'fake_db'
require_relative 'dashboard'

class DashboardTest < Minitest::Test
  def setup
    @db = FakeDB.new
    alice = @db.insert(:users, username: 'alice')
    bob = @db.insert(:users, username: 'bob')
    bug = @db.insert(:labels, title: 'bug')
    ui = @db.insert(:labels, title: 'frontend')
    first = add_mr(1, 'Fix login', alice)
    second = add_mr(2, 'Dark mode', bob)
    @db.insert(:label_links, merge_request_id: first, label_id: ui)
    @db.insert(:label_links, merge_request_id: first, label_id: bug)
    @db.insert(:approvals, merge_request_id: first, user_id: bob)
    @db.insert(:pipelines, merge_request_id: first, status: 'failed')
    @db.insert(:pipelines, merge_request_id: first, status: 'success')
    @db.insert(:pipelines, merge_request_id: second, status: 'running')
  end

  def add_mr(iid, title, author_id, project_id: 1, state: 'opened')
    @db.insert(:merge_requests, project_id: project_id, iid: iid, title: title, author_id: author_id, state: state)
  end

  def test_rows
    assert_equal [
      { iid: 2, title: 'Dark mode', author: 'bob', labels: [], approved_by: [], pipeline: 'running' },
      { iid: 1, title: 'Fix login', author: 'alice', labels: %w[bug frontend], approved_by: ['bob'],
        pipeline: 'success' }
    ], Dashboard.new(@db).merge_requests(1)
  end

  def test_only_open_merge_requests_of_the_project
    add_mr(3, 'Merged already', 1, state: 'merged')
    add_mr(1, 'Another project', 1, project_id: 2)
    assert_equal([2, 1], Dashboard.new(@db).merge_requests(1).map { |row| row[:iid] })
  end

  def test_query_count_does_not_grow_with_merge_requests
    (3..30).each do |iid|
      id = add_mr(iid, "MR #{iid}", 1 + (iid % 2))
      @db.insert(:label_links, merge_request_id: id, label_id: 1)
      @db.insert(:approvals, merge_request_id: id, user_id: 1)
      @db.insert(:pipelines, merge_request_id: id, status: 'success')
    end
    queries = @db.count_queries { Dashboard.new(@db).merge_requests(1) }
    assert_operator queries, :<=, 6
  end
end
