# frozen_string_literal: true

require 'strscan'

# Evaluates a CI job's `rules:` (as parsed from .gitlab-ci.yml) against a pipeline's variables and changed files.
module CiRules
  RULE_KEYS = %w[if changes when allow_failure].freeze
  WHENS = %w[on_success manual always never].freeze
  GLOB_FLAGS = File::FNM_PATHNAME | File::FNM_DOTMATCH

  # Returns { when:, allow_failure: } for the first matching rule, or nil when the job is not added.
  def self.evaluate(rules, variables: {}, changes: nil)
    rules.each { |rule| validate(rule) }
    rule = rules.find { |r| matches?(r, variables, changes) }
    return nil if rule.nil? || rule['when'] == 'never'

    { when: rule.fetch('when', 'on_success'), allow_failure: rule.fetch('allow_failure', false) }
  end

  def self.validate(rule)
    unknown = rule.keys - RULE_KEYS
    raise ArgumentError, "unknown rule keys: #{unknown.join(', ')}" unless unknown.empty?
    raise ArgumentError, "invalid when: #{rule['when'].inspect}" if rule.key?('when') && !WHENS.include?(rule['when'])

    Expression.new(rule['if']) if rule.key?('if')
  end

  def self.matches?(rule, variables, changes)
    return false if rule.key?('if') && !Expression.new(rule['if']).evaluate(variables)
    return true if !rule.key?('changes') || changes.nil?

    rule['changes'].any? { |pattern| changes.any? { |path| File.fnmatch?(pattern, path, GLOB_FLAGS) } }
  end

  # A parsed `if:` expression. Grammar, loosest first:
  #   or := and ("||" and)* ; and := primary ("&&" primary)* ; primary := "(" or ")" | operand [op operand]
  class Expression
    TOKEN = %r{(?<op>&&|\|\||==|!=|=~|!~|\(|\))|\$(?<var>[A-Za-z_]\w*)|"(?<str>[^"]*)"|'(?<str>[^']*)'|
               /(?<regex>(?:\\.|[^/\\])*)/(?<flags>i?)|(?<null>null)\b}x.freeze
    COMPARISONS = %w[== != =~ !~].freeze

    def initialize(source)
      @tokens = tokenize(source.to_s)
      @pos = 0
      @tree = parse_or
      raise ArgumentError, "unexpected #{peek.inspect} in #{source.inspect}" unless peek.nil?
    end

    def evaluate(variables)
      eval_node(@tree, variables)
    end

    private

    def tokenize(source)
      scanner = StringScanner.new(source)
      tokens = []
      until scanner.skip(/\s*/) && scanner.eos?
        raise ArgumentError, "cannot parse #{scanner.rest.inspect}" unless scanner.scan(TOKEN)

        tokens << token(scanner)
      end
      tokens
    end

    def token(scanner)
      %i[op var str].each { |kind| return [kind, scanner[kind]] if scanner[kind] }
      return [:null, nil] if scanner[:null]

      [:regex, Regexp.new(scanner[:regex].gsub('\/', '/'), scanner[:flags] == 'i' ? Regexp::IGNORECASE : nil)]
    rescue RegexpError => e
      raise ArgumentError, e.message
    end

    def peek
      @tokens[@pos]
    end

    def take
      @tokens[@pos].tap { @pos += 1 }
    end

    def parse_or
      node = parse_and
      while peek == [:op, '||']
        take
        node = [:or, node, parse_and]
      end
      node
    end

    def parse_and
      node = parse_primary
      while peek == [:op, '&&']
        take
        node = [:and, node, parse_primary]
      end
      node
    end

    def parse_primary
      return parse_group if peek == [:op, '(']

      left = operand
      unless peek&.first == :op && COMPARISONS.include?(peek.last)
        raise ArgumentError, 'only a $VARIABLE can stand alone' unless left.first == :var

        return [:present, left]
      end
      comparison(left, take.last, operand)
    end

    def parse_group
      take
      node = parse_or
      raise ArgumentError, 'missing )' unless take == [:op, ')']

      node
    end

    def comparison(left, op, right)
      regex_op = %w[=~ !~].include?(op)
      raise ArgumentError, "#{op} needs a /regex/ on its right" if regex_op && right.first != :regex

      misplaced_regex = left.first == :regex || (!regex_op && right.first == :regex)
      raise ArgumentError, 'a /regex/ can only follow =~ or !~' if misplaced_regex

      [:compare, op, left, right]
    end

    def operand
      tok = take
      raise ArgumentError, "expected a value, got #{tok.inspect}" if tok.nil? || tok.first == :op

      tok
    end

    def eval_node(node, vars)
      case node.first
      when :or then eval_node(node[1], vars) || eval_node(node[2], vars)
      when :and then eval_node(node[1], vars) && eval_node(node[2], vars)
      when :present then !value(node[1], vars).to_s.empty?
      else compare(*node.drop(1), vars)
      end
    end

    def compare(op, left, right, vars)
      l = value(left, vars)
      case op
      when '==' then l == value(right, vars)
      when '!=' then l != value(right, vars)
      when '=~' then !l.nil? && right.last.match?(l)
      else l.nil? || !right.last.match?(l)
      end
    end

    # A variable's value (nil when undefined), a string literal, or nil for `null`.
    def value(operand, vars)
      operand.first == :var ? vars[operand.last] : operand[1]
    end
  end
end
