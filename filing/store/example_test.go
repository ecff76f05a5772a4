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
	if err := loop(filepath.Join(dir, "beian.db")); err != nil {
		fmt.Println(err)
	}
	// Output:
	// due: order-1001 sms_verification 2026-03-03 20:00
	// order-1001 submit 等待平台初审
	// order-1001 approve_platform 在截止时间前完成工信部短信核验 by 2026-03-03 20:00
	// order-1001 expire_sms 修改后重新提交备案 by 2026-03-05 09:00
}

func loop(path string) error {
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

	// A new record: the merchant's payload, the principal's face verified.
	var req filing.Request
	if err := json.Unmarshal(payload, &req); err != nil {
		return err
	}
	t := time.Date(2026, 3, 2, 9, 0, 0, 0, workday.CST)
	id := filing.Identity{ID: "order-1001", AppID: "wx0123456789abcdef"}
	app, err := filing.NewApplication(id, req, t)
	if err != nil {
		return err
	}
	if err := app.RecordFaceVerification("qs-face-task-0001", t, t.Add(10*time.Minute)); err != nil {
		return err
	}
	if err := st.Create(ctx, app); err != nil {
		return err
	}

	// Commands and WeChat's statuses go through Update: load, apply, save
	// (again if another replica saved first), changes to the outbox.
	poll := filing.Poll{Status: filing.StatusBureauReview, SMSVerifyStatus: filing.SMSWaiting, SMSSentAt: t.Add(11 * time.Hour)}
	submit := func(a *filing.Application) ([]filing.Change, error) {
		return a.Submit(t.Add(time.Hour), filing.CheckOptions{})
	}
	sync := func(a *filing.Application) ([]filing.Change, error) { return a.Sync(poll, t.Add(12*time.Hour)) }
	for _, cmd := range []func(*filing.Application) ([]filing.Change, error){submit, sync} {
		if _, err := st.Update(ctx, id.ID, cmd); err != nil {
			return err
		}
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
