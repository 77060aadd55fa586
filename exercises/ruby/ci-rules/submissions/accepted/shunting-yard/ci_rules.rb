# frozen_string_literal: true

require 'strscan'

# CI `rules:` evaluation. `if:` is lexed with StringScanner, comparisons are folded into boolean terms while
# lexing, and the resulting infix term/&&/||/parens stream is evaluated with the shunting-yard algorithm.
# `changes:` globs are translated into anchored regular expressions.
module CiRules
  VALID_KEYS = %w[if changes when allow_failure].freeze
  VALID_WHEN = %w[on_success manual always never].freeze
  PRECEDENCE = { '||' => 1, '&&' => 2 }.freeze

  def self.evaluate(rules, variables: {}, changes: nil)
    raise ArgumentError, 'rules: expected a list' unless rules.is_a?(Array)

    checked = rules.map { |r| check_rule(r) }
    hit = checked.find do |r|
      (r[:if].nil? || r[:if].call(variables)) && (r[:globs].nil? || changes.nil? || changes.any? { |p| r[:globs].any? { |g| g.match?(p) } })
    end
    return nil if hit.nil? || hit[:when] == 'never'

    { when: hit[:when], allow_failure: hit[:allow_failure] }
  end

  def self.check_rule(rule)
    raise ArgumentError, 'rule: expected a hash' unless rule.is_a?(Hash)

    rule.each_key { |k| raise ArgumentError, "rule: unknown key #{k.inspect}" unless VALID_KEYS.include?(k) }
    w = rule.key?('when') ? rule['when'] : 'on_success'
    raise ArgumentError, "rule: bad when #{w.inspect}" unless VALID_WHEN.include?(w)

    af = rule.key?('allow_failure') ? rule['allow_failure'] : false
    raise ArgumentError, 'rule: allow_failure must be a boolean' unless af == true || af == false

    globs = nil
    if rule.key?('changes')
      list = rule['changes']
      raise ArgumentError, 'rule: changes must list glob strings' unless list.is_a?(Array) && list.all? { |g| g.is_a?(String) }

      globs = list.map { |g| Glob.to_regexp(g) }
    end
    cond = rule.key?('if') ? Condition.compile(rule['if']) : nil
    { when: w, allow_failure: af, globs: globs, if: cond }
  end

  # Glob → Regexp: braces are expanded first (`{a,b}` alternates, nesting allowed), then `*`/`?` stay inside
  # one path segment, `**/` is any number of directories and `[...]` is a character class; every other
  # character is literal.
  module Glob
    def self.to_regexp(glob)
      Regexp.new("\\A(?:#{expand(glob).map { |g| translate(g) }.join('|')})\\z")
    rescue RegexpError => e
      raise ArgumentError, "bad glob #{glob.inspect}: #{e.message}"
    end

    # "{a,b/**}/z" -> ["a/z", "b/**/z"]; an unbalanced brace stays literal.
    def self.expand(glob)
      open = glob.index('{')
      return [glob] if open.nil?

      depth = 0
      cuts = []
      close = nil
      (open...glob.length).each do |i|
        case glob[i]
        when '{' then depth += 1
        when '}'
          depth -= 1
          if depth.zero?
            close = i
            break
          end
        when ',' then cuts << i if depth == 1
        end
      end
      if close.nil?
        return expand(glob[(open + 1)..]).map { |rest| "#{glob[0..open]}#{rest}" }
      end

      bounds = [open, *cuts, close]
      head = glob[0...open]
      tails = expand(glob[(close + 1)..])
      bounds.each_cons(2).flat_map do |a, b|
        expand(glob[(a + 1)...b]).flat_map { |alt| tails.map { |t| "#{head}#{alt}#{t}" } }
      end
    end

    def self.translate(glob)
      out = +''
      i = 0
      while i < glob.length
        c = glob[i]
        if glob[i, 3] == '**/'
          out << '(?:[^/]*/)*'
          i += 3
          next
        end
        case c
        when '*' then out << '[^/]*'
        when '?' then out << '[^/]'
        when '['
          close = glob.index(']', i + 1)
          if close
            body = glob[(i + 1)...close]
            body = "^#{body[1..]}" if body.start_with?('!')
            out << "[#{body.gsub('/', '')}]"
            i = close
          else
            out << '\\['
          end
        when '\\'
          i += 1
          out << Regexp.escape(glob[i].to_s)
        else out << Regexp.escape(c)
        end
        i += 1
      end
      out
    end
  end

  # An `if:` expression compiled into a lambda over the variables.
  module Condition
    Term = Struct.new(:test) # a boolean leaf: test.call(vars) -> true/false

    def self.compile(source)
      raise ArgumentError, 'if: expected a string' unless source.is_a?(String)

      postfix = to_postfix(lex(source), source)
      ->(vars) { run(postfix, vars) }
    end

    def self.lex(source)
      s = StringScanner.new(source)
      raw = []
      until s.eos?
        next if s.skip(/\s+/)

        raw << if s.scan(/\$(\w+)/) then [:value, :var, s[1]]
               elsif s.scan(/"([^"]*)"/) || s.scan(/'([^']*)'/) then [:value, :str, s[1]]
               elsif s.scan(/null\b/) then [:value, :null, nil]
               elsif s.scan(%r{/((?:\\.|[^\\/])*)/([a-z]*)}) then [:regex, s[1], s[2]]
               elsif s.scan(/==|!=|=~|!~/) then [:cmp, s.matched]
               elsif s.scan(/&&|\|\|/) then [:bool, s.matched]
               elsif s.scan(/[()]/) then [:paren, s.matched]
               else raise ArgumentError, "if: unexpected #{s.rest[0, 10].inspect} in #{source.inspect}"
               end
      end
      fold(raw, source)
    end

    # Turns `value cmp value|regex` and lone variables into Terms; leaves &&, ||, parens.
    def self.fold(raw, source)
      out = []
      i = 0
      while i < raw.length
        tok = raw[i]
        case tok[0]
        when :bool, :paren
          out << tok
          i += 1
        when :value
          if raw[i + 1]&.first == :cmp
            out << comparison(tok, raw[i + 1][1], raw[i + 2], source)
            i += 3
          else
            raise ArgumentError, "if: a lone #{tok[1]} is not a condition in #{source.inspect}" unless tok[1] == :var

            out << present(tok[2])
            i += 1
          end
        else raise ArgumentError, "if: misplaced #{tok[1]} in #{source.inspect}"
        end
      end
      out
    end

    def self.present(name)
      Term.new(->(v) { !v[name].nil? && v[name] != '' })
    end

    def self.comparison(left, op, right, source)
      raise ArgumentError, "if: #{op} without a right operand in #{source.inspect}" if right.nil?

      get = ->(tok, vars) { tok[1] == :var ? vars[tok[2]] : tok[2] }
      if op == '=~' || op == '!~'
        raise ArgumentError, "if: #{op} needs a /regex/ in #{source.inspect}" unless right[0] == :regex
        raise ArgumentError, "if: bad regex flags #{right[2]}" unless ['', 'i'].include?(right[2])

        begin
          re = Regexp.new(right[1].gsub('\\/', '/'), right[2] == 'i' ? Regexp::IGNORECASE : nil)
        rescue RegexpError => e
          raise ArgumentError, "if: bad regex: #{e.message}"
        end
        matches = ->(v) { (x = get.call(left, v)).nil? ? false : re.match?(x) }
        return Term.new(op == '=~' ? matches : ->(v) { !matches.call(v) })
      end
      raise ArgumentError, "if: #{op} compares values, not #{right[0]}, in #{source.inspect}" unless right[0] == :value

      Term.new(op == '==' ? ->(v) { get.call(left, v) == get.call(right, v) } : ->(v) { get.call(left, v) != get.call(right, v) })
    end

    # Shunting-yard; also checks that terms and operators alternate.
    def self.to_postfix(tokens, source)
      bad = -> { raise ArgumentError, "if: invalid expression #{source.inspect}" }
      output = []
      stack = []
      want_term = true
      tokens.each do |tok|
        if tok.is_a?(Term)
          bad.call unless want_term
          output << tok
          want_term = false
        elsif tok[0] == :bool
          bad.call if want_term
          output << stack.pop while stack.any? && stack.last != '(' && PRECEDENCE[stack.last] >= PRECEDENCE[tok[1]]
          stack << tok[1]
          want_term = true
        elsif tok[1] == '('
          bad.call unless want_term
          stack << '('
        else
          bad.call if want_term
          output << stack.pop while stack.any? && stack.last != '('
          bad.call if stack.empty?
          stack.pop
        end
      end
      bad.call if want_term
      until stack.empty?
        top = stack.pop
        bad.call if top == '('
        output << top
      end
      output
    end

    def self.run(postfix, vars)
      values = []
      postfix.each do |tok|
        if tok.is_a?(Term)
          values << tok.test.call(vars)
        else
          b = values.pop
          a = values.pop
          values << (tok == '&&' ? (a && b) : (a || b))
        end
      end
      values.fetch(0)
    end
  end
end
