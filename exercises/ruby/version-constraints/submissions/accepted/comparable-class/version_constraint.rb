# frozen_string_literal: true

# Semantic versions ("1.4.2", "2.0.0-rc.1") and constraints on them ("~> 1.4", ">= 1.2, < 2").
class VersionConstraint
  # A parsed version; `given` is how many of the three numbers the text had (constraints may leave some out).
  class Version
    include Comparable

    IDENT = /\A[0-9A-Za-z-]+\z/
    attr_reader :numbers, :pre, :given

    def self.parse(text, partial: false)
      raise ArgumentError, "not a version: #{text.inspect}" unless text.is_a?(String)

      core, sep, tag = text.partition('-')
      parts = core.split('.', -1)
      counts = partial ? (1..3) : (3..3)
      unless counts.cover?(parts.size) && parts.all? { |p| p.match?(/\A\d+\z/) }
        raise ArgumentError, "not a version: #{text.inspect}"
      end

      pre = []
      unless sep.empty?
        pre = tag.split('.', -1)
        raise ArgumentError, "bad prerelease in #{text.inspect}" if pre.empty? || !pre.all? { |i| i.match?(IDENT) }
      end
      numbers = parts.map(&:to_i)
      new(numbers + [0] * (3 - numbers.size), pre, parts.size)
    end

    def initialize(numbers, pre, given = 3)
      @numbers = numbers
      @pre = pre
      @given = given
    end

    def prerelease? = !pre.empty?

    def <=>(other)
      by_numbers = numbers <=> other.numbers
      return by_numbers unless by_numbers.zero?
      return 0 if pre.empty? && other.pre.empty?
      return 1 if pre.empty?
      return -1 if other.pre.empty?

      pre.zip(other.pre).each do |a, b|
        return 1 if b.nil?

        c = compare_ident(a, b)
        return c unless c.zero?
      end
      pre.size <=> other.pre.size
    end

    private

    def compare_ident(a, b)
      a_num = a.match?(/\A\d+\z/)
      b_num = b.match?(/\A\d+\z/)
      return a.to_i <=> b.to_i if a_num && b_num
      return -1 if a_num
      return 1 if b_num

      a <=> b
    end
  end

  OPERATORS = {
    '=' => ->(v, r) { v == r }, '!=' => ->(v, r) { v != r },
    '>' => ->(v, r) { v > r }, '>=' => ->(v, r) { v >= r },
    '<' => ->(v, r) { v < r }, '<=' => ->(v, r) { v <= r }
  }.freeze
  REQUIREMENT = /\A\s*(~>|!=|>=|<=|>|<|=)?\s*([^\s,]+)\s*\z/

  # The highest version in versions (an Array of Strings) that satisfies constraint, or nil.
  def self.best_match(constraint, versions)
    c = new(constraint)
    parsed = versions.map { |text| [Version.parse(text), text] }
    parsed.select { |v, _| c.satisfies?(v) }.max_by(&:first)&.last
  end

  def initialize(text)
    raise ArgumentError, 'constraint must be a String' unless text.is_a?(String)

    @checks = text.split(',', -1).flat_map { |req| requirement(req) }
    raise ArgumentError, 'a constraint needs at least one requirement' if @checks.empty?

    @prerelease_triples = @checks.filter_map { |_, r| r.numbers if r.prerelease? }
  end

  # version: a String such as "1.4.2" or "2.0.0-rc.1".
  def satisfied_by?(version)
    satisfies?(Version.parse(version))
  end

  def satisfies?(version)
    return false unless @checks.all? { |op, ref| OPERATORS.fetch(op).call(version, ref) }

    !version.prerelease? || @prerelease_triples.include?(version.numbers)
  end

  private

  # One requirement → [[op, Version], ...] (a pessimistic requirement becomes two).
  def requirement(text)
    m = REQUIREMENT.match(text)
    raise ArgumentError, "bad requirement #{text.inspect}" unless m

    op = m[1] || '='
    version = Version.parse(m[2], partial: true)
    return [[op, version]] unless op == '~>'

    bump = version.given == 1 ? 0 : version.given - 2
    upper = version.numbers.each_with_index.map { |n, i| i < bump ? n : (i == bump ? n + 1 : 0) }
    [['>=', version], ['<', Version.new(upper, [])]]
  end
end
