# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../lib/slugger'

class SluggerTest < Minitest::Test
  SLUGS = {
    ['Héllo, Wörld!'] => 'hello-world',
    ['Straße & Smørrebrød'] => 'strasse-smorrebrod',
    ['snake_case_name'] => 'snake-case-name',
    ['a  -  b'] => 'a-b',
    ['¿¿??'] => 'untitled',
    ['', {}] => 'untitled',
    ['fix the pipeline', { max_length: 10 }] => 'fix-the',
    ['fix the pipeline', { max_length: 7 }] => 'fix-the',
    ['supercalifragilistic', { max_length: 5 }] => 'super'
  }.freeze

  def test_slugify_table
    SLUGS.each do |(title, opts), want|
      assert_equal want, Slugger.slugify(title, **(opts || {})), "slugify(#{title.inspect}, #{opts.inspect})"
    end
  end

  def test_unique_table
    [
      ['Deploy', [], 40, 'deploy'],
      ['Deploy', %w[deploy], 40, 'deploy-2'],
      ['Deploy', %w[deploy deploy-2], 40, 'deploy-3'],
      ['edit', [], 40, 'edit-2'],
      ['abcdefghij', %w[abcdefghij], 10, 'abcdefgh-2']
    ].each do |title, taken, max, want|
      got = Slugger.unique(title, taken: taken, max_length: max)
      assert_equal want, got, "unique(#{title.inspect}, taken: #{taken.inspect}, max_length: #{max})"
      assert_operator got.length, :<=, max
    end
  end
end
