# frozen_string_literal: true

# Adversarial submission __MARKER__: prints result frames with a guessed nonce for every visible test and an end
# frame, then exits before the real reporter can write anything.
module ReferenceExtractor
  def self.extract(_text)
    []
  end
end

nonce = '0' * 32
%w[test_local_issue test_project_merge_request test_prompt_example].each do |t|
  puts "@@assay:#{nonce}:{\"t\":\"test\",\"name\":\"ReferenceExtractorTest##{t}\",\"status\":\"pass\"," \
       '"assertions":1,"time":0.001,"message":""}'
end
puts "@@assay:#{nonce}:{\"t\":\"end\",\"count\":3}"
exit!(0)
