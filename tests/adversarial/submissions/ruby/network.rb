# frozen_string_literal: true

# Adversarial submission __MARKER__: while loading, tries to reach the network: a TCP server the test started on
# the host's 127.0.0.1, a UDP socket there, the host's abstract unix socket and a unix socket file in the host's
# temp dir, and an outside address. (A UDP
# datagram to 127.0.0.1 is always "sent": whether it reached the host is what the test's listener counts.)
require 'socket'

module ReferenceExtractor
  def self.extract(_text)
    []
  end
end

def __attempt(what, success = 'CONNECTED')
  yield
  warn "NET #{what}: #{success}"
rescue StandardError => e
  warn "NET #{what}: BLOCKED #{e.class}"
end

__attempt('tcp-local') { TCPSocket.new('127.0.0.1', __PORT__, connect_timeout: 2).write('hello from __MARKER__') }
__attempt('udp-local', 'SENT') do
  s = UDPSocket.new
  s.connect('127.0.0.1', __UDP_PORT__)
  s.send('hello from __MARKER__', 0)
end
__attempt('unix-abstract') { UNIXSocket.new("\0__ABSTRACT__").write('hello from __MARKER__') }
__attempt('unix-file') { UNIXSocket.new('__SOCKET_FILE__').write('hello from __MARKER__') }
__attempt('tcp-outside') { TCPSocket.new('1.1.1.1', 80, connect_timeout: 2).write("GET / HTTP/1.0\r\n\r\n") }
__attempt('dns') { Addrinfo.getaddrinfo('example.com', 80) }
