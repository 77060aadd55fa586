# frozen_string_literal: true

# Evaluates a CI job's `rules:`. `if:` expressions are tokenized and parsed by recursive descent into nested
# arrays, then evaluated; `changes:` globs use File.fnmatch (the same matcher Ruby's Dir.glob uses).
module CiRules
  KEYS = %w[if changes when allow_failure].freeze
  WHENS = %w[on_success manual always never].freeze
  GLOB_FLAGS = File::FNM_PATHNAME | File::FNM_DOTMATCH | File::FNM_EXTGLOB

  def self.evaluate(rules, variables: {}, changes: nil)
    raise ArgumentError, 'rules must be an array' unless rules.is_a?(Array)

    compiled = rules.map { |rule| compile(rule) }
    compiled.each do |rule|
      next unless rule[:if].nil? || truthy?(rule[:if], variables)
      next unless rule[:changes].nil? || changes.nil? || changed?(rule[:changes], changes)
      return nil if rule[:when] == 'never'

      return { when: rule[:when], allow_failure: rule[:allow_failure] }
    end
    nil
  end

  def self.compile(rule)
    raise ArgumentError, 'a rule must be a hash' unless rule.is_a?(Hash)

    unknown = rule.keys - KEYS
    raise ArgumentError, "unknown rule keys #{unknown.inspect}" unless unknown.empty?

    out = { when: rule.fetch('when', 'on_success'), allow_failure: rule.fetch('allow_failure', false) }
    raise ArgumentError, "invalid when #{out[:when].inspect}" unless WHENS.include?(out[:when])
    raise ArgumentError, 'allow_failure must be true or false' unless [true, false].include?(out[:allow_failure])

    if rule.key?('changes')
      list = rule['changes']
      raise ArgumentError, 'changes must be a list of strings' unless list.is_a?(Array) && list.all?(String)

      out[:changes] = list
    end
    if rule.key?('if')
      raise ArgumentError, 'if must be a string' unless rule['if'].is_a?(String)

      out[:if] = Parser.new(rule['if']).parse
    end
    out
  end

  def self.changed?(patterns, paths)
    paths.any? { |path| patterns.any? { |pat| File.fnmatch?(pat, path, GLOB_FLAGS) } }
  end

  # Nodes: [:or, a, b], [:and, a, b], [:cmp, op, left, right], [:var, name], [:str, s], [:null], [:re, Regexp]
  def self.truthy?(node, vars)
    case node[0]
    when :or then truthy?(node[1], vars) || truthy?(node[2], vars)
    when :and then truthy?(node[1], vars) && truthy?(node[2], vars)
    when :var then !vars[node[1]].nil? && !vars[node[1]].empty?
    when :cmp
      op, left, right = node[1], value(node[2], vars), node[3]
      case op
      when '==' then left == value(right, vars)
      when '!=' then left != value(right, vars)
      when '=~' then !left.nil? && right[1].match?(left)
      when '!~' then left.nil? || !right[1].match?(left)
      end
    end
  end

  def self.value(node, vars)
    case node[0]
    when :var then vars[node[1]]
    when :str then node[1]
    when :null then nil
    end
  end

  # Recursive descent: or := and ('||' and)* ; and := primary ('&&' primary)* ;
  # primary := '(' or ')' | operand [cmp-op operand]
  class Parser
    def initialize(source)
      @source = source
      @pos = 0
      @after_match = false
    end

    def parse
      node = parse_or
      skip_space
      fail!('unexpected input') if @pos < @source.length
      node
    end

    private

    def fail!(why)
      raise ArgumentError, "invalid if expression #{@source.inspect}: #{why} at #{@pos}"
    end

    def skip_space
      @pos += 1 while @pos < @source.length && @source[@pos].match?(/\s/)
    end

    def accept(text)
      skip_space
      return false unless @source[@pos, text.length] == text

      @pos += text.length
      true
    end

    def parse_or
      node = parse_and
      node = [:or, node, parse_and] while accept('||')
      node
    end

    def parse_and
      node = parse_primary
      node = [:and, node, parse_primary] while accept('&&')
      node
    end

    def parse_primary
      if accept('(')
        node = parse_or
        fail!('missing )') unless accept(')')
        return node
      end
      left = operand
      fail!('regex on the left') if left[0] == :re
      op = %w[== != =~ !~].find { |o| accept(o) }
      if op.nil?
        fail!('a lone string or null is not a condition') unless left[0] == :var
        return left
      end
      right = operand
      regex_op = op.end_with?('~')
      fail!("#{op} needs a regex on the right") if regex_op && right[0] != :re
      fail!("#{op} cannot compare a regex") if !regex_op && right[0] == :re
      [:cmp, op, left, right]
    end

    def operand
      skip_space
      rest = @source[@pos..]
      if (m = rest.match(/\A\$([A-Za-z0-9_]+)/))
        @pos += m[0].length
        [:var, m[1]]
      elsif (m = rest.match(/\A"([^"]*)"|\A'([^']*)'/))
        @pos += m[0].length
        [:str, m[1] || m[2]]
      elsif (m = rest.match(/\Anull(?![A-Za-z0-9_])/))
        @pos += m[0].length
        [:null]
      elsif (m = rest.match(%r{\A/((?:\\.|[^\\/])*)/(i?)(?![A-Za-z0-9_])}))
        @pos += m[0].length
        begin
          [:re, Regexp.new(m[1].gsub('\\/', '/'), m[2] == 'i' ? Regexp::IGNORECASE : nil)]
        rescue RegexpError => e
          fail!("bad pattern (#{e.message})")
        end
      else
        fail!('missing operand')
      end
    end
  end
end
