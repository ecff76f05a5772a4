package store_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/store"
	"github.com/beian-go/beian/workday"
)

// payload is a clean apply_icp_filing body with fictional data.
var payload, _ = os.ReadFile(filepath.Join("..", "..", "examples", "validate", "clean.json"))

// A service's whole loop: open the store, create a record, submit it,
// apply WeChat's status, sweep what is due and deliver the outbox. The
// README shows the code between "loop:begin" and "loop:end"; a test keeps
// the two equal.
func Example() {
	dir, err := os.MkdirTemp("", "beian")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	t := time.Date(2026, 3, 2, 9, 0, 0, 0, workday.CST)
	app, err := newRecord(t)
	if err != nil {
		panic(err)
	}
	if err := loop(filepath.Join(dir, "beian.db"), app, t); err != nil {
		fmt.Println(err)
	}
	// Output:
	// due: order-1001 sms_verification 2026-03-03 20:00
	// order-1001 submit 等待平台初审
	// order-1001 approve_platform 在截止时间前完成工信部短信核验 by 2026-03-03 20:00
	// order-1001 expire_sms 修改后重新提交备案 by 2026-03-05 09:00
}

// newRecord is a new record made at t, as in the README's tour: the
// merchant's payload, the principal's face verified.
func newRecord(t time.Time) (*filing.Application, error) {
	var req filing.Request
	if err := json.Unmarshal(payload, &req); err != nil {
		return nil, err
	}
	app, err := filing.NewApplication(filing.Identity{ID: "order-1001", AppID: "wx0123456789abcdef"}, req, t)
	if err != nil {
		return nil, err
	}
	return app, app.RecordFaceVerification("qs-face-task-0001", t, t.Add(10*time.Minute))
}

// loop is a service's loop for the record app, made at t.
func loop(path string, app *filing.Application, t time.Time) error {
	// loop:begin
	ctx := context.Background()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)")
	if err != nil {
		return err
	}
	defer db.Close()
	st, err := store.New(db, store.Options{Dialect: store.SQLite})
	if err != nil {
		return err
	}
	if err := st.Migrate(ctx); err != nil { // at start-up
		return err
	}

	if err := st.Create(ctx, app); err != nil { // a new record
		return err
	}

	// Commands and WeChat's statuses go through Update: load, apply, save
	// (again if another replica saved first), changes to the outbox.
	id := app.Identity().ID
	submit := func(a *filing.Application) ([]filing.Change, error) {
		return a.Submit(t.Add(time.Hour), filing.CheckOptions{})
	}
	if _, err := st.Update(ctx, id, submit); err != nil {
		return err
	}
	poll := filing.Poll{Status: filing.StatusBureauReview, SMSVerifyStatus: filing.SMSWaiting, SMSSentAt: t.Add(11 * time.Hour)}
	sync := func(a *filing.Application) ([]filing.Change, error) { return a.Sync(poll, t.Add(12*time.Hour)) }
	if _, err := st.Update(ctx, id, sync); err != nil {
		return err
	}

	// The sweep: what is due by now. Here the SMS was not verified in time.
	now := t.Add(40 * time.Hour)
	due, err := st.Due(ctx, now, store.Entry{}, 100)
	if err != nil {
		return err
	}
	for _, e := range due {
		fmt.Println("due:", e.ID, e.Stage, e.Deadline.Format("2006-01-02 15:04"))
		if e.Stage == filing.StageSMSVerification {
			expire := func(a *filing.Application) ([]filing.Change, error) { return a.ExpireSMS(now) }
			if _, err := st.Update(ctx, e.ID, expire); err != nil {
				return err
			}
		}
	}

	// The outbox: tell the merchant what to do by when, then acknowledge.
	msgs, err := st.Fetch(ctx, 100)
	if err != nil {
		return err
	}
	for _, m := range msgs {
		line := fmt.Sprint(m.ID, " ", m.Change.Event, " ", m.Change.Todo.Label())
		if !m.Change.Due.IsZero() {
			line += " by " + m.Change.Due.Format("2006-01-02 15:04")
		}
		fmt.Println(line)
	}
	return st.Ack(ctx, msgs...)
	// loop:end
}
