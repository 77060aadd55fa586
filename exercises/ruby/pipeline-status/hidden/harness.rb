# frozen_string_literal: true

# Adapters from a case's "call" + "input" to PipelineStatus.compose; they return plain JSON data.
module PipelineStatusHarness
  def self.symbolize(job)
    job.transform_keys(&:to_sym)
  end

  def self.plain(result)
    {
      'status' => result[:status],
      'warnings' => result[:warnings],
      'stages' => result[:stages].map { |s| { 'name' => s[:name], 'status' => s[:status], 'warnings' => s[:warnings] } }
    }
  end

  # A large pipeline where every job was retried: listed newest attempt first, so list order is not id order.
  # Latest attempts pass (some allowed to fail, some skipped); every earlier attempt failed.
  def self.generated_jobs(spec)
    names, attempts, stages = spec.values_at('names', 'attempts', 'stages')
    jobs = Array.new(names * attempts) do |i|
      n = i % names
      attempt = i / names
      { id: i + 1, name: "job-#{n}", stage: "stage-#{n % stages}", allow_failure: (n % 5).zero?,
        status: attempt < attempts - 1 ? 'failed' : latest_status(n) }
    end
    jobs.reverse
  end

  def self.latest_status(index)
    return 'failed' if (index % 5).zero?
    return 'skipped' if (index % 7).zero?

    'success'
  end
end

ASSAY_HANDLERS = {
  'compose' => lambda do |input|
    jobs = input['jobs'].map { |j| PipelineStatusHarness.symbolize(j) }
    PipelineStatusHarness.plain(PipelineStatus.compose(input['stages'], jobs))
  rescue ArgumentError
    { 'error' => 'ArgumentError' }
  end,
  'compose_generated' => lambda do |input|
    jobs = PipelineStatusHarness.generated_jobs(input)
    stages = Array.new(input['stages']) { |i| "stage-#{i}" }
    PipelineStatusHarness.plain(PipelineStatus.compose(stages, jobs))
  end
}.freeze
