# frozen_string_literal: true

# Composes a CI pipeline's status, and the status of each of its stages, from its jobs.
module PipelineStatus
  ACTIVE = %w[running pending created].freeze

  def self.compose(stages, jobs)
    latest = {}
    jobs.each do |job|
      seen = latest[job[:name]]
      latest[job[:name]] = job if seen.nil? || job[:id] > seen[:id]
    end

    position = stages.each_with_index.to_h
    by_stage = Hash.new { |h, k| h[k] = [] }
    latest.each_value do |job|
      raise ArgumentError, "job #{job[:name]} is in unknown stage #{job[:stage].inspect}" unless position.key?(job[:stage])

      by_stage[job[:stage]] << job
    end

    all_counted = []
    all_warnings = false
    stage_rows = stages.uniq.select { |s| by_stage.key?(s) }.map do |stage|
      counted, warnings = counted_statuses(by_stage[stage])
      all_counted.concat(counted)
      all_warnings ||= warnings
      { name: stage, status: composite(counted), warnings: warnings }
    end
    { status: composite(all_counted), warnings: all_warnings, stages: stage_rows }
  end

  # [statuses that count, whether a job raised a warning]
  def self.counted_statuses(jobs)
    warned = false
    statuses = jobs.filter_map do |job|
      next job[:status] unless job[:allow_failure]

      case job[:status]
      when 'failed'
        warned = true
        'success'
      when 'manual' then nil
      else job[:status]
      end
    end
    [statuses, warned]
  end

  def self.composite(statuses)
    kinds = statuses.uniq
    only = ->(*allowed) { (kinds - allowed).empty? }
    return 'skipped' if only.call('skipped')
    return 'success' if only.call('success', 'skipped')
    return 'created' if only.call('created', 'skipped')
    return 'pending' if only.call('pending', 'created', 'skipped')
    return 'running' if kinds.intersect?(ACTIVE)
    return 'failed' if kinds.include?('failed')
    return 'canceled' if kinds.include?('canceled')

    'manual'
  end
end
