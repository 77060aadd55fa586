# frozen_string_literal: true

# Finds GitLab-style issue (#12) and merge request (!34) references in text.
module ReferenceExtractor
  SEGMENT = '[A-Za-z0-9_.-]+'
  PATTERN = %r{(?:\A|(?<=[\s(]))(?<project>#{SEGMENT}(?:/#{SEGMENT})+)?(?<sigil>[#!])(?<iid>\d+)\b}
  TYPES = { '#' => :issue, '!' => :merge_request }.freeze

  # Returns [{ type: :issue | :merge_request, project: String | nil, iid: Integer }, ...]
  def self.extract(text)
    without_code = text.gsub(/`[^`]*`/) { |span| ' ' * span.length }
    refs = without_code.to_enum(:scan, PATTERN).map do
      m = Regexp.last_match
      { type: TYPES.fetch(m[:sigil]), project: m[:project], iid: m[:iid].to_i }
    end
    refs.uniq
  end
end
