# frozen_string_literal: true

# Finds GitLab-style issue (#12) and merge request (!34) references in text.
module ReferenceExtractor
  # Returns [{ type: :issue | :merge_request, project: String | nil, iid: Integer }, ...]
  def self.extract(text)
    # TODO: implement
    []
  end
end
