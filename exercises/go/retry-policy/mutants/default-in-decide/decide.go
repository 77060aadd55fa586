package retry

// ShouldRetry reports whether a job that failed with f, and has already been retried `retries` times,
// gets another attempt.
func (p Policy) ShouldRetry(f Failure, retries int) bool {
	if retries >= p.Max {
		return false
	}
	return p.matchesReason(f.Reason) && p.matchesExitCode(f.ExitCode)
}

func (p Policy) matchesReason(reason string) bool {
	if len(p.When) == 0 {
		return true // retry: N has no when
	}
	for _, w := range p.When {
		if w == Always || w == reason {
			return true
		}
	}
	return false
}

func (p Policy) matchesExitCode(code int) bool {
	if len(p.ExitCodes) == 0 {
		return true
	}
	for _, c := range p.ExitCodes {
		if c == code {
			return true
		}
	}
	return false
}
