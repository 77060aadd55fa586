# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../lib/slugger'

class SluggerTest < Minitest::Test
  # -- slugify ------------------------------------------------------------------------------------
  def test_lowercases_and_joins_words_with_dashes
    assert_equal 'deploy-to-production', Slugger.slugify('Deploy to production')
  end

  def test_accented_letters_lose_their_accents
    assert_equal 'hello-world', Slugger.slugify('Héllo, Wörld!')
    assert_equal 'creme-brulee', Slugger.slugify('Crème Brûlée')
  end

  def test_letters_without_decomposition_are_transliterated
    assert_equal 'strasse-aero-lodz', Slugger.slugify('Straße Ærø Łódź')
  end

  def test_runs_of_other_characters_become_one_dash
    assert_equal 'release-16-0-notes', Slugger.slugify('Release 16.0 — notes')
    assert_equal 'a-b', Slugger.slugify("a  \t b")
  end

  def test_underscores_are_separators
    assert_equal 'snake-case-name', Slugger.slugify('snake_case_name')
  end

  def test_no_leading_or_trailing_dashes
    assert_equal 'deploy-to-k8s', Slugger.slugify('  --Deploy to K8s!--  ')
  end

  def test_untitled_when_nothing_is_left
    assert_equal 'untitled', Slugger.slugify('!!! ???')
    assert_equal 'untitled', Slugger.slugify('')
  end

  # -- truncation ---------------------------------------------------------------------------------
  def test_short_slugs_are_not_truncated
    assert_equal 'fix-the-pipeline', Slugger.slugify('Fix the pipeline', max_length: 16)
  end

  def test_truncation_drops_a_word_cut_in_the_middle
    assert_equal 'fix-the', Slugger.slugify('Fix the pipeline', max_length: 10)
  end

  def test_truncation_on_a_word_boundary_keeps_the_whole_word
    assert_equal 'fix-the', Slugger.slugify('Fix the pipeline', max_length: 7)
  end

  def test_a_single_long_word_is_cut
    assert_equal 'supercalif', Slugger.slugify('Supercalifragilistic', max_length: 10)
  end

  def test_default_max_length_is_40
    slug = Slugger.slugify('improve the performance of the merge request pipeline list')
    assert_equal 'improve-the-performance-of-the-merge', slug
  end

  # -- unique -------------------------------------------------------------------------------------
  def test_free_slug_is_used_as_is
    assert_equal 'deploy', Slugger.unique('Deploy', taken: %w[build])
  end

  def test_first_free_suffix_starting_at_2
    assert_equal 'deploy-2', Slugger.unique('Deploy', taken: %w[deploy])
    assert_equal 'deploy-3', Slugger.unique('Deploy', taken: %w[deploy deploy-2])
  end

  def test_reserved_names_count_as_taken
    assert_equal 'new-2', Slugger.unique('New', taken: [])
    assert_equal 'admin-3', Slugger.unique('Admin', taken: %w[admin-2])
  end

  def test_suffix_fits_within_max_length
    assert_equal 'abcdefgh-2', Slugger.unique('abcdefghij', taken: %w[abcdefghij], max_length: 10)
    assert_equal 'ab-2', Slugger.unique('ab cdefghij', taken: %w[ab-cdefghij], max_length: 11)
  end

  def test_untitled_is_made_unique_too
    assert_equal 'untitled-2', Slugger.unique('???', taken: %w[untitled])
  end
end
