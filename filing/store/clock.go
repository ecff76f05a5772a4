package store

import (
	"database/sql"
	"time"

	"github.com/beian-go/beian/deadline"
)

// deadlineOf returns when the timer runs out, in Unix seconds, or NULL
// when no clock runs or its window cannot be computed.
func (s *Store) deadlineOf(t deadline.Timer) sql.NullInt64 {
	if t.Clock == "" || t.Started == 0 {
		return sql.NullInt64{}
	}
	w, err := deadline.WindowOf(s.cal, t.Clock, time.Unix(t.Started, 0))
	if err != nil {
		return sql.NullInt64{}
	}
	sec := w.Deadline.Unix()
	if w.Deadline.Nanosecond() > 0 { // never due before the deadline
		sec++
	}
	return sql.NullInt64{Int64: sec, Valid: true}
}
