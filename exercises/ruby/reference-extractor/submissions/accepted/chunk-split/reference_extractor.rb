# frozen_string_literal: true

# Extracts issue/MR references by cutting the text into words at whitespace, taking each word and the rest of
# it after every "(" (the only places a reference may start), and matching the head of each.
module ReferenceExtractor
  HEAD = %r{\A(?:([\w.-]+(?:/[\w.-]+)+))?([#!])([0-9]+)(?:[.,;:!?)]|\z)}
  KINDS = { '#' => :issue, '!' => :merge_request }.freeze

  def self.extract(text)
    starts = without_code(text).split(/\s/).flat_map do |word|
      [word] + word.each_char.with_index.filter_map { |c, i| word[(i + 1)..] if c == '(' }
    end
    refs = starts.filter_map do |chunk|
      m = HEAD.match(chunk)
      m && { type: KINDS[m[2]], project: m[1], iid: Integer(m[3], 10) }
    end
    refs.uniq { |r| r.values_at(:type, :project, :iid) }
  end

  # Text between pairs of backticks becomes a single space; a last unpaired backtick stays literal.
  def self.without_code(text)
    parts = text.split('`', -1)
    out = +''
    parts.each_with_index do |part, i|
      if i.even?
        out << part
      elsif i == parts.size - 1
        out << '`' << part
      else
        out << ' '
      end
    end
    out
  end
end
