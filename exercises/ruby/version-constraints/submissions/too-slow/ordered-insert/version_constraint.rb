# frozen_string_literal: true

# Semantic versions ("1.4.2", "2.0.0-rc.1") and constraints on them ("~> 1.4", ">= 1.2, < 2").
class VersionConstraint
  # A parsed version: numeric release segments plus prerelease identifiers (Integers and Strings).
  class Version
    include Comparable
    PATTERN = /\A(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?\z/.freeze

    attr_reader :release, :pre, :segments

    # full: true requires MAJOR.MINOR.PATCH; constraints may give fewer segments.
    def self.parse(text, full: true)
      m = PATTERN.match(text.to_s.strip)
      raise ArgumentError, "invalid version #{text.inspect}" if m.nil? || (full && m[3].nil?)

      new(m[1..3].compact.map(&:to_i), m[4].to_s.split('.').map { |id| id.match?(/\A\d+\z/) ? id.to_i : id })
    end

    def initialize(segments, pre)
      @segments = segments.size
      @release = segments + [0] * (3 - segments.size)
      @pre = pre
    end

    def prerelease?
      !pre.empty?
    end

    def <=>(other)
      by_release = release <=> other.release
      return by_release unless by_release.zero?
      return (prerelease? ? 0 : 1) <=> (other.prerelease? ? 0 : 1) unless prerelease? && other.prerelease?

      compare_pre(other.pre)
    end

    # The exclusive upper bound of "~> self": bump the next-to-last given segment (the major for one segment).
    def pessimistic_bound
      index = [segments - 2, 0].max
      bumped = release.first(index) + [release[index] + 1]
      Version.new(bumped + [0] * (3 - bumped.size), [])
    end

    private

    def compare_pre(other)
      pre.each_with_index do |id, i|
        return 1 if i >= other.size

        by_id = compare_identifier(id, other[i])
        return by_id unless by_id.zero?
      end
      pre.size <=> other.size
    end

    def compare_identifier(left, right)
      return left <=> right if left.instance_of?(right.class)

      left.is_a?(Integer) ? -1 : 1
    end
  end

  OPERATORS = {
    '=' => ->(v, c) { v == c }, '!=' => ->(v, c) { v != c },
    '>' => ->(v, c) { v > c }, '>=' => ->(v, c) { v >= c },
    '<' => ->(v, c) { v < c }, '<=' => ->(v, c) { v <= c }
  }.freeze
  REQUIREMENT = /\A\s*(~>|!=|>=|<=|>|<|=)?\s*(\S+)\s*\z/.freeze

  def self.best_match(constraint, versions)
    parsed = new(constraint)
    # Keeps the matching version strings in an ordered list, inserting each at its place.
    ordered = []
    versions.each do |text|
      v = Version.parse(text)
      next unless parsed.satisfied_by?(v)

      ordered.insert(ordered.index { |x| Version.parse(x) > v } || ordered.size, text)
    end
    ordered.last&.then { |t| format(Version.parse(t)) }
  end

  def self.format(version)
    version.release.join('.') + (version.prerelease? ? "-#{version.pre.join('.')}" : '')
  end

  def initialize(text)
    raise ArgumentError, 'empty constraint' if text.to_s.strip.empty?

    @comparators = text.split(',', -1).flat_map { |part| comparators(part) }
  end

  # version: a String or a parsed Version.
  def satisfied_by?(version)
    version = Version.parse(version) unless version.is_a?(Version)
    return false unless @comparators.all? { |op, c| OPERATORS.fetch(op).call(version, c) }

    !version.prerelease? || @comparators.any? { |_, c| c.prerelease? && c.release == version.release }
  end

  private

  def comparators(part)
    m = REQUIREMENT.match(part)
    raise ArgumentError, "invalid requirement #{part.inspect}" unless m

    version = Version.parse(m[2], full: false)
    return [['>=', version], ['<', version.pessimistic_bound]] if m[1] == '~>'

    [[m[1] || '=', version]]
  end
end
