package deadline

import "time"

// Period is a policy duration on the wall clock, such as the 24 hours an
// SMS code is valid. It is a time.Duration that marshals as text ("24h0m0s")
// instead of integer nanoseconds, so that it reads well in JSON.
//
// The zero value is a zero duration, written as "0s". Period is a plain
// value, safe for concurrent use.
type Period time.Duration

// Duration returns p as a time.Duration.
func (p Period) Duration() time.Duration { return time.Duration(p) }

// String returns p in time.Duration's format, e.g. "72h0m0s".
func (p Period) String() string { return time.Duration(p).String() }

// MarshalText implements encoding.TextMarshaler, writing p as String does.
func (p Period) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts what
// time.ParseDuration accepts ("24h", "1h30m"); anything else is an error
// wrapping ErrInvalid, and p is left unchanged.
func (p *Period) UnmarshalText(text []byte) error {
	d, err := time.ParseDuration(string(text))
	if err != nil {
		return errorf("period", ErrInvalid, "want a duration such as 24h, got %q", clip(string(text)))
	}
	*p = Period(d)
	return nil
}
