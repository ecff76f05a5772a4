// Command tour runs the code of the README's tour of the packages, one
// part per package, so that what the README shows compiles and prints
// what it says. Each part lies between "tour:begin" and "tour:end"
// comments; a test keeps the README's Go blocks equal to them.
//
// Usage:
//
//	go run ./examples/tour
package main

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/beian-go/beian/deadline"
	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/workday"
)

// payload is a clean apply_icp_filing body with fictional data, the same
// as examples/validate/clean.json.
//
//go:embed payload.json
var payload []byte

// data is a year file of the holiday-cn project in the shape it has while
// the year's notice is not out: 2027.json lists no days yet.
//
//go:embed holidaycn_2027.json
var data []byte

func main() {
	os.Exit(run(os.Stderr))
}

// run prints every part of the tour to standard output, as the README
// shows it; it reads no clock.
func run(stderr io.Writer) int {
	parts := []struct {
		name string
		run  func() error
	}{
		{"workday", tourWorkday},
		{"document", tourDocument},
		{"deadline", tourDeadline},
		{"filing", tourFiling},
		{"holiday-cn", tourHolidayCN},
		{"schedule", tourSchedule},
	}
	for _, p := range parts {
		fmt.Printf("== %s\n", p.name)
		if err := p.run(); err != nil {
			fmt.Fprintf(stderr, "tour: %s: %v\n", p.name, err)
			return 1
		}
	}
	return 0
}

func tourWorkday() error {
	// tour:begin
	cal := workday.China()
	start := workday.MustDate(2026, 9, 28)
	due := cal.AddWorkdays(start, 20)
	fmt.Println(due, due.Weekday()) // 2026-10-30 Friday
	for _, h := range cal.HolidaysBetween(start, due) {
		fmt.Println(h.Festival.Label(), h.Start, h.End) // 国庆节 2026-10-01 2026-10-07
	}
	day := cal.Day(workday.MustDate(2026, 10, 10))
	fmt.Println(day.Kind.Label(), day.Festival.English()) // 调休上班 National Day
	// tour:end
	return nil
}

func tourDocument() error {
	// tour:begin
	_, err := document.ParseResidentID("330106199203081245") // last digit mistyped
	var e *document.Error
	if errors.As(err, &e) {
		fmt.Println(e.Code(), e.Value) // resident_id.checksum 330*************45
	}
	if errors.As(document.ValidateMobile("+86 13700000003"), &e) {
		_, en, _ := document.Message(e.Code())
		fmt.Println(e.Code(), en) // mobile.country_code mobile number: use the 11-digit number without +86
	}
	m := document.MaterialCommitmentLetter
	fmt.Println(m.Label(), m.Field(), m.Max()) // 互联网信息服务承诺书 icp_materials.commitment_letter 1
	// tour:end
	return nil
}

func tourDeadline() error {
	// tour:begin
	submitted := time.Date(2026, 9, 28, 10, 0, 0, 0, workday.CST)
	est, err := deadline.EstimateFiling(workday.China(), submitted)
	if err != nil {
		return err
	}
	fmt.Println(est.Explain(true)) // 预计 2026-10-08 至 2026-10-30 完成（期间国庆节休息 7 天）

	started := time.Date(2026, 9, 28, 10, 0, 0, 0, workday.CST)
	now := time.Date(2026, 11, 2, 9, 0, 0, 0, workday.CST)
	st, err := deadline.Check(workday.China(), deadline.ClockBureauReview, started, now)
	if err != nil {
		return err
	}
	fmt.Println(st.State, st.Window.Latest, st.Advice) // overdue 2026-10-30 contact_bureau

	a, err := deadline.AssessOn(deadline.Program{Listed: workday.MustDate(2023, 5, 20)}, workday.MustDate(2024, 3, 1))
	if err != nil {
		return err
	}
	fmt.Println(a.Status, a.DueBy, a.DaysLeft) // due 2024-03-31 30
	// tour:end
	return nil
}

func tourFiling() error {
	// tour:begin
	var req filing.Request // WeChat's apply_icp_filing body
	if err := json.Unmarshal(payload, &req); err != nil {
		return err
	}
	t := time.Date(2026, 9, 28, 9, 0, 0, 0, workday.CST)
	// Every rule of the filing, each problem at its payload path. Only
	// errors block; this warning asks for WeChat's catalogue, which knows
	// the code of "none of the above" (CheckOptions.Catalogue).
	for _, p := range req.Check(filing.CheckOptions{On: workday.DateOf(t)}) {
		fmt.Println(p.Severity, p.Field, p.Code) // warning icp_applets.base_info.nrlx_details[0].type catalogue.unconfirmed
	}

	app, err := filing.NewApplication(filing.Identity{ID: "order-0001", AppID: "wx0123456789abcdef"}, req, t)
	if err != nil {
		return err
	}
	if err := app.RecordFaceVerification("qs-face-task-0001", t, t.Add(10*time.Minute)); err != nil {
		return err
	}
	var all []filing.Change // what each command changed, and what the merchant must do next
	for _, step := range []func() ([]filing.Change, error){
		// Submit runs the same check: filing.Problems if an error blocks.
		func() ([]filing.Change, error) { return app.Submit(t.Add(time.Hour), filing.CheckOptions{}) },
		// WeChat's review passes and MIIT sends the SMS.
		func() ([]filing.Change, error) { return app.ApprovePlatform(t.Add(30*time.Hour), t.Add(30*time.Hour)) },
		func() ([]filing.Change, error) { return app.VerifySMS(t.Add(31 * time.Hour)) },
	} {
		changes, err := step()
		if err != nil {
			return err // the record is unchanged by a refused step
		}
		all = append(all, changes...)
	}
	fmt.Println(all[1].Todo, all[1].Due.Format(time.DateTime)) // verify_sms 2026-09-30 15:00:00
	// The record answers its own time questions: its stage's clock, where
	// it stands, and when the filing should be done (workday.China()).
	tm, err := app.Timing(nil, t.Add(48*time.Hour))
	if err != nil {
		return err
	}
	fmt.Println(tm.Clock, tm.State, tm.Window.Latest, tm.Estimate.Latest) // bureau_review in_window 2026-11-02 2026-11-02
	if _, err := app.ApproveBureau(t.Add(240*time.Hour), "浙ICP备2026012345号-1X"); err != nil {
		return err
	}
	fmt.Println(app.Stage(), app.FilingNumber()) // filed 浙ICP备2026012345号-1X

	// Or follow WeChat: apply what get_icp_entrance_info reports.
	changes, err := app.Sync(filing.Poll{Status: filing.StatusFiled, FilingNumber: app.FilingNumber()}, t.Add(241*time.Hour))
	fmt.Println(len(changes), err) // 0 <nil>
	// tour:end
	return nil
}

func tourHolidayCN() error {
	// tour:begin
	// data is 2027.json of github.com/NateScarlet/holiday-cn, as your
	// service fetches it; until the notice is out it lists no days.
	cal, err := workday.China().WithHolidayCN(data)
	switch {
	case errors.Is(err, workday.ErrNotPublished):
		cal = workday.China() // not out yet: 2027 stays provisional
	case err != nil:
		return err // a broken file: a *workday.ScheduleError names the entry
	}
	fmt.Println(cal.Official(2027), cal.Day(workday.MustDate(2027, 2, 5)).Provisional) // false true
	// tour:end
	return nil
}

func tourSchedule() error {
	// tour:begin
	// A year the embedded data lacks, as its notice states it. A schedule
	// replaces the whole year, so a real one lists every block; the dates
	// here only illustrate.
	cal, err := workday.China().WithSchedule(workday.Schedule{
		Year:   2028,
		Source: "国务院办公厅关于2028年部分节假日安排的通知",
		Holidays: []workday.Holiday{{
			Festival: workday.FestivalNewYear,
			Start:    workday.MustDate(2028, 1, 1),
			End:      workday.MustDate(2028, 1, 3),
		}},
	})
	if err != nil {
		return err // a malformed schedule is refused with a *workday.ScheduleError
	}
	fmt.Println(cal.Official(2028), cal.IsWorkday(workday.MustDate(2028, 1, 3))) // true false
	// tour:end
	return nil
}
