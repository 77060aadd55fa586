# frozen_string_literal: true

# Correct but slow: the latest attempt of each job is found by searching, for every job, a per-stage array of
# the attempts kept so far (a linear scan), so retries cost jobs × names-per-stage instead of a hash lookup.
module PipelineStatus
  def self.compose(stages, jobs)
    kept = Hash.new { |h, k| h[k] = [] }
    jobs.each do |job|
      list = kept[job[:stage]]
      at = list.index { |other| other[:name] == job[:name] }
      if at.nil?
        list << job
      elsif list[at][:id] < job[:id]
        list[at] = job
      end
    end
    # A job retried into another stage keeps only its highest attempt overall.
    best = {}
    kept.each_value { |list| list.each { |j| best[j[:name]] = j if best[j[:name]].nil? || best[j[:name]][:id] < j[:id] } }
    latest = best.values
    latest.each { |j| raise ArgumentError, "unknown stage #{j[:stage]}" unless stages.include?(j[:stage]) }

    all = []
    warn_all = false
    rows = stages.uniq.filter_map do |stage|
      in_stage = latest.select { |j| j[:stage] == stage }
      next if in_stage.empty?

      statuses, warned = counted(in_stage)
      all.concat(statuses)
      warn_all ||= warned
      { name: stage, status: composite(statuses), warnings: warned }
    end
    { status: composite(all), warnings: warn_all, stages: rows }
  end

  def self.counted(jobs)
    warned = false
    statuses = jobs.filter_map do |j|
      if j[:allow_failure] && j[:status] == 'manual'
        nil
      elsif j[:allow_failure] && j[:status] == 'failed'
        warned = true
        'success'
      else
        j[:status]
      end
    end
    [statuses, warned]
  end

  def self.composite(statuses)
    set = statuses.uniq
    within = ->(allowed) { set.all? { |s| allowed.include?(s) } }
    if within.call(%w[skipped]) then 'skipped'
    elsif within.call(%w[success skipped]) then 'success'
    elsif within.call(%w[created skipped]) then 'created'
    elsif within.call(%w[pending created skipped]) then 'pending'
    elsif set.any? { |s| %w[running pending created].include?(s) } then 'running'
    elsif set.include?('failed') then 'failed'
    elsif set.include?('canceled') then 'canceled'
    else 'manual'
    end
  end
end
