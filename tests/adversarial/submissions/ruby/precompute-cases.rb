
# Adversarial addition __MARKER__: appended to a correct but slow solution. The hidden-case driver times each
# handler call, but loads this file first, untimed, with the cases file (inputs only) sitting in .assay/. So the
# slow work happens here, at load time, and extract answers every case from the cache: no patching, no flags.
if File.exist?('.assay/cases.json')
  require 'json'
  module ReferenceExtractor
    CACHE = JSON.parse(File.read('.assay/cases.json')).to_h { |c| [c['input'], extract(c['input'])] }

    class << self
      alias_method :__assay_adv_extract, :extract

      def extract(text)
        CACHE.fetch(text) { __assay_adv_extract(text) }
      end
    end
  end
end
