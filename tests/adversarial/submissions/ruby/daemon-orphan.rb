# frozen_string_literal: true

# Adversarial submission __MARKER__: a daemonised orphan (fork, setsid, fork again, parent exits) that ignores
# SIGHUP/SIGTERM, leaves a sign of life in the work dir, sleeps past the end of the run, then tries to write
# outside and keeps living.
module ReferenceExtractor
  def self.extract(_text)
    []
  end
end

pid = fork do
  Process.setsid
  fork do
    $0 = '__MARKER__'
    Signal.trap('HUP', 'IGNORE')
    Signal.trap('TERM', 'IGNORE')
    $stdout.reopen(File::NULL)
    $stderr.reopen(File::NULL)
    File.write('daemon-alive-__MARKER__', Process.pid.to_s)
    sleep 2
    File.write('__CANARY_TMP__/PWNED-daemon-__MARKER__', 'x') rescue nil
    sleep 120
  end
  exit!(0)
end
Process.wait(pid)
