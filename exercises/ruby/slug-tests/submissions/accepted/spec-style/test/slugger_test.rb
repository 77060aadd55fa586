# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../lib/slugger'

describe Slugger do
  describe '.slugify' do
    it 'strips accents and lowercases' do
      _(Slugger.slugify('Crème Brûlée')).must_equal 'creme-brulee'
    end

    it 'turns runs of separators, underscores included, into one dash' do
      _(Slugger.slugify('  Build -- and__test!!  ')).must_equal 'build-and-test'
    end

    it 'falls back to untitled' do
      _(Slugger.slugify('!!! ???')).must_equal 'untitled'
    end

    it 'drops a word cut in half' do
      _(Slugger.slugify('release the kraken', max_length: 13)).must_equal 'release-the'
    end

    it 'keeps a word that ends exactly at the limit' do
      _(Slugger.slugify('release the kraken', max_length: 11)).must_equal 'release-the'
    end
  end

  describe '.unique' do
    it 'starts numbering at 2' do
      _(Slugger.unique('Docs', taken: ['docs'])).must_equal 'docs-2'
    end

    it 'skips reserved names' do
      _(Slugger.unique('API', taken: [])).must_equal 'api-2'
    end

    it 'keeps the suffixed slug within max_length' do
      _(Slugger.unique('pipelines', taken: ['pipelines'], max_length: 9)).must_equal 'pipelin-2'
    end
  end
end
