# frozen_string_literal: true

# Turns titles into URL path slugs ("Héllo, Wörld!" => "hello-world"), unique within a namespace.
module Slugger
  DEFAULT_MAX_LENGTH = 40
  RESERVED = %w[admin api edit help new].freeze
  TRANSLITERATIONS = { 'ß' => 'ss', 'æ' => 'ae', 'œ' => 'oe', 'ø' => 'o', 'ł' => 'l', 'đ' => 'd' }.freeze

  # One title being turned into a slug of at most max_length characters.
  class Title
    FOLD = Regexp.union(TRANSLITERATIONS.keys)

    def initialize(text, max_length)
      @text = text.to_s
      @max = max_length
    end

    def slug
      s = Title.cut(separated, @max)
      s == '' ? 'untitled' : s
    end

    def self.cut(slug, max)
      return slug unless slug.length > max

      kept = slug[0, max]
      word_cut = slug[max] != '-'
      last_dash = kept.rindex('-')
      kept = kept[0, last_dash] if word_cut && last_dash
      kept.end_with?('-') ? kept[0...-1] : kept
    end

    private

    def separated
      folded = @text.unicode_normalize(:nfkd).gsub(/\p{Mn}/, '').downcase.gsub(FOLD) { |c| TRANSLITERATIONS[c] }
      folded.split(/[^a-z0-9]+/).reject(&:empty?).join('-')
    end
  end

  def self.slugify(title, max_length: DEFAULT_MAX_LENGTH)
    Title.new(title, max_length).slug
  end

  # The slug of title, or, when it is taken or reserved, the slug with the first free suffix -2, -3, ...
  def self.unique(title, taken:, max_length: DEFAULT_MAX_LENGTH)
    base = slugify(title, max_length: max_length)
    blocked = ->(s) { taken.include?(s) || RESERVED.include?(s) }
    return base unless blocked.call(base)

    2.step do |n|
      tail = "-#{n}"
      option = Title.cut(base, max_length - tail.length) + tail
      return option unless blocked.call(option)
    end
  end
end
