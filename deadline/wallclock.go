package deadline

import (
	"time"

	"github.com/beian-go/beian/workday"
)

// endOfDay returns 23:59:59 China Standard Time on d: the instant at which
// a limit of "within N workdays" ends when d is its N-th workday. The zero
// Date gives the zero time.Time.
func endOfDay(d workday.Date) time.Time {
	t := d.Time()
	if t.IsZero() {
		return t
	}
	return t.Add(24*time.Hour - time.Second)
}

// SMSDeadline returns the instant, in China Standard Time, at which the
// MIIT SMS sent at sent stops being valid: 24 hours later ([ClockSMS]);
// after it WeChat returns the filing (status 5, sms_verify_status 3). The
// zero sent gives the zero time.Time.
func SMSDeadline(sent time.Time) time.Time { return wallDeadline(sent, smsValidity) }

// FaceTaskDeadline returns the instant, in China Standard Time, at which a
// face-verification task created at created stops being valid: 3 days (72
// hours) later, or 1 day in the combined flow ([ClockFaceTask],
// [ClockFaceTaskCombined]). The zero created gives the zero time.Time.
func FaceTaskDeadline(created time.Time, combined bool) time.Time {
	return wallDeadline(created, faceTaskValidityFor(combined))
}

func faceTaskValidityFor(combined bool) time.Duration {
	if combined {
		return faceTaskValidityCombined
	}
	return faceTaskValidity
}

func wallDeadline(start time.Time, d time.Duration) time.Time {
	if start.IsZero() {
		return time.Time{}
	}
	return start.Add(d).In(workday.CST)
}
