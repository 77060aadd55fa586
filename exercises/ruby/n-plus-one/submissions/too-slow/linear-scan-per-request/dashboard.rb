# frozen_string_literal: true

# Builds the rows of the merge request list of a project, with one query per table whatever the number of
# merge requests: load the merge requests, preload every association, then scan the preloaded rows per request
# (one query per table, but quadratic in the number of merge requests).
class Dashboard
  def initialize(db)
    @db = db
  end

  # Open merge requests of the project, newest (highest iid) first.
  def merge_requests(project_id)
    mrs = @db.where(:merge_requests, project_id: project_id, state: 'opened').sort_by { |mr| -mr[:iid] }
    return [] if mrs.empty?

    mr_ids = mrs.map { |mr| mr[:id] }
    links = @db.where(:label_links, merge_request_id: mr_ids)
    approvals = @db.where(:approvals, merge_request_id: mr_ids)
    label_titles = index(@db.where(:labels, id: links.map { |l| l[:label_id] }), :title)
    user_ids = mrs.map { |mr| mr[:author_id] } + approvals.map { |a| a[:user_id] }
    usernames = index(@db.where(:users, id: user_ids), :username)
    pipelines = latest_pipelines(mr_ids)

    mrs.map do |mr|
      {
        iid: mr[:iid],
        title: mr[:title],
        author: usernames[mr[:author_id]],
        labels: links.select { |l| l[:merge_request_id] == mr[:id] }.filter_map { |l| label_titles[l[:label_id]] }.sort,
        approved_by: approvals.select { |a| a[:merge_request_id] == mr[:id] }.filter_map { |a| usernames[a[:user_id]] }.uniq.sort,
        pipeline: pipelines[mr[:id]]
      }
    end
  end

  private

  # { id => row[column] }
  def index(rows, column)
    rows.to_h { |row| [row[:id], row[column]] }
  end

  # { merge_request_id => status of its pipeline with the highest id }
  def latest_pipelines(mr_ids)
    rows = @db.where(:pipelines, merge_request_id: mr_ids)
    mr_ids.to_h { |id| [id, rows.select { |p| p[:merge_request_id] == id }.max_by { |p| p[:id] }&.dig(:status)] }.compact
  end
end
