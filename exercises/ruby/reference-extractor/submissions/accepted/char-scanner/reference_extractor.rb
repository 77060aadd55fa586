# frozen_string_literal: true

# Finds GitLab-style issue (#12) and merge request (!34) references with a hand-written scanner: no regexp
# decides where a reference starts or ends.
module ReferenceExtractor
  SIGILS = { '#' => :issue, '!' => :merge_request }.freeze
  PATH_CHARS = ('a'..'z').to_a + ('A'..'Z').to_a + ('0'..'9').to_a + %w[_ . - /]
  PATH_CHAR = PATH_CHARS.to_h { |c| [c, true] }.freeze
  WHITESPACE = [' ', "\t", "\n", "\r", "\f", "\v"].freeze
  ENDERS = ['.', ',', ';', ':', '!', '?', ')'].freeze

  def self.extract(text)
    chars = mask_code(text.chars)
    found = []
    seen = {}
    chars.each_index do |i|
      next unless i.zero? || WHITESPACE.include?(chars[i - 1]) || chars[i - 1] == '('

      ref = reference_at(chars, i)
      next if ref.nil?

      key = [ref[:type], ref[:project], ref[:iid]]
      next if seen[key]

      seen[key] = true
      found << ref
    end
    found
  end

  # Replaces every character of a closed `code span` (backticks included) with a space.
  def self.mask_code(chars)
    out = chars.dup
    open_at = nil
    chars.each_with_index do |c, i|
      next unless c == '`'

      if open_at.nil?
        open_at = i
      else
        (open_at..i).each { |k| out[k] = ' ' }
        open_at = nil
      end
    end
    out
  end

  def self.reference_at(chars, start)
    j = start
    j += 1 while j < chars.size && PATH_CHAR[chars[j]]
    sigil = chars[j]
    return nil unless SIGILS.key?(sigil)

    project = chars[start...j].join
    return nil unless project.empty? || project_path?(project)

    k = j + 1
    k += 1 while k < chars.size && chars[k] >= '0' && chars[k] <= '9'
    return nil if k == j + 1
    return nil unless k == chars.size || WHITESPACE.include?(chars[k]) || ENDERS.include?(chars[k])

    { type: SIGILS[sigil], project: project.empty? ? nil : project, iid: chars[(j + 1)...k].join.to_i }
  end

  def self.project_path?(path)
    segments = path.split('/', -1)
    segments.size >= 2 && segments.none?(&:empty?)
  end
end
