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
)

// TestLoadCorrupt tampers with stored rows: each must be refused with a
// *CorruptError naming the record, without its personal data, and no
// Application.
func TestLoadCorrupt(t *testing.T) {
	const mobile = "13800138000"
	for _, tc := range []struct {
		name    string
		edit    func(record string) string
		column  string // an UPDATE of the row's other columns, or ""
		invalid bool   // the record fails filing's own checks
	}{
		{name: "not an object", edit: func(string) string { return `[]` }},
		{name: "wrong type", edit: func(r string) string { return strings.Replace(r, `"attempt":1`, `"attempt":"1"`, 1) }},
		{name: "history does not lead to the stage", invalid: true,
			edit: func(r string) string {
				return strings.Replace(r, `"stage":"platform_review"`, `"stage":"bureau_review"`, 1)
			}},
		{name: "attempts do not match the history", invalid: true,
			edit: func(r string) string { return strings.Replace(r, `"attempt":1`, `"attempt":2`, 1) }},
		{name: "unknown event", invalid: true,
			edit: func(r string) string { return strings.Replace(r, `"event":"submit"`, `"event":"bribe"`, 1) }},
		{name: "version column differs", column: "version = version + 1"},
		{name: "stage column differs", column: "stage = 'filed'"},
		{name: "appid column differs", column: "appid = 'wx2'"},
		{name: "id differs from the record's",
			edit: func(r string) string { return strings.Replace(r, `"id":"victim"`, `"id":"other"`, 1) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			each(t, func(t *testing.T, b backend) {
				ctx := context.Background()
				f := newFixture(t, b)
				a := newApp(t, "victim", "wx1")
				req := a.Request()
				req.ICPSubject.PrincipalInfo.Mobile = mobile
				require.NoError(t, a.SetRequest(req, at(time.Minute)))
				mustChanges(t)(a.Sync(pollPlatform, at(time.Hour)))
				require.NoError(t, f.st.Create(ctx, a))

				if tc.edit != nil {
					var rec string
					require.NoError(t, f.db.QueryRow("SELECT record FROM beian_applications WHERE id = 'victim'").Scan(&rec))
					changed := tc.edit(rec)
					require.NotEqual(t, rec, changed, "the edit applies")
					_, err := f.db.Exec("UPDATE beian_applications SET record = $1 WHERE id = 'victim'", changed)
					require.NoError(t, err)
				}
				if tc.column != "" {
					_, err := f.db.Exec("UPDATE beian_applications SET " + tc.column + " WHERE id = 'victim'")
					require.NoError(t, err)
				}

				got, err := f.st.Load(ctx, "victim")
				assert.Nil(t, got)
				var ce *store.CorruptError
				require.ErrorAs(t, err, &ce)
				assert.ErrorIs(t, err, store.ErrCorrupt)
				assert.Equal(t, "victim", ce.ID)
				assert.Contains(t, err.Error(), `"victim"`)
				assert.NotContains(t, err.Error(), mobile)
				if tc.invalid {
					assert.ErrorIs(t, err, filing.ErrInvalidRecord)
				}

				_, err = f.st.Update(ctx, "victim", func(a *filing.Application) ([]filing.Change, error) {
					t.Error("a command ran on a corrupt record")
					return nil, nil
				})
				assert.ErrorIs(t, err, store.ErrCorrupt)
			})
		})
	}
}

// TestFetchCorrupt tampers with an outbox message: Fetch reports it with
// its Seq and still hands out the messages of other records, while the
// later messages of its own record wait behind it.
func TestFetchCorrupt(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		f := newFixture(t, b)
		require.NoError(t, f.st.Create(ctx, newApp(t, "bad", "wx1"), newApp(t, "good", "wx2")))
		drive(t, f.st, "bad", 0)
		drive(t, f.st, "good", 0)
		var seq int64
		require.NoError(t, f.db.QueryRow("SELECT MIN(seq) FROM beian_outbox WHERE record_id = 'bad'").Scan(&seq))
		_, err := f.db.Exec(store.Query(b.dialect, "UPDATE beian_outbox SET change = $1 WHERE seq = $2"),
			`{"from":"draft","to":"platform_review","event":"bribe"}`, seq)
		require.NoError(t, err)

		ms, err := f.st.Fetch(ctx, 0)
		var ce *store.CorruptError
		require.ErrorAs(t, err, &ce)
		assert.ErrorIs(t, err, store.ErrCorrupt)
		assert.Equal(t, store.CorruptError{ID: "bad", Seq: seq, Err: ce.Err}, *ce)
		assert.Contains(t, err.Error(), fmt.Sprintf("outbox message %d of record \"bad\"", seq))
		require.Len(t, ms, 3, "the good record's messages")
		for _, m := range ms {
			assert.Equal(t, "good", m.ID)
		}
	})
}
