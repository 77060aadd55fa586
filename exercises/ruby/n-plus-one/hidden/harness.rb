# frozen_string_literal: true

# Adapters from a case's "call" + "input" to Dashboard; they return plain JSON data. The data set is loaded into
# a FakeDB from compact rows; the observation includes whether the call stayed within 6 queries.
module DashboardHarness
  MAX_QUERIES = 6

  def self.load(data)
    db = FakeDB.new
    data.fetch('users', []).each { |name| db.insert(:users, username: name) }
    data.fetch('labels', []).each { |title| db.insert(:labels, title: title) }
    data.fetch('merge_requests', []).each do |project_id, iid, title, author_id, state|
      db.insert(:merge_requests, project_id: project_id, iid: iid, title: title, author_id: author_id, state: state)
    end
    data.fetch('label_links', []).each { |mr, label| db.insert(:label_links, merge_request_id: mr, label_id: label) }
    data.fetch('approvals', []).each { |mr, user| db.insert(:approvals, merge_request_id: mr, user_id: user) }
    data.fetch('pipelines', []).each { |mr, status| db.insert(:pipelines, merge_request_id: mr, status: status) }
    db
  end

  def self.observe(db, project_id)
    rows = nil
    queries = db.count_queries { rows = Dashboard.new(db).merge_requests(project_id) }
    [rows.map { |row| row.transform_keys(&:to_s) }, queries <= MAX_QUERIES]
  end

  STATUSES = %w[success failed running canceled].freeze

  # A big project (and a second, smaller one) generated from counts.
  def self.generated(spec)
    mrs, users, labels = spec.values_at('merge_requests', 'users', 'labels')
    data = { 'users' => Array.new(users) { |i| "user#{i}" }, 'labels' => Array.new(labels) { |i| "label-#{i}" },
             'merge_requests' => [], 'label_links' => [], 'approvals' => [], 'pipelines' => [] }
    (1..mrs).each do |id|
      project = id % 10 == 9 ? 2 : 1
      data['merge_requests'] << [project, id, "MR #{id}", ((id * 7) % users) + 1, id % 8 == 7 ? 'merged' : 'opened']
      3.times { |k| data['label_links'] << [id, ((id * 13) + (k * 7)) % labels + 1] }
      2.times { |k| data['approvals'] << [id, ((id * 3) + k) % users + 1] }
      (id % 3).times { |k| data['pipelines'] << [id, STATUSES[(id + k) % 4]] }
    end
    data
  end
end

ASSAY_HANDLERS = {
  'merge_requests' => lambda do |input|
    rows, queries_ok = DashboardHarness.observe(DashboardHarness.load(input), input['project_id'])
    { 'rows' => rows, 'within_6_queries' => queries_ok }
  end,
  # A large project: observes a digest of the rows instead of all of them.
  'merge_requests_generated' => lambda do |input|
    rows, queries_ok = DashboardHarness.observe(DashboardHarness.load(DashboardHarness.generated(input)), 1)
    {
      'count' => rows.size, 'first' => rows.first, 'last' => rows.last,
      'labels' => rows.sum { |r| r['labels'].size }, 'approvers' => rows.sum { |r| r['approved_by'].size },
      'pipelines' => rows.map { |r| r['pipeline'] }.tally.transform_keys { |k| k || 'none' }.sort.to_h,
      'within_6_queries' => queries_ok
    }
  end
}.freeze
