package deadline_test

import (
	"fmt"
	"time"

	"github.com/beian-go/beian/deadline"
	"github.com/beian-go/beian/workday"
)

// A filing submitted on Monday 2026-09-28, just before National Day.
func ExampleEstimateFiling() {
	submitted := time.Date(2026, 9, 28, 10, 0, 0, 0, workday.CST)
	e, err := deadline.EstimateFiling(workday.China(), submitted)
	if err != nil {
		panic(err)
	}
	fmt.Println(e.Explain(true))
	fmt.Println(e.Explain(false))
	for _, w := range e.Windows {
		fmt.Printf("%s: %s .. %s\n", w.Clock, w.Earliest, w.Latest)
	}
	// Output:
	// 预计 2026-10-08 至 2026-10-30 完成（期间国庆节休息 7 天）
	// expected to be done between 2026-10-08 and 2026-10-30 (7 days off for National Day in between)
	// platform_review: 2026-09-29 .. 2026-09-30
	// sms_verification: 2026-09-29 .. 2026-10-01
	// bureau_review: 2026-09-30 .. 2026-11-03
}

// A mini program listed in May 2023, not yet filed, assessed a minute
// before and a minute after midnight China time at the end of March 2024.
func ExampleAssess() {
	p := deadline.Program{Listed: workday.MustDate(2023, time.May, 20)}
	for _, now := range []time.Time{
		time.Date(2024, 3, 31, 15, 59, 0, 0, time.UTC), // 23:59 CST
		time.Date(2024, 3, 31, 16, 1, 0, 0, time.UTC),  // 00:01 CST on 04-01
	} {
		a, err := deadline.Assess(p, now)
		if err != nil {
			panic(err)
		}
		fmt.Println(a.On, a.Status, a.Rule, a.DaysLeft)
		fmt.Println(a.Explain(false))
	}
	// Output:
	// 2024-03-31 due existing_deadline 0
	// must be filed by 2024-03-31: 0 days left
	// 2024-04-01 overdue clearing -1
	// not filed since 2024-04-01: subject to clearing
}

// The bureau review of a filing that reached the bureau on 2026-09-28.
func ExampleCheck() {
	started := time.Date(2026, 9, 28, 10, 0, 0, 0, workday.CST)
	now := time.Date(2026, 11, 2, 9, 0, 0, 0, workday.CST)
	st, err := deadline.Check(workday.China(), deadline.ClockBureauReview, started, now)
	if err != nil {
		panic(err)
	}
	fmt.Println(st.State, st.Window.Latest, st.WorkdaysLeft)
	fmt.Println(st.Advice.Label())
	// Output:
	// overdue 2026-10-30 -1
	// 通管局审核已超过 20 个工作日，建议联系省通信管理局
}

// The MIIT SMS is valid 24 hours on the wall clock, holidays included.
func ExampleSMSDeadline() {
	sent := time.Date(2026, 9, 30, 21, 15, 0, 0, workday.CST)
	fmt.Println(deadline.SMSDeadline(sent).Format(time.DateTime))
	// Output:
	// 2026-10-01 21:15:00
}

// A daily sweep evaluates every running clock at one moment.
func ExampleSweeper() {
	now := time.Date(2026, 10, 9, 9, 0, 0, 0, workday.CST)
	sw, err := deadline.NewSweeper(workday.China(), now)
	if err != nil {
		panic(err)
	}
	timers := []deadline.Timer{
		deadline.TimerOf(deadline.ClockPlatformReview, time.Date(2026, 9, 29, 16, 0, 0, 0, workday.CST)),
		deadline.TimerOf(deadline.ClockSMS, time.Date(2026, 10, 8, 8, 0, 0, 0, workday.CST)),
		deadline.TimerOf(deadline.ClockBureauReview, time.Date(2026, 10, 9, 8, 0, 0, 0, workday.CST)),
	}
	for i, r := range sw.EvaluateAll(timers, make([]deadline.Result, 0, len(timers))) {
		fmt.Println(timers[i].Clock, r.State, r.WorkdaysLeft, r.DeadlineTime().Format(time.DateTime), r.Advice)
	}
	// Output:
	// platform_review overdue -1 2026-10-08 23:59:59 contact_wechat
	// sms_verification overdue 0 2026-10-09 08:00:00 resubmit
	// bureau_review pending 20 2026-11-05 23:59:59
}

// A filing at the bureau since 2026-10-09, looked at on 2026-10-20.
func ExampleEstimateRemaining() {
	started := time.Date(2026, 10, 9, 9, 0, 0, 0, workday.CST)
	now := time.Date(2026, 10, 20, 9, 0, 0, 0, workday.CST)
	e, err := deadline.EstimateRemaining(workday.China(), deadline.ClockBureauReview, started, now)
	if err != nil {
		panic(err)
	}
	fmt.Println(e.Explain(true))
	fmt.Println(e.Explain(false))
	// Output:
	// 预计 2026-10-20 至 2026-11-05 完成
	// expected to be done between 2026-10-20 and 2026-11-05
}

// The window of each clock of a filing, from a moment on the eve of
// National Day 2026. Workday limits skip 10-01..10-07, count the Saturday
// 10-10 worked, and end at 23:59:59 China time on their last workday; the
// SMS runs 24 hours on the wall clock.
func ExampleWindowOf() {
	cal := workday.China()
	started := time.Date(2026, 9, 30, 18, 0, 0, 0, workday.CST)
	for _, c := range []deadline.Clock{deadline.ClockPlatformReview, deadline.ClockSMS, deadline.ClockBureauReview} {
		w, err := deadline.WindowOf(cal, c, started)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s: %s .. %s, deadline %s\n", c, w.Earliest, w.Latest, w.Deadline.Format(time.DateTime))
	}
	// Output:
	// platform_review: 2026-10-08 .. 2026-10-09, deadline 2026-10-09 23:59:59
	// sms_verification: 2026-09-30 .. 2026-10-01, deadline 2026-10-01 18:00:00
	// bureau_review: 2026-10-08 .. 2026-11-03, deadline 2026-11-03 23:59:59
}

// A face-verification task is valid 3 days, or 1 day when it was created
// in the combined verification-and-filing flow.
func ExampleFaceTaskDeadline() {
	created := time.Date(2026, 9, 30, 8, 0, 0, 0, workday.CST)
	fmt.Println(deadline.FaceTaskDeadline(created, false).Format(time.DateTime))
	fmt.Println(deadline.FaceTaskDeadline(created, true).Format(time.DateTime))
	// Output:
	// 2026-10-03 08:00:00
	// 2026-10-01 08:00:00
}

// An estimate that reaches into years the calendar does not call official
// says so: 2028 had begun at submission, so its schedule is missing from
// the calendar; 2029's is not announced yet.
func ExampleEstimateFiling_projected() {
	submitted := time.Date(2028, 12, 20, 10, 0, 0, 0, workday.CST)
	e, err := deadline.EstimateFiling(workday.China(), submitted)
	if err != nil {
		panic(err)
	}
	fmt.Println(e.ProjectedYears, e.MissingYears)
	fmt.Println(e.Explain(true))
	fmt.Println(e.Explain(false))
	// Output:
	// [2028 2029] [2028]
	// 预计 2028-12-25 至 2029-01-18 完成（期间元旦休息 1 天）（2028 年放假安排未收入日历，为推算结果）（2029 年放假安排尚未公布，为推算结果）
	// expected to be done between 2028-12-25 and 2029-01-18 (1 day off for New Year's Day in between) (holiday schedule for 2028 not in the calendar: estimated) (holiday schedule for 2029 not yet announced: estimated)
}

// Policy standing on given days, for a mini program never listed and for
// one listed after 2023-09-01 without a filing.
func ExampleAssessOn() {
	on := workday.MustDate(2024, time.April, 1)
	for _, p := range []deadline.Program{
		{},
		{Listed: workday.MustDate(2023, time.October, 10)},
		{Listed: workday.MustDate(2023, time.October, 10), Filed: workday.MustDate(2023, time.September, 20)},
	} {
		a, err := deadline.AssessOn(p, on)
		if err != nil {
			panic(err)
		}
		fmt.Println(a.Status, a.Rule, a.Explain(true))
	}
	// Output:
	// must_file_before_listing file_before_listing 未上架：须先完成备案方可上架
	// overdue clearing 自 2023-10-10 起未备案，将被清退
	// compliant file_before_listing 符合备案要求
}

// Every clock with its limit.
func ExampleClock_Limit() {
	for _, c := range []deadline.Clock{deadline.ClockFaceTask, deadline.ClockFaceTaskCombined,
		deadline.ClockPlatformReview, deadline.ClockSMS, deadline.ClockBureauReview} {
		if l := c.Limit(); l.Validity == 0 {
			fmt.Printf("%s (%s): %d-%d workdays\n", c.English(), c.Label(), l.MinWorkdays, l.MaxWorkdays)
		} else {
			fmt.Printf("%s (%s): %s\n", c.English(), c.Label(), l.Validity)
		}
	}
	// Output:
	// face verification (人脸核身): 72h0m0s
	// face verification (combined flow) (人脸核身（认证与备案同步办理）): 24h0m0s
	// platform review (平台初审): 1-2 workdays
	// MIIT SMS verification (工信部短信核验): 24h0m0s
	// bureau review (通管局审核): 1-20 workdays
}
