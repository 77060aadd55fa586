# frozen_string_literal: true

require 'set'

# Merge request list rows. One query per table (six in all); each association is folded into a per-merge-request
# accumulator in a single pass over its rows, so the in-memory join is linear in the rows loaded.
class Dashboard
  Row = Struct.new(:mr, :label_ids, :approver_ids, :pipeline_id, :pipeline_status)

  def initialize(db)
    @db = db
  end

  def merge_requests(project_id)
    rows = {}
    @db.where(:merge_requests, project_id: project_id, state: 'opened').each do |mr|
      rows[mr[:id]] = Row.new(mr, [], Set.new, nil, nil)
    end
    mr_ids = rows.keys

    @db.where(:label_links, merge_request_id: mr_ids).each { |link| rows[link[:merge_request_id]].label_ids << link[:label_id] }
    @db.where(:approvals, merge_request_id: mr_ids).each { |ap| rows[ap[:merge_request_id]].approver_ids << ap[:user_id] }
    @db.where(:pipelines, merge_request_id: mr_ids).each do |pipeline|
      row = rows[pipeline[:merge_request_id]]
      next unless row.pipeline_id.nil? || pipeline[:id] > row.pipeline_id

      row.pipeline_id = pipeline[:id]
      row.pipeline_status = pipeline[:status]
    end

    wanted_users = Set.new
    wanted_labels = Set.new
    rows.each_value do |row|
      wanted_users << row.mr[:author_id]
      wanted_users.merge(row.approver_ids)
      wanted_labels.merge(row.label_ids)
    end
    usernames = {}
    @db.where(:users, id: wanted_users.to_a).each { |u| usernames[u[:id]] = u[:username] }
    label_titles = {}
    @db.where(:labels, id: wanted_labels.to_a).each { |l| label_titles[l[:id]] = l[:title] }

    rows.values.sort { |a, b| b.mr[:iid] <=> a.mr[:iid] }.map do |row|
      {
        iid: row.mr[:iid],
        title: row.mr[:title],
        author: usernames[row.mr[:author_id]],
        labels: row.label_ids.map { |id| label_titles[id] }.compact.sort,
        approved_by: row.approver_ids.map { |id| usernames[id] }.compact.uniq.sort,
        pipeline: row.pipeline_status
      }
    end
  end
end
