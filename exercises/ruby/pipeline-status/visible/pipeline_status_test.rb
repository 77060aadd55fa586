# frozen_string_literal: true

require 'minitest/autorun'
require_relative 'pipeline_status'

class PipelineStatusTest < Minitest::Test
  STAGES = %w[build test deploy].freeze

  def job(id, name, stage, status, allow_failure: false)
    { id: id, name: name, stage: stage, status: status, allow_failure: allow_failure }
  end

  def test_all_jobs_passed
    jobs = [job(1, 'compile', 'build', 'success'), job(2, 'rspec', 'test', 'success')]
    assert_equal({ status: 'success', warnings: false,
                   stages: [{ name: 'build', status: 'success', warnings: false },
                            { name: 'test', status: 'success', warnings: false }] },
                 PipelineStatus.compose(STAGES, jobs))
  end

  def test_failed_job_fails_its_stage_and_the_pipeline
    jobs = [job(1, 'compile', 'build', 'success'), job(2, 'rspec', 'test', 'failed'),
            job(3, 'production', 'deploy', 'skipped')]
    result = PipelineStatus.compose(STAGES, jobs)
    assert_equal 'failed', result[:status]
    assert_equal(%w[success failed skipped], result[:stages].map { |s| s[:status] })
  end

  def test_allowed_failure_passes_with_warnings
    jobs = [job(1, 'rspec', 'test', 'success'), job(2, 'rubocop', 'test', 'failed', allow_failure: true)]
    result = PipelineStatus.compose(STAGES, jobs)
    assert_equal 'success', result[:status]
    assert result[:warnings]
    assert_equal [{ name: 'test', status: 'success', warnings: true }], result[:stages]
  end

  def test_jobs_still_running
    jobs = [job(1, 'compile', 'build', 'success'), job(2, 'rspec', 'test', 'running'),
            job(3, 'production', 'deploy', 'created')]
    assert_equal 'running', PipelineStatus.compose(STAGES, jobs)[:status]
  end
end
