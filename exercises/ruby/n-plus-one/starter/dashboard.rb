# frozen_string_literal: true

# Builds the rows of the merge request list of a project.
class Dashboard
  def initialize(db)
    @db = db
  end

  # Open merge requests of the project, newest (highest iid) first.
  def merge_requests(project_id)
    mrs = @db.where(:merge_requests, project_id: project_id, state: 'opened').sort_by { |mr| -mr[:iid] }
    mrs.map do |mr|
      {
        iid: mr[:iid],
        title: mr[:title],
        author: username(mr[:author_id]),
        labels: labels(mr),
        approved_by: approvers(mr),
        pipeline: latest_pipeline_status(mr)
      }
    end
  end

  private

  def username(user_id)
    @db.where(:users, id: user_id).first&.fetch(:username)
  end

  def labels(merge_request)
    label_ids = @db.where(:label_links, merge_request_id: merge_request[:id]).map { |link| link[:label_id] }
    label_ids.filter_map { |id| @db.where(:labels, id: id).first&.fetch(:title) }.sort
  end

  def approvers(merge_request)
    approvals = @db.where(:approvals, merge_request_id: merge_request[:id])
    approvals.map { |approval| username(approval[:user_id]) }.compact.uniq.sort
  end

  def latest_pipeline_status(merge_request)
    @db.where(:pipelines, merge_request_id: merge_request[:id]).max_by { |pipeline| pipeline[:id] }&.fetch(:status)
  end
end
