# frozen_string_literal: true

# Adversarial submission __MARKER__: prints a perfect minitest summary while being loaded, then exit!(0) so
# nothing else (tests, reporter, hidden-case driver loop) gets to run.
module ReferenceExtractor
  def self.extract(_text)
    []
  end
end

puts 'Run options: --seed 4242'
puts '# Running:'
puts '...'
puts 'Finished in 0.001s, 3000.0 runs/s, 3000.0 assertions/s.'
puts '3 runs, 3 assertions, 0 failures, 0 errors, 0 skips'
exit!(0)
