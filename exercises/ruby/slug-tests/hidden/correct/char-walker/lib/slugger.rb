# frozen_string_literal: true

# Turns titles into URL path slugs ("Héllo, Wörld!" => "hello-world"), unique within a namespace.
module Slugger
  DEFAULT_MAX_LENGTH = 40
  RESERVED = %w[admin api edit help new].freeze
  TRANSLITERATIONS = { 'ß' => 'ss', 'æ' => 'ae', 'œ' => 'oe', 'ø' => 'o', 'ł' => 'l', 'đ' => 'd' }.freeze

  class << self
    def slugify(title, max_length: DEFAULT_MAX_LENGTH)
      words = []
      current = +''
      plain(title).each_char do |ch|
        if ch.match?(/[a-z0-9]/)
          current << ch
        elsif !current.empty?
          words << current
          current = +''
        end
      end
      words << current unless current.empty?
      slug = shorten(words.join('-'), max_length)
      slug.empty? ? 'untitled' : slug
    end

    # The slug of title, or the slug with the first free suffix -2, -3, ... when it is taken or reserved.
    def unique(title, taken:, max_length: DEFAULT_MAX_LENGTH)
      base = slugify(title, max_length: max_length)
      n = 1
      candidate = base
      while taken.include?(candidate) || RESERVED.include?(candidate)
        n += 1
        suffix = "-#{n}"
        candidate = "#{shorten(base, max_length - suffix.length)}#{suffix}"
      end
      candidate
    end

    private

    def plain(title)
      decomposed = title.to_s.unicode_normalize(:nfkd)
      stripped = decomposed.each_char.reject { |ch| ch.match?(/\p{Mn}/) }.join.downcase
      stripped.each_char.map { |ch| TRANSLITERATIONS.fetch(ch, ch) }.join
    end

    def shorten(slug, limit)
      return slug if slug.length <= limit

      head = slug[0, limit]
      if slug[limit] != '-' && (boundary = head.rindex('-'))
        head = head[0, boundary]
      end
      head.chomp('-')
    end
  end
end
