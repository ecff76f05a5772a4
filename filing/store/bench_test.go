package store_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/store"
)

// benchRecords sizes the Due and bulk-insert benchmarks. CI runs every
// benchmark once with the default; the figures of issue #14 are for
// go test ./filing/store -run '^$' -bench . -store.records 100000.
var benchRecords = flag.Int("store.records", 1000, "records in the Due and Create benchmarks")

// benchRequest is the clean sample payload, so that records have a
// realistic size (about 2 KB of JSON).
func benchRequest(b *testing.B) filing.Request {
	var req filing.Request
	require.NoError(b, json.Unmarshal(payload, &req))
	return req
}

// benchApps returns n drafts with ids prefix-000000…; every other one
// entered the platform review at a different minute, so that half have a
// deadline, spread over weeks.
func benchApps(b *testing.B, prefix string, n int) []*filing.Application {
	req := benchRequest(b)
	apps := make([]*filing.Application, n)
	for i := range apps {
		a, err := filing.NewApplication(filing.Identity{ID: fmt.Sprintf("%s%06d", prefix, i), AppID: appID(i)}, req, t0)
		require.NoError(b, err)
		if i%2 == 0 {
			_, err := a.Sync(pollPlatform, at(time.Duration(i)*time.Minute))
			require.NoError(b, err)
		}
		apps[i] = a
	}
	return apps
}

// benchStore is a Store on a fresh database, with a pool of its own onto
// that database for looking at it.
type benchStore struct {
	name    string
	dialect store.Dialect
	db      *sql.DB
	st      *store.Store
}

// benchStores returns a Store per dialect, each on a fresh database.
func benchStores(b *testing.B) []benchStore {
	var out []benchStore
	for _, be := range backends(b) {
		name := be.dialect.String()
		if be.dialect == store.SQLite {
			name = "sqlite-wal"
		}
		pool := be.fresh(b)
		st, err := store.New(pool(b), store.Options{Dialect: be.dialect})
		require.NoError(b, err)
		require.NoError(b, st.Migrate(context.Background()))
		out = append(out, benchStore{name: name, dialect: be.dialect, db: pool(b), st: st})
	}
	return out
}

// flip is the command of BenchmarkUpdate: each call moves the record
// between draft and the platform review, one change each way, so that
// every iteration writes a record and an outbox row.
func flip(a *filing.Application, now time.Time) ([]filing.Change, error) {
	if a.Stage() == filing.StageDraft {
		return a.Sync(pollPlatform, now)
	}
	return a.Sync(pollRejected, now)
}

const updateRecords = 256 // BenchmarkUpdate spreads its commands over these

// BenchmarkUpdate is load → command → save of one record, against the
// same work on records kept in memory: a map of *filing.Application, and
// a map of their JSON (decode, command, encode).
func BenchmarkUpdate(b *testing.B) {
	ctx := context.Background()
	tick := 0 // minutes after t0, across every run of every sub-benchmark
	now := func(int) time.Time { tick++; return at(time.Duration(tick) * time.Minute) }

	b.Run("memory-map", func(b *testing.B) {
		var mu sync.Mutex
		m := map[string]*filing.Application{}
		for _, a := range benchApps(b, "u", updateRecords) {
			m[a.Identity().ID] = a
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			mu.Lock()
			a := m[fmt.Sprintf("u%06d", i%updateRecords)]
			mu.Unlock()
			if _, err := flip(a, now(i)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("memory-json", func(b *testing.B) {
		var mu sync.Mutex
		m := map[string][]byte{}
		for _, a := range benchApps(b, "u", updateRecords) {
			m[a.Identity().ID] = []byte(jsonOf(b, a))
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			id := fmt.Sprintf("u%06d", i%updateRecords)
			mu.Lock()
			raw := m[id]
			mu.Unlock()
			a := new(filing.Application)
			if err := json.Unmarshal(raw, a); err != nil {
				b.Fatal(err)
			}
			if _, err := flip(a, now(i)); err != nil {
				b.Fatal(err)
			}
			out, err := json.Marshal(a)
			if err != nil {
				b.Fatal(err)
			}
			mu.Lock()
			m[id] = out
			mu.Unlock()
		}
	})
	for _, s := range benchStores(b) {
		require.NoError(b, s.st.Create(ctx, benchApps(b, "u", updateRecords)...))
		b.Run(s.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.st.Update(ctx, fmt.Sprintf("u%06d", i%updateRecords), func(a *filing.Application) ([]filing.Change, error) {
					return flip(a, now(i))
				}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// dueSink keeps the benchmarks' results alive.
var dueSink []store.Entry

// BenchmarkDue is one page (100 entries) of "due before T" over
// -store.records records, half of them with a deadline and T past a
// quarter of those, against a scan of the same deadlines kept in memory.
func BenchmarkDue(b *testing.B) {
	ctx := context.Background()
	n := *benchRecords
	apps := benchApps(b, "d", n)
	before := at(time.Duration(n/4) * time.Minute).Add(72 * time.Hour)

	b.Run(fmt.Sprintf("memory-scan/%d", n), func(b *testing.B) {
		// What a service without the store keeps: every record's
		// deadline, computed once, scanned and sorted on each sweep.
		all := make([]store.Entry, 0, n)
		for _, a := range apps {
			id := a.Identity()
			all = append(all, store.Entry{ID: id.ID, AppID: id.AppID, Stage: a.Stage(), Version: a.Version(),
				Deadline: store.DeadlineOf(a)})
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			var due []store.Entry
			for _, e := range all {
				if !e.Deadline.IsZero() && !e.Deadline.After(before) {
					due = append(due, e)
				}
			}
			sort.Slice(due, func(i, j int) bool {
				if !due[i].Deadline.Equal(due[j].Deadline) {
					return due[i].Deadline.Before(due[j].Deadline)
				}
				return due[i].ID < due[j].ID
			})
			dueSink = due[:min(100, len(due))]
		}
	})
	for _, s := range benchStores(b) {
		require.NoError(b, s.st.Create(ctx, apps...))
		b.Logf("%s plan of Due over %d records:\n%s", s.name, n, plan(b, s, before))
		b.Run(fmt.Sprintf("%s/%d", s.name, n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				due, err := s.st.Due(ctx, before, store.Entry{}, 100)
				if err != nil {
					b.Fatal(err)
				}
				dueSink = due
			}
			b.StopTimer()
			if len(dueSink) != 100 {
				b.Fatalf("%d entries due, want 100", len(dueSink))
			}
		})
	}
}

// BenchmarkCreate is a bulk insert of -store.records records in one
// Create, against putting them into a map, as *filing.Application and as
// JSON.
func BenchmarkCreate(b *testing.B) {
	ctx := context.Background()
	n := *benchRecords
	apps := benchApps(b, "c", n)
	perRecord := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/record")
	}

	b.Run(fmt.Sprintf("memory-map/%d", n), func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			m := make(map[string]*filing.Application)
			for _, a := range apps {
				m[a.Identity().ID] = a
			}
		}
		perRecord(b)
	})
	b.Run(fmt.Sprintf("memory-json/%d", n), func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			m := make(map[string][]byte)
			for _, a := range apps {
				raw, err := json.Marshal(a)
				if err != nil {
					b.Fatal(err)
				}
				m[a.Identity().ID] = raw
			}
		}
		perRecord(b)
	})
	for _, s := range benchStores(b) {
		round := 0
		b.Run(fmt.Sprintf("%s/%d", s.name, n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				round++
				batch := benchApps(b, fmt.Sprintf("c%d-", round), n)
				b.StartTimer()
				if err := s.st.Create(ctx, batch...); err != nil {
					b.Fatal(err)
				}
			}
			perRecord(b)
		})
	}
}

// plan returns the query plan of Due's first page at before, after the
// statistics are up to date.
func plan(b *testing.B, s benchStore, before time.Time) string {
	explain := "EXPLAIN QUERY PLAN "
	if s.dialect == store.PostgreSQL {
		explain = "EXPLAIN ANALYZE "
		_, err := s.db.Exec("ANALYZE beian_applications")
		require.NoError(b, err)
	}
	rows, err := s.db.Query(explain+store.Query(s.dialect, store.DueFirst), before.Unix(), 100)
	require.NoError(b, err)
	defer rows.Close()
	cols, err := rows.Columns()
	require.NoError(b, err)
	var lines []string
	for rows.Next() {
		cells := make([]any, len(cols))
		for i := range cells {
			cells[i] = new(any)
		}
		require.NoError(b, rows.Scan(cells...))
		lines = append(lines, fmt.Sprint(*cells[len(cells)-1].(*any)))
	}
	require.NoError(b, rows.Err())
	return strings.Join(lines, "\n")
}
