# frozen_string_literal: true

# Turns titles into URL path slugs ("Héllo, Wörld!" => "hello-world"), unique within a namespace.
module Slugger
  DEFAULT_MAX_LENGTH = 40
  RESERVED = %w[admin api edit help new].freeze
  TRANSLITERATIONS = { 'ß' => 'ss', 'æ' => 'ae', 'œ' => 'oe', 'ø' => 'o', 'ł' => 'l', 'đ' => 'd' }.freeze

  def self.slugify(title, max_length: DEFAULT_MAX_LENGTH)
    ascii = title.to_s.unicode_normalize(:nfkd).gsub(/\p{Mn}/, '').downcase
    ascii = ascii.gsub(/[#{TRANSLITERATIONS.keys.join}]/o, TRANSLITERATIONS)
    slug = truncate(ascii.gsub(/[^a-z0-9]+/, '-').delete_prefix('-').delete_suffix('-'), max_length)
    slug.empty? ? 'untitled' : slug
  end

  # The slug of title, or, when it is taken or reserved, the slug with the first free suffix -2, -3, ...
  # The result never exceeds max_length: the base is shortened to make room for the suffix.
  def self.unique(title, taken:, max_length: DEFAULT_MAX_LENGTH)
    base = slugify(title, max_length: max_length)
    return base unless unavailable?(base, taken)

    (1..).each do |n|
      suffix = "-#{n}"
      candidate = truncate(base, max_length - suffix.length) + suffix
      return candidate unless unavailable?(candidate, taken)
    end
  end

  def self.unavailable?(slug, taken)
    taken.include?(slug) || RESERVED.include?(slug)
  end

  # Cuts at max_length; a word cut in the middle is dropped when an earlier word boundary exists.
  def self.truncate(slug, max_length)
    return slug if slug.length <= max_length

    cut = slug[0, max_length]
    cut = cut[0, cut.rindex('-')] if slug[max_length] != '-' && cut.include?('-')
    cut.delete_suffix('-')
  end
  private_class_method :unavailable?, :truncate
end
