# frozen_string_literal: true

require 'strscan'

# Semantic versions and constraints. Versions become sort keys (arrays that compare with <=> the way semantic
# versioning orders them); a constraint is lexed with StringScanner into (operator, key) bounds.
class VersionConstraint
  NUM = /0|[1-9]\d*|\d+/
  PRE_ID = /[0-9A-Za-z-]+/
  RELEASE = [2].freeze # sorts after any prerelease marker [1, ...]

  # "2.0.0-rc.1" -> [[2, 0, 0], [1, [0, 'rc'], [-1, 1]]]; a release's tail is [2].
  # Numeric identifiers ([-1, n]) sort before alphanumeric ones ([0, s]); a shorter tag sorts first.
  def self.key(numbers, tag)
    return [numbers, RELEASE] if tag.nil?

    [numbers, [1, *tag.map { |id| id.match?(/\A\d+\z/) ? [-1, id.to_i] : [0, id] }]]
  end

  # Scans a version at s; partial allows 1 to 3 numbers. Returns [key, numbers given, prerelease?] or nil.
  def self.scan_version(s, partial)
    numbers = []
    return nil unless (n = s.scan(NUM))

    numbers << n.to_i
    while numbers.size < 3 && s.check(/\.\d/)
      s.skip(/\./)
      numbers << s.scan(NUM).to_i
    end
    return nil if numbers.size < (partial ? 1 : 3)

    given = numbers.size
    numbers += [0] * (3 - given)
    tag = nil
    if s.skip(/-/)
      tag = []
      loop do
        id = s.scan(PRE_ID) or return nil
        tag << id
        break unless s.skip(/\./)
      end
    end
    return nil if s.check(/[.\w-]/) # 1.2.3.4, 1.x, trailing junk glued to the version

    [key(numbers, tag), given, !tag.nil?, numbers]
  end

  def self.version_key(text)
    raise ArgumentError, "version must be a String, got #{text.inspect}" unless text.is_a?(String)

    s = StringScanner.new(text)
    v = scan_version(s, false)
    raise ArgumentError, "malformed version #{text.inspect}" unless v && s.eos?

    v
  end

  def self.best_match(constraint, versions)
    c = new(constraint)
    best = nil
    versions.each do |text|
      v = version_key(text)
      next unless c.accepts?(v)

      best = [v[0], text] if best.nil? || (v[0] <=> best[0]).positive?
    end
    best&.last
  end

  def initialize(text)
    raise ArgumentError, 'constraint must be a String' unless text.is_a?(String)

    @bounds = []
    @pre_triples = []
    s = StringScanner.new(text)
    loop do
      s.skip(/\s*/)
      op = s.scan(/~>|!=|>=|<=|=|>|</) || '='
      s.skip(/\s*/)
      v = self.class.scan_version(s, true) or raise ArgumentError, "expected a version at #{s.pos} in #{text.inspect}"
      add(op, v)
      s.skip(/\s*/)
      break if s.eos?

      s.skip(/,/) or raise ArgumentError, "expected a comma at #{s.pos} in #{text.inspect}"
    end
  end

  def satisfied_by?(version)
    accepts?(self.class.version_key(version))
  end

  def accepts?(parsed)
    key, _, pre, numbers = parsed
    return false if pre && !@pre_triples.include?(numbers)

    @bounds.all? do |op, bound|
      c = key <=> bound
      case op
      when '=' then c.zero?
      when '!=' then !c.zero?
      when '>' then c.positive?
      when '>=' then c >= 0
      when '<' then c.negative?
      when '<=' then c <= 0
      end
    end
  end

  private

  def add(op, parsed)
    key, given, pre, numbers = parsed
    @pre_triples << numbers if pre
    return @bounds << [op, key] unless op == '~>'

    @bounds << ['>=', key]
    upper = numbers.dup
    at = [given - 2, 0].max
    upper[at] += 1
    ((at + 1)...3).each { |i| upper[i] = 0 }
    @bounds << ['<', self.class.key(upper, nil)]
  end
end
