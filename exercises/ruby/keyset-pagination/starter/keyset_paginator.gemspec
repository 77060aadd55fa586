# frozen_string_literal: true

Gem::Specification.new do |spec|
  spec.name = 'keyset_paginator'
  spec.version = '0.4.1'
  spec.summary = 'Keyset (cursor) pagination for API list endpoints'
  spec.authors = ['API team']
  spec.license = 'MIT'
  spec.files = Dir['lib/**/*.rb']
  spec.required_ruby_version = '>= 3.1'
  spec.add_development_dependency 'minitest', '~> 5.17'
end
