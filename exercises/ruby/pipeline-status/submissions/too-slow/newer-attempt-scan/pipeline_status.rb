# frozen_string_literal: true

# Composes a CI pipeline's status, and the status of each of its stages, from its jobs.
module PipelineStatus
  # Rules in order: the first whose test holds gives the composite status.
  RULES = [
    ['skipped', ->(s) { s.empty? || s.all?('skipped') }],
    ['success', ->(s) { s.all? { |x| %w[success skipped].include?(x) } }],
    ['created', ->(s) { s.all? { |x| %w[created skipped].include?(x) } }],
    ['pending', ->(s) { s.all? { |x| %w[pending created skipped].include?(x) } }],
    ['running', ->(s) { s.any? { |x| %w[running pending created].include?(x) } }],
    ['failed', ->(s) { s.include?('failed') }],
    ['canceled', ->(s) { s.include?('canceled') }],
    ['manual', ->(_) { true }]
  ].freeze

  # stages: ordered stage names; jobs: [{ id:, name:, stage:, status:, allow_failure: }]
  # Returns { status:, warnings:, stages: [{ name:, status:, warnings: }] }.
  def self.compose(stages, jobs)
    latest = latest_attempts(jobs)
    unknown = latest.map { |j| j[:stage] } - stages
    raise ArgumentError, "unknown stage #{unknown.first.inspect}" unless unknown.empty?

    { status: composite(latest), warnings: warnings?(latest), stages: stage_results(stages, latest) }
  end

  def self.stage_results(stages, jobs)
    stages.filter_map do |name|
      stage_jobs = jobs.select { |j| j[:stage] == name }
      { name: name, status: composite(stage_jobs), warnings: warnings?(stage_jobs) } unless stage_jobs.empty?
    end
  end

  # A retried job keeps its name; only the attempt with the highest id counts.
  def self.latest_attempts(jobs)
    jobs.reject { |j| jobs.any? { |k| k[:name] == j[:name] && k[:id] > j[:id] } }
  end

  def self.composite(jobs)
    statuses = jobs.filter_map { |j| effective_status(j) }
    RULES.find { |_, test| test.call(statuses) }.first
  end

  # nil means the job does not count: an optional (allow_failure) manual action.
  def self.effective_status(job)
    return job[:status] unless job[:allow_failure]

    case job[:status]
    when 'failed' then 'success'
    when 'manual' then nil
    else job[:status]
    end
  end

  def self.warnings?(jobs)
    jobs.any? { |j| j[:allow_failure] && j[:status] == 'failed' }
  end
end
