# frozen_string_literal: true

# Builds the rows of the merge request list of a project with six queries: the merge requests, then each
# association for all of them at once, joined in memory through hashes.
class Dashboard
  def initialize(db)
    @db = db
  end

  # Open merge requests of the project, newest (highest iid) first.
  def merge_requests(project_id)
    mrs = @db.where(:merge_requests, project_id: project_id, state: 'opened')
    ids = mrs.map { |mr| mr[:id] }
    links = @db.where(:label_links, merge_request_id: ids).group_by { |l| l[:merge_request_id] }
    approvals = @db.where(:approvals, merge_request_id: ids).group_by { |a| a[:merge_request_id] }
    latest = @db.where(:pipelines, merge_request_id: ids).group_by { |p| p[:merge_request_id] }
                .transform_values { |ps| ps.max_by { |p| p[:id] }[:status] }
    user_ids = mrs.map { |mr| mr[:author_id] } + approvals.values.flatten.map { |a| a[:user_id] }
    names = @db.where(:users, id: user_ids.uniq).to_h { |u| [u[:id], u[:username]] }
    label_ids = links.values.flatten.map { |l| l[:label_id] }
    titles = @db.where(:labels, id: label_ids.uniq).to_h { |l| [l[:id], l[:title]] }

    mrs.sort_by { |mr| -mr[:iid] }.map do |mr|
      {
        iid: mr[:iid],
        title: mr[:title],
        author: names[mr[:author_id]],
        labels: links.fetch(mr[:id], []).filter_map { |l| titles[l[:label_id]] }.sort,
        approved_by: approvals.fetch(mr[:id], []).filter_map { |a| names[a[:user_id]] }.uniq.sort,
        pipeline: latest[mr[:id]]
      }
    end
  end
end
