# frozen_string_literal: true

# Adversarial submission __MARKER__: while loading, reads host secrets ($HOME/.ssh, /etc/shadow, the canary
# files, the project's own files), dumps its environment, and tries to write, touch and delete outside its work
# dir (absolute paths, `..`, system dirs). "write-private" targets resolve inside the sandbox's own /tmp (a
# throwaway tmpfs), so those writes may succeed there; none may reach the host.
module ReferenceExtractor
  def self.extract(_text)
    []
  end
end

def __try(what)
  result = yield
  warn "FS #{what}: OK #{result.to_s[0, 200].inspect}"
rescue StandardError => e
  warn "FS #{what}: FAIL #{e.class}"
end

__try('read __HOST_HOME__/.ssh') { Dir.children('__HOST_HOME__/.ssh') }
__try('read /etc/shadow') { File.read('/etc/shadow') }
__try('read __CANARY_TMP__/SECRET.txt') { File.read('__CANARY_TMP__/SECRET.txt') }
__try('read __CANARY_HOME__/SECRET.txt') { File.read('__CANARY_HOME__/SECRET.txt') }
__try('read __REPO__/package.json') { File.read('__REPO__/package.json') }
__try('list __TMPDIR__') { Dir.children('__TMPDIR__').grep(/assay/) }
warn "FS env: #{ENV.to_h.inspect}"
__try('write-host __CANARY_TMP__/PWNED') { File.write('__CANARY_TMP__/PWNED-__MARKER__', 'x') }
__try('write-host __CANARY_HOME__/PWNED') { File.write('__CANARY_HOME__/PWNED-__MARKER__', 'x') }
__try('write-private __TMPDIR__/PWNED') { File.write('__TMPDIR__/PWNED-__MARKER__', 'x') }
__try('write-host __HOST_HOME__/PWNED') { File.write('__HOST_HOME__/PWNED-__MARKER__', 'x') }
__try('write-host __REPO__/PWNED') { File.write('__REPO__/PWNED-__MARKER__', 'x') }
__try('write-host /etc/PWNED') { File.write('/etc/PWNED-__MARKER__', 'x') }
__try('write-host /usr/PWNED') { File.write('/usr/PWNED-__MARKER__', 'x') }
__try('write-private ../PWNED') { File.write('../PWNED-__MARKER__', 'x') }
__try('write-private ../../PWNED') { File.write('../../PWNED-__MARKER__', 'x') }
__try('touch canary') { File.utime(0, 0, '__CANARY_TMP__/SECRET.txt') }
__try('delete canary') { File.delete('__CANARY_HOME__/SECRET.txt') }
