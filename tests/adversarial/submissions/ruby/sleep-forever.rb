# frozen_string_literal: true

# Adversarial submission __MARKER__: extract sleeps forever, and ignores the Timeout::Error the driver raises to
# end a case (it goes straight back to sleep).
module ReferenceExtractor
  def self.extract(_text)
    loop do
      sleep
    rescue Exception # rubocop:disable Lint/RescueException
      next
    end
  end
end

$0 = '__MARKER__'
