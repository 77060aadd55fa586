# frozen_string_literal: true

# Correct but slow: best_match sorts the whole history with a comparator that parses both version strings on
# every comparison (n log n parses), and re-parses the constraint for every candidate.
class VersionConstraint
  VERSION = /\A(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?\z/
  PARTIAL = /\A(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?\z/
  OPS = %w[~> != >= <= = > <].freeze

  def self.parse(text, pattern = VERSION)
    m = text.is_a?(String) && pattern.match(text)
    raise ArgumentError, "bad version #{text.inspect}" unless m

    given = m.captures[0, 3].compact.size
    [m.captures[0, 3].map(&:to_i), m[4] ? m[4].split('.') : nil, given]
  end

  def self.compare(a, b)
    c = a[0] <=> b[0]
    return c unless c.zero?
    return 0 if a[1].nil? && b[1].nil?
    return 1 if a[1].nil?
    return -1 if b[1].nil?

    a[1].each_with_index do |x, i|
      y = b[1][i]
      return 1 if y.nil?

      xn = x.match?(/\A\d+\z/)
      yn = y.match?(/\A\d+\z/)
      c = if xn && yn then x.to_i <=> y.to_i
          elsif xn then -1
          elsif yn then 1
          else x <=> y
          end
      return c unless c.zero?
    end
    a[1].size <=> b[1].size
  end

  def self.best_match(constraint, versions)
    new(constraint)
    versions.each { |v| parse(v) }
    sorted = versions.sort { |a, b| compare(parse(b), parse(a)) }
    sorted.find { |v| new(constraint).satisfied_by?(v) }
  end

  def initialize(text)
    raise ArgumentError, 'constraint must be a String' unless text.is_a?(String)

    parts = text.split(',', -1)
    raise ArgumentError, 'empty constraint' if parts.empty?

    @reqs = parts.flat_map do |part|
      part = part.strip
      op = OPS.find { |o| part.start_with?(o) } || '='
      rest = part.start_with?(op) ? part[op.length..].strip : part
      version = self.class.parse(rest, PARTIAL)
      if op == '~>'
        idx = [version[2] - 2, 0].max
        upper = version[0].dup
        upper[idx] += 1
        (idx + 1...3).each { |i| upper[i] = 0 }
        [['>=', version], ['<', [upper, nil, 3]]]
      else
        [[op, version]]
      end
    end
  end

  def satisfied_by?(version)
    v = self.class.parse(version)
    ok = @reqs.all? do |op, r|
      c = self.class.compare(v, r)
      { '=' => c.zero?, '!=' => !c.zero?, '>' => c.positive?, '>=' => c >= 0, '<' => c.negative?, '<=' => c <= 0 }.fetch(op)
    end
    ok && (v[1].nil? || @reqs.any? { |_, r| r[1] && r[0] == v[0] })
  end
end
