package store

import (
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/workday"
)

// The queries of Due, for the test of their query plans.
const (
	DueFirst = dueFirst
	DueAfter = dueAfter
)

// Query returns query as the Store sends it to a database of dialect d.
func Query(d Dialect, query string) string { return dialects[d].q(query) }

// DeadlineOf returns the deadline a Store with the default calendar
// stores for a, or the zero time.
func DeadlineOf(a *filing.Application) time.Time {
	s := &Store{cal: workday.China()}
	snap := a.Snapshot()
	d := s.deadlineOf(snap.Timer())
	if !d.Valid {
		return time.Time{}
	}
	return time.Unix(d.Int64, 0).In(workday.CST)
}

// SchemaVersion is the number of migrations of dialect d.
func SchemaVersion(d Dialect) int {
	ms, err := dialects[d].migrations()
	if err != nil {
		panic(err)
	}
	return len(ms)
}
