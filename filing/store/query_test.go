package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/store"
	"github.com/beian-go/beian/workday"
)

func cst(month time.Month, day, hour, min, sec int) time.Time {
	return time.Date(2026, month, day, hour, min, sec, 0, workday.CST)
}

// clocks builds one record per running clock; want is each one's
// deadline (zero: none).
func clocks(t *testing.T) (apps []*filing.Application, want map[string]time.Time) {
	must := mustChanges(t)
	want = map[string]time.Time{}
	add := func(id string, combined bool, deadline time.Time, steps ...func(a *filing.Application)) {
		a, err := filing.NewApplication(filing.Identity{ID: id, AppID: "wx1", Combined: combined}, filing.Request{}, t0)
		require.NoError(t, err)
		for _, step := range steps {
			step(a)
		}
		apps = append(apps, a)
		want[id] = deadline
	}
	face := func(a *filing.Application) {
		require.NoError(t, a.RecordFaceVerification("task", t0, at(10*time.Minute)))
	}
	platform := func(a *filing.Application) { must(a.Sync(pollPlatform, at(time.Hour))) }
	sms := func(a *filing.Application) { must(a.ApprovePlatform(at(2*time.Hour), at(2*time.Hour))) }
	bureau := func(a *filing.Application) { must(a.VerifySMS(at(3 * time.Hour))) }
	filed := func(a *filing.Application) {
		must(a.Sync(filing.Poll{Status: filing.StatusFiled, FilingNumber: "粤B2-20090059-1626X"}, at(4*time.Hour)))
	}

	add("a-draft", false, time.Time{})
	add("b-face", false, cst(3, 5, 9, 0, 0), face)    // 3 days from the task's creation
	add("c-combined", true, cst(3, 3, 9, 0, 0), face) // 1 day in the combined flow
	// Entered Monday 10:00: the second workday after, to its last second.
	add("d-platform", false, cst(3, 4, 23, 59, 59), platform)
	add("d2-platform", false, cst(3, 4, 23, 59, 59), platform)
	add("e-sms", false, cst(3, 3, 11, 0, 0), platform, sms) // 24 hours from the SMS
	// Entered Monday 12:00: the 20th workday after (no holiday in March).
	add("f-bureau", false, cst(3, 30, 23, 59, 59), platform, sms, bureau)
	add("g-filed", false, time.Time{}, platform, sms, bureau, filed)
	return apps, want
}

func ids(es []store.Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

func TestDue(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		f := newFixture(t, b)
		apps, want := clocks(t)
		require.NoError(t, f.st.Create(ctx, apps...))

		all, err := f.st.List(ctx, store.Filter{})
		require.NoError(t, err)
		for _, e := range all {
			assert.True(t, want[e.ID].Equal(e.Deadline), "%s: deadline %v, want %v", e.ID, e.Deadline, want[e.ID])
		}

		for _, tc := range []struct {
			name   string
			before time.Time
			after  store.Entry
			limit  int
			want   []string
		}{
			{"nothing due yet", cst(3, 3, 8, 59, 59), store.Entry{}, 0, nil},
			{"at the deadline", cst(3, 3, 9, 0, 0), store.Entry{}, 0, []string{"c-combined"}},
			{"in deadline order, then id", cst(3, 4, 23, 59, 59), store.Entry{}, 0,
				[]string{"c-combined", "e-sms", "d-platform", "d2-platform"}},
			{"limit", cst(12, 31, 0, 0, 0), store.Entry{}, 2, []string{"c-combined", "e-sms"}},
			{"after an entry", cst(12, 31, 0, 0, 0), store.Entry{ID: "e-sms", Deadline: cst(3, 3, 11, 0, 0)}, 2,
				[]string{"d-platform", "d2-platform"}},
			{"after a tie", cst(12, 31, 0, 0, 0), store.Entry{ID: "d-platform", Deadline: cst(3, 4, 23, 59, 59)}, 0,
				[]string{"d2-platform", "b-face", "f-bureau"}},
			{"after a moment", cst(12, 31, 0, 0, 0), store.Entry{Deadline: cst(3, 5, 0, 0, 0)}, 0,
				[]string{"b-face", "f-bureau"}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, err := f.st.Due(ctx, tc.before, tc.after, tc.limit)
				require.NoError(t, err)
				assert.Equal(t, tc.want, ids(got))
			})
		}

		t.Run("a command moves the deadline", func(t *testing.T) {
			_, err := f.st.Update(ctx, "e-sms", func(a *filing.Application) ([]filing.Change, error) {
				return a.ResendSMS(at(5 * time.Hour))
			})
			require.NoError(t, err)
			got, err := f.st.Due(ctx, cst(3, 3, 13, 0, 0), store.Entry{}, 0)
			require.NoError(t, err)
			assert.Equal(t, []string{"c-combined"}, ids(got), "the resent SMS runs 24 hours from 14:00")
		})
	})
}

func TestList(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		f := newFixture(t, b)
		const n = 1100
		apps := make([]*filing.Application, n)
		for i := range apps {
			apps[i] = newApp(t, recordID(i), appID(i))
			if i%3 == 0 {
				mustChanges(t)(apps[i].Sync(pollPlatform, at(time.Hour)))
			}
		}
		require.NoError(t, f.st.Create(ctx, apps...))

		count := func(keep func(i int) bool) (ids []string) {
			for i := range apps {
				if keep(i) {
					ids = append(ids, recordID(i))
				}
			}
			return ids
		}
		// pages lists everything filter selects, page by page.
		pages := func(fl store.Filter) (out []string) {
			for {
				page, err := f.st.List(ctx, fl)
				require.NoError(t, err)
				if len(page) == 0 {
					return out
				}
				out = append(out, ids(page)...)
				fl.After = page[len(page)-1].ID
			}
		}
		for _, tc := range []struct {
			name string
			f    store.Filter
			want []string
		}{
			{"everything", store.Filter{Limit: 77}, count(func(int) bool { return true })},
			{"by appid", store.Filter{AppID: appID(3)}, count(func(i int) bool { return i%7 == 3 })},
			{"by stage", store.Filter{Stage: filing.StagePlatformReview}, count(func(i int) bool { return i%3 == 0 })},
			{"by both", store.Filter{AppID: appID(3), Stage: filing.StageDraft}, count(func(i int) bool { return i%7 == 3 && i%3 != 0 })},
			{"none", store.Filter{AppID: "wxnone"}, nil},
		} {
			t.Run(tc.name, func(t *testing.T) {
				assert.Equal(t, tc.want, pages(tc.f))
			})
		}

		t.Run("limits", func(t *testing.T) {
			for _, tc := range []struct{ limit, want int }{{0, 100}, {-1, 100}, {5, 5}, {5000, 1000}} {
				page, err := f.st.List(ctx, store.Filter{Limit: tc.limit})
				require.NoError(t, err)
				assert.Len(t, page, tc.want, "limit %d", tc.limit)
			}
		})

		t.Run("entry", func(t *testing.T) {
			page, err := f.st.List(ctx, store.Filter{AppID: appID(3), Limit: 1})
			require.NoError(t, err)
			require.Len(t, page, 1)
			assert.Equal(t, store.Entry{ID: recordID(3), AppID: appID(3), Stage: filing.StagePlatformReview, Version: 1,
				Deadline: cst(3, 4, 23, 59, 59)}, page[0])
		})
	})
}

// TestDuePlan checks that Due is a range scan of the deadline index, not a
// scan of the table: the plans of both of its queries name the index.
func TestDuePlan(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		f := newFixture(t, b)
		const n = 3000
		apps := make([]*filing.Application, n)
		for i := range apps {
			apps[i] = newApp(t, recordID(i), appID(i))
			if i%2 == 0 { // half have a clock, spread over days
				mustChanges(t)(apps[i].Sync(pollPlatform, at(time.Duration(i)*time.Hour)))
			}
		}
		require.NoError(t, f.st.Create(ctx, apps...))

		explain := "EXPLAIN QUERY PLAN "
		if b.dialect == store.PostgreSQL {
			explain = "EXPLAIN "
			_, err := f.db.Exec("ANALYZE beian_applications")
			require.NoError(t, err)
		}
		for _, q := range []struct {
			name  string
			query string
			args  []any
		}{
			{"first page", store.DueFirst, []any{at(48 * time.Hour).Unix(), 100}},
			{"after an entry", store.DueAfter, []any{at(48 * time.Hour).Unix(), at(24 * time.Hour).Unix(), recordID(24), 100}},
		} {
			t.Run(q.name, func(t *testing.T) {
				rows, err := f.db.QueryContext(ctx, explain+store.Query(b.dialect, q.query), q.args...)
				require.NoError(t, err)
				defer rows.Close()
				cols, err := rows.Columns()
				require.NoError(t, err)
				var plan []string
				for rows.Next() {
					cells := make([]any, len(cols))
					for i := range cells {
						cells[i] = new(any)
					}
					require.NoError(t, rows.Scan(cells...))
					plan = append(plan, fmt.Sprint(*cells[len(cells)-1].(*any)))
				}
				require.NoError(t, rows.Err())
				text := strings.Join(plan, "\n")
				t.Logf("%s plan:\n%s", b.dialect, text)
				assert.Contains(t, text, "beian_applications_deadline")
				assert.NotContains(t, text, "Seq Scan")
				assert.NotContains(t, text, "SCAN beian_applications")
				assert.NotContains(t, text, "TEMP B-TREE", "no sort: the index gives the order")
				assert.NotContains(t, text, "Sort")
			})
		}
	})
}
