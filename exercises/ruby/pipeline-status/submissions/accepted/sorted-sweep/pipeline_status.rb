# frozen_string_literal: true

# Pipeline and stage badges. Retries are resolved by sweeping the jobs in id order and letting each attempt
# overwrite the earlier ones of its name; composite statuses are decided from per-status counts.
module PipelineStatus
  RULES = [
    ['skipped', ->(c, n) { c['skipped'] == n }],
    ['success', ->(c, n) { c['success'] + c['skipped'] == n }],
    ['created', ->(c, n) { c['created'] + c['skipped'] == n }],
    ['pending', ->(c, n) { c['pending'] + c['created'] + c['skipped'] == n }],
    ['running', ->(c, _) { (c['running'] + c['pending'] + c['created']).positive? }],
    ['failed', ->(c, _) { c['failed'].positive? }],
    ['canceled', ->(c, _) { c['canceled'].positive? }]
  ].freeze

  Tally = Struct.new(:counts, :size, :warnings) do
    def self.empty = new(Hash.new(0), 0, false)

    def add(job)
      status = job[:status]
      if job[:allow_failure] == true
        return if status == 'manual'

        if status == 'failed'
          self.warnings = true
          status = 'success'
        end
      end
      counts[status] += 1
      self.size += 1
    end

    def status
      RULES.each { |name, applies| return name if applies.call(counts, size) }
      'manual'
    end
  end

  def self.compose(stages, jobs)
    last_attempts = jobs.sort_by { |j| j[:id] }.each_with_object({}) { |j, by_name| by_name[j[:name]] = j }.values
    stage_tallies = {}
    total = Tally.empty
    last_attempts.each do |job|
      raise ArgumentError, "unknown stage #{job[:stage].inspect}" unless stages.include?(job[:stage])

      (stage_tallies[job[:stage]] ||= Tally.empty).add(job)
      total.add(job)
    end
    rows = stages.uniq.filter_map do |name|
      t = stage_tallies[name]
      t && { name: name, status: t.status, warnings: t.warnings }
    end
    { status: total.status, warnings: total.warnings, stages: rows }
  end
end
