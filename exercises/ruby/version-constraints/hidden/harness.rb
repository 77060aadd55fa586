# frozen_string_literal: true

# Adapters from a case's "call" + "input" to VersionConstraint; they return plain JSON data.
module VersionConstraintHarness
  def self.guard
    yield
  rescue ArgumentError
    { 'error' => 'ArgumentError' }
  end

  # A long release history generated from a count: every 11th version is a prerelease; order is scrambled.
  def self.generated_versions(count)
    Array.new(count) do |i|
      k = (i * 7919) % count
      version = "#{k % 5}.#{(k / 5) % 60}.#{k / 300}"
      (k % 11).zero? ? "#{version}-rc.#{k % 13}" : version
    end
  end
end

ASSAY_HANDLERS = {
  # The versions (in input order) that satisfy the constraint.
  'satisfying' => lambda do |input|
    VersionConstraintHarness.guard do
      constraint = VersionConstraint.new(input['constraint'])
      input['versions'].select { |v| constraint.satisfied_by?(v) }
    end
  end,
  # For each constraint text: "ok" when it parses, else the class of the error it raised.
  'constraint_errors' => lambda do |input|
    input.map do |text|
      VersionConstraint.new(text)
      'ok'
    rescue StandardError => e
      e.class.name
    end
  end,
  'best_match' => lambda do |input|
    VersionConstraintHarness.guard { VersionConstraint.best_match(input['constraint'], input['versions']) }
  end,
  'best_match_generated' => lambda do |input|
    versions = VersionConstraintHarness.generated_versions(input['count'])
    VersionConstraint.best_match(input['constraint'], versions)
  end
}.freeze
