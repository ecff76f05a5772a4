package filing

import (
	"time"

	"github.com/beian-go/beian/workday"
)

// The instants a record holds lie in the years 0000–9999 in China Standard
// Time: RFC 3339, and so time.Time's JSON, has four-digit years, and a
// record must always be storable.
var (
	minInstant = time.Date(0, 1, 1, 0, 0, 0, 0, workday.CST)
	maxInstant = time.Date(9999, 12, 31, 23, 59, 59, 999_999_999, workday.CST)
)

// checkInstant refuses an instant a record cannot hold.
func checkInstant(arg string, t time.Time) error {
	if t.Before(minInstant) || t.After(maxInstant) {
		return &TimeError{Arg: arg, Time: t, Reason: "outside the years 0000–9999 in China Standard Time"}
	}
	return nil
}

// checkNow refuses a command's time when it is zero or cannot be held.
func checkNow(arg string, now time.Time) error {
	if now.IsZero() {
		return &TimeError{Arg: arg, Reason: "zero"}
	}
	return checkInstant(arg, now)
}

// normTime drops the monotonic reading and moves t to China Standard Time,
// so that stored times compare equal after a JSON round trip. The zero
// time stays zero.
func normTime(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.Round(0).In(workday.CST)
}

// capTime returns deadline t, or the last instant a record holds when t
// is later, so that a deadline derived from a stored instant can be
// stored too.
func capTime(t time.Time) time.Time {
	if t.After(maxInstant) {
		return maxInstant
	}
	return t
}
