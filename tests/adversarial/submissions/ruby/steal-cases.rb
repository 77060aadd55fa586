# frozen_string_literal: true

# Adversarial submission __MARKER__: hunts for the expected answers. In the hidden-case driver it dumps the cases
# file and the harness (and copies the cases into the work dir); everywhere it tries the exercise's
# hidden/cases.json at its host path, and if that were readable extract would answer every case from it.
require 'json'

module ReferenceExtractor
  ANSWERS = {} # rubocop:disable Style/MutableConstant

  def self.extract(text)
    (ANSWERS[text] || []).map { |r| { type: r['type'].to_sym, project: r['project'], iid: r['iid'] } }
  end
end

if File.exist?('.assay/cases.json')
  raw = File.read('.assay/cases.json')
  warn "CASES-FILE: #{raw}"
  File.write('stolen-cases.json', raw)
  Dir.glob('.assay/*').each { |f| warn "ASSAY-FILE #{f}: #{File.size(f)} bytes" }
end
begin
  JSON.parse(File.read('__HOST_CASES__')).each { |c| ReferenceExtractor::ANSWERS[c['input']] = c['expected'] }
  warn 'HOST-CASES: OK'
rescue StandardError => e
  warn "HOST-CASES: FAIL #{e.class}"
end
