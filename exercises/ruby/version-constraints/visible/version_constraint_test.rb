# frozen_string_literal: true

require 'minitest/autorun'
require_relative 'version_constraint'

class VersionConstraintTest < Minitest::Test
  def satisfying(constraint, versions)
    parsed = VersionConstraint.new(constraint)
    versions.select { |v| parsed.satisfied_by?(v) }
  end

  def test_compound_constraint
    assert_equal %w[1.2.0 1.9.3], satisfying('>= 1.2, < 2', %w[1.1.0 1.2.0 1.9.3 2.0.0])
  end

  def test_pessimistic_operator
    assert_equal %w[1.4.0 1.9.1], satisfying('~> 1.4', %w[1.3.9 1.4.0 1.9.1 2.0.0])
  end

  def test_best_match_picks_highest
    assert_equal '1.9.3', VersionConstraint.best_match('>= 1.2, < 2', %w[1.2.0 1.9.3 1.5.7 2.0.0])
    assert_nil VersionConstraint.best_match('> 3', %w[1.2.0 2.0.0])
  end

  def test_invalid_constraint
    assert_raises(ArgumentError) { VersionConstraint.new('>> 1.2') }
  end
end
