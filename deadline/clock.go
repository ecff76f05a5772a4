package deadline

import (
	"time"

	"github.com/beian-go/beian/workday"
)

// EndOfDay returns 23:59:59 China Standard Time on d: the instant at which
// a limit of "within N workdays" ends when d is its N-th workday. The zero
// Date gives the zero time.Time.
func EndOfDay(d workday.Date) time.Time {
	t := d.Time()
	if t.IsZero() {
		return t
	}
	return t.Add(24*time.Hour - time.Second)
}

// SMSDeadline returns the instant at which the MIIT SMS sent at sent stops
// being valid: 24 hours later on the wall clock ([SMSValidity]), in China
// Standard Time. The zero sent gives the zero time.Time.
func SMSDeadline(sent time.Time) time.Time { return wallDeadline(sent, SMSValidity) }

// SMSExpired reports whether the MIIT SMS sent at sent is no longer valid
// at now, that is whether now is after SMSDeadline(sent). Once it has
// expired WeChat returns the filing (status 5, sms_verify_status 3): the
// filing must be resubmitted, pass platform review again, and a new SMS is
// sent. An unset sent never expires.
func SMSExpired(sent, now time.Time) bool { return wallExpired(sent, now, SMSValidity) }

// FaceTaskValidityFor returns how long a face-verification task is valid:
// FaceTaskValidityCombined in the combined verification-and-filing flow
// (along_with_auth), FaceTaskValidity otherwise.
func FaceTaskValidityFor(combined bool) time.Duration {
	if combined {
		return FaceTaskValidityCombined
	}
	return FaceTaskValidity
}

// FaceTaskDeadline returns the instant at which a face-verification task
// created at created stops being valid: 3 days (72 hours) later on the wall
// clock, or 1 day (24 hours) in the combined flow, in China Standard Time.
// The zero created gives the zero time.Time.
func FaceTaskDeadline(created time.Time, combined bool) time.Time {
	return wallDeadline(created, FaceTaskValidityFor(combined))
}

// FaceTaskExpired reports whether a face-verification task created at
// created is no longer valid at now; a new task must then be created. An
// unset created never expires.
func FaceTaskExpired(created, now time.Time, combined bool) bool {
	return wallExpired(created, now, FaceTaskValidityFor(combined))
}

func wallDeadline(start time.Time, d time.Duration) time.Time {
	if start.IsZero() {
		return time.Time{}
	}
	return start.Add(d).In(workday.CST)
}

func wallExpired(start, now time.Time, d time.Duration) bool {
	if start.IsZero() {
		return false
	}
	return now.After(start.Add(d))
}
