// Command quickstart walks one enterprise filing through the whole process
// with a simulated clock: it builds the WeChat apply_icp_filing payload in
// code, catches a mistyped ID number before submitting, then drives the
// filing through WeChat's review, the MIIT SMS check and the provincial
// bureau's review, printing a dated timeline with the holidays it waits
// through, the completion estimate, the issued filing number and the
// policy assessment.
//
// Usage:
//
//	go run ./examples/quickstart [-start 2026-09-25]
//
// Without -start the walk begins today (China Standard Time). Every
// person, number and company in it is fictional; the check characters are
// computed so that the numbers pass validation, and the output masks them.
//
// Exit status: 0 when the walk reaches the filing number, 1 when the
// sample filing does not pass its check on the start day (its
// certificates allow start days from 2018-03-01 to 2036-05-14), 2 for a
// bad argument.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/beian-go/beian/examples/internal/termtext"

	"github.com/beian-go/beian/deadline"
	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/workday"
)

func main() {
	// The clock is read here and nowhere else.
	os.Exit(run(os.Args[1:], workday.DateOf(time.Now()), os.Stdout, os.Stderr))
}

// The start days the walk-through passes on. The two principals'
// certificates (in request) run from 2016-06-15 and 2018-03-01 to
// 2036-06-15 and 2038-03-01, and submission wants them in force with more
// than a month left.
const (
	firstStart = "2018-03-01"
	lastStart  = "2036-05-14"
)

// The fictional filing. The resident ID numbers and the credit code carry
// valid check characters (GB 11643, GB 32100).
const (
	companyUSCC  = "91330106MA2H3E5L45"
	legalRepID   = "330106197806151230" // 王五, the company's legal representative
	appletPrinID = "330106199203081244" // 赵六, runs the mini program
	// appletPrinTypo is appletPrinID with its last digit mistyped.
	appletPrinTypo = "330106199203081245"
	faceTaskID     = "qs-face-task-0001"
)

// The simulated durations of the walk-through. Real filings vary; these
// stay inside the windows of package deadline.
const (
	// bureauWorkdays is how many workdays the bureau takes.
	bureauWorkdays = 8
)

// run is the whole program: parse args, walk through the filing, write to
// stdout. today is the default start day. It returns the exit status.
func run(args []string, today workday.Date, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("quickstart", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	start := fs.String("start", "", "first day of the walk-through, `YYYY-MM-DD` (default: today in China Standard Time)")
	// The flag package's own messages are silenced: -h prints the usage
	// below, a bad flag one line.
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "usage: quickstart [-start YYYY-MM-DD]")
			fs.SetOutput(stderr)
			fs.PrintDefaults()
			return 0
		}
		fmt.Fprintf(stderr, "quickstart: %v (-h lists the flags)\n", err)
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "quickstart: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	day := today
	if *start != "" {
		d, err := workday.ParseDate(*start)
		if err != nil {
			fmt.Fprintf(stderr, "quickstart: -start %q: want a date such as 2026-09-25\n", *start)
			return 2
		}
		day = d
	}
	w := &walk{out: stdout, cal: workday.China(), day: day}
	if err := w.run(); err != nil {
		fmt.Fprintln(stderr, "quickstart:", err)
		return 1
	}
	return 0
}

// walk holds the state of one walk-through.
type walk struct {
	out  io.Writer
	cal  *workday.Calendar
	day  workday.Date // the start day
	last time.Time    // the previous timeline entry, for the holidays in between
}

// at returns hh:mm China Standard Time on d.
func at(d workday.Date, hh, mm int) time.Time {
	return d.Time().Add(time.Duration(hh)*time.Hour + time.Duration(mm)*time.Minute)
}

func (w *walk) printf(format string, a ...any) { fmt.Fprintf(w.out, format, a...) }

func (w *walk) run() error {
	w.printf("beian 快速上手 / quickstart: 一个企业小程序的 ICP 备案全过程\n")
	w.printf("模拟时钟 Simulated clock, 中国标准时间 China Standard Time\n")
	w.printf("起始 Start: %s%s\n", termtext.Day(w.day), w.dayOff(w.day))
	w.printf("示例数据均为虚构 All data is fictional; 证件号与手机号已打码 masked.\n")

	// 1. The payload, built in code.
	req := request()
	w.section("1", "填写备案信息 Fill in the filing")
	s, a := req.ICPSubject, req.ICPApplets
	w.printf("  主办单位 Subject:     %s（%s enterprise）\n", s.BaseInfo.Name, s.BaseInfo.Type.Label())
	w.printf("  地区 Region:          浙江省 杭州市 西湖区 (%s)\n", s.BaseInfo.District)
	w.printf("  信用代码 Credit code: %s\n", document.Mask(s.OrganizeInfo.CertificateNumber))
	w.printf("  主体负责人 Subject principal:       %s  身份证 ID %s\n", s.PrincipalInfo.Name, document.Mask(s.PrincipalInfo.CertificateNumber))
	w.printf("  小程序负责人 Mini program principal: %s  身份证 ID %s\n", a.PrincipalInfo.Name, document.Mask(a.PrincipalInfo.CertificateNumber))
	w.printf("  %s 手机 Mobile:     %s, 应急联系 Emergency: %s\n", a.PrincipalInfo.Name,
		document.Mask(a.PrincipalInfo.Mobile), document.Mask(a.PrincipalInfo.EmergencyContact))

	// 2. Validation catches the mistyped check digit.
	w.section("2", "提交前检查 Check before submitting")
	// WeChat's query_icp_* dictionaries; here the embedded snapshot with
	// the code of "none of the above" that WeChat's answer gives.
	cat, err := catalogue()
	if err != nil {
		return err
	}
	problems := req.Check(filing.CheckOptions{On: w.day, Catalogue: cat})
	if len(problems) == 0 {
		return errors.New("the mistyped ID number was not caught")
	}
	w.printf("  发现 %d 个问题 %s found:\n", len(problems), termtext.Count(len(problems), "problem"))
	w.problems(problems)
	req.ICPApplets.PrincipalInfo.CertificateNumber = appletPrinID
	w.printf("  修正 Fixed: 小程序负责人身份证号末位 last character of the ID number\n")
	w.printf("    %s -> %s\n", document.Mask(appletPrinTypo), document.Mask(appletPrinID))
	problems = req.Check(filing.CheckOptions{On: w.day, Catalogue: cat})
	switch {
	case problems.Blocking():
		// Only a start day far from today gets here: the sample
		// certificates must be in force with more than a month left.
		w.printf("  复查 Re-checked: 仍有问题 still %s:\n", termtext.Count(len(problems), "problem"))
		w.problems(problems)
		return fmt.Errorf("the sample filing does not pass on %s; try a -start from %s to %s", w.day, firstStart, lastStart)
	case len(problems) > 0:
		w.printf("  复查通过 Re-checked: 无阻断问题 nothing blocks the submission\n")
		w.problems(problems)
	default:
		w.printf("  复查通过 Re-checked: no problems\n")
	}

	// 3. The timeline.
	w.section("3", "时间线 Timeline")
	created := at(w.day, 9, 0)
	app, err := filing.NewApplication(filing.Identity{ID: "qs-order-0001", AppID: "wx0123456789abcdef"}, req, created)
	if err != nil {
		return err
	}
	w.entry(created, "创建草稿 draft created", "备案信息填写 draft")
	faceCreated, faceDone := at(w.day, 9, 20), at(w.day, 9, 30)
	if err := app.RecordFaceVerification(faceTaskID, faceCreated, faceDone); err != nil {
		return err
	}
	w.entry(faceDone, "人脸核验通过 face verification passed", "")
	w.note("核验有效至 valid until %s", stamp(app.Snapshot().Face.ValidUntil(false)))

	submitted := at(w.day, 10, 0)
	if _, err := app.Submit(submitted, filing.CheckOptions{}); err != nil {
		return err
	}
	w.entry(submitted, "提交备案 submitted", stageText(app.Stage()))
	est, err := deadline.EstimateFiling(w.cal, submitted)
	if err != nil {
		return err
	}
	w.note("预计 %s 至 %s 完成 expected done", est.Earliest, est.Latest)

	// WeChat's review passes on the first workday after submission, at
	// 15:00; MIIT sends its SMS at once.
	review, err := deadline.WindowOf(w.cal, deadline.ClockPlatformReview, submitted)
	if err != nil {
		return err
	}
	approved := at(review.Earliest, 15, 0)
	if _, err := app.ApprovePlatform(approved, approved); err != nil {
		return err
	}
	w.entry(approved, "平台初审通过 WeChat review passed", stageText(app.Stage()))
	w.note("短信有效至 SMS valid until %s", stamp(app.Snapshot().SMS.Deadline()))

	verified := approved.Add(25 * time.Minute)
	if _, err := app.VerifySMS(verified); err != nil {
		return err
	}
	w.entry(verified, "短信核验通过 SMS verified", stageText(app.Stage()))
	bureau, err := deadline.WindowOf(w.cal, deadline.ClockBureauReview, verified)
	if err != nil {
		return err
	}
	w.note("管局时限 bureau limit: %s", bureau.Latest)

	decided := at(w.cal.AddWorkdays(workday.DateOf(verified), bureauWorkdays), 11, 0)
	// The bureau issues the subject's number with the mini program's
	// service index, ending in X.
	number := fmt.Sprintf("浙ICP备%04d012345号-1X", decided.Year())
	if _, err := app.ApproveBureau(decided, number); err != nil {
		return err
	}
	w.entry(decided, "管局审核通过 bureau approved", stageText(app.Stage()))
	w.note("备案号 Filing number: %s", app.FilingNumber())

	// 4. Estimate against what happened.
	w.section("4", "完成时间 Completion")
	w.printf("%s", termtext.Wrap(2, est.Explain(true)))
	w.printf("%s", termtext.Wrap(2, est.Explain(false)))
	for _, win := range est.Windows {
		w.printf("  - %s %s: %s .. %s\n", win.Clock.Label(), win.Clock.English(), win.Earliest, win.Latest)
	}
	filed := workday.DateOf(decided)
	n := w.cal.WorkdaysBetween(workday.DateOf(submitted), filed)
	w.printf("  实际 Actual: %s, 提交后第 %d 个工作日 workday %d after submission\n", filed, n, n)
	if filed.Before(est.Earliest) || filed.After(est.Latest) {
		w.printf("  超出预计范围 outside the estimate\n")
	} else {
		w.printf("  在预计范围内 within the estimate\n")
	}

	// 5. The policy: before and after.
	w.section("5", "政策评估 Policy assessment")
	before, err := deadline.AssessOn(deadline.Program{}, w.day)
	if err != nil {
		return err
	}
	after, err := deadline.AssessOn(deadline.Program{Filed: filed}, filed)
	if err != nil {
		return err
	}
	for _, as := range []deadline.Assessment{before, after} {
		w.printf("  %s [%s]\n", as.On, as.Status)
		w.printf("%s", termtext.Wrap(4, as.Explain(true)))
		w.printf("%s", termtext.Wrap(4, as.Explain(false)))
	}
	w.printf("  依据 Source:\n")
	for _, src := range strings.Split(after.Rule.Source(), "; ") {
		w.printf("%s", termtext.Wrap(4, src))
	}

	w.printf("\n记录 Record: %s, 第 %d 次提交 attempt %d, %d 条历史 history entries\n",
		stageText(app.Stage()), app.Attempt(), app.Attempt(), len(app.History()))
	return nil
}

// problems lists problems, each with its field path and its messages in
// Chinese and English; "!" marks one that blocks the submission, "~" a
// warning.
func (w *walk) problems(ps filing.Problems) {
	for _, p := range ps {
		if p.Severity.Blocking() {
			w.printf("  ! %s\n", p.Field)
		} else {
			w.printf("  ~ %s (警告 warning)\n", p.Field)
		}
		w.printf("%s", termtext.Wrap(4, p.Text("zh")))
		w.printf("%s", termtext.Wrap(4, p.Text("en")))
	}
}

func (w *walk) section(n, title string) {
	w.printf("\n%s. %s\n", n, title)
}

// entry prints one timeline line, preceded by the holidays and makeup
// workdays between the previous entry and this one.
func (w *walk) entry(t time.Time, what, stage string) {
	if !w.last.IsZero() {
		w.between(workday.DateOf(w.last), workday.DateOf(t))
	}
	w.last = t
	w.printf("  %s %s  %s\n", termtext.Day(workday.DateOf(t)), t.In(workday.CST).Format("15:04"), what)
	if stage != "" {
		w.note("-> %s", stage)
	}
}

// textColumn is where the text of a timeline line starts.
const textColumn = 29

// note prints a detail line under a timeline entry, wrapped to the
// terminal width.
func (w *walk) note(format string, a ...any) {
	w.printf("%s", termtext.Wrap(textColumn, fmt.Sprintf(format, a...)))
}

// between prints the days off and makeup workdays strictly between two
// days of the timeline.
func (w *walk) between(from, to workday.Date) {
	first, last := from.AddDays(1), to.AddDays(-1)
	if last.Before(first) {
		return
	}
	for _, h := range w.cal.HolidaysBetween(first, last) {
		start, end := h.Start, h.End
		if start.Before(first) {
			start = first
		}
		if end.After(last) {
			end = last
		}
		days := end.DaysSince(start) + 1
		span := termtext.Day(start)
		if days > 1 {
			span = fmt.Sprintf("%s..%02d-%02d", start, end.Month(), end.Day())
		}
		w.printf("  %s%s放假 %d 天 %s, %s off\n", termtext.Pad(span, textColumn-2), h.Festival.Label(), days, h.Festival.English(), termtext.Count(days, "day"))
		switch {
		case h.Provisional:
			w.note("暂定：%d 年安排未经通知核对 provisional, not checked against the notice", h.Year)
		case !h.Official:
			w.note("推算：%d 年安排未公布 projected, not announced", h.Year)
		}
		for _, m := range h.Makeup {
			if !m.Before(first) && !m.After(last) {
				w.printf("  %s调休上班 makeup workday\n", termtext.Pad(termtext.Day(m), textColumn-2))
			}
		}
	}
}

// dayOff describes d when it is not worked: " (中秋节 放假 holiday)".
func (w *walk) dayOff(d workday.Date) string {
	info := w.cal.Day(d)
	switch info.Kind {
	case workday.KindHoliday:
		return fmt.Sprintf("（%s放假 holiday）", info.Festival.Label())
	case workday.KindWeekend:
		return "（周末 weekend）"
	}
	return ""
}

// stageEnglish names the stages in English; the Chinese names come from
// filing.Stage.Label.
var stageEnglish = map[filing.Stage]string{
	filing.StageDraft:           "draft",
	filing.StagePlatformReview:  "WeChat review",
	filing.StageSMSVerification: "MIIT SMS check",
	filing.StageBureauReview:    "bureau review",
	filing.StageFiled:           "filed",
	filing.StageDeregistered:    "deregistered",
}

// stageText is a filing stage in Chinese and English.
func stageText(s filing.Stage) string {
	en, ok := stageEnglish[s]
	if !ok {
		en = s.String()
	}
	return s.Label() + " " + en
}

// stamp writes an instant in China Standard Time, to the minute.
func stamp(t time.Time) string { return t.In(workday.CST).Format("2006-01-02 15:04") }

// noneOfTheAbove is the pre-approval code of 以上都不涉及 in the sample's
// catalogue; a service takes it from WeChat's query_icp_nrlx_types.
const noneOfTheAbove = 24

// catalogue returns the embedded catalogue with the code of "none of the
// above" added.
func catalogue() (*filing.Catalogue, error) {
	d := filing.DefaultCatalogue().Dictionaries()
	d.PreApprovalTypes = append(d.PreApprovalTypes, filing.Entry{Code: noneOfTheAbove, Name: "以上都不涉及"})
	return filing.NewCatalogue(d)
}

// request builds the fictional enterprise filing, with the mini program
// principal's ID number mistyped.
func request() filing.Request {
	return filing.Request{
		ICPSubject: filing.Subject{
			BaseInfo: filing.SubjectBaseInfo{
				Type:     document.SubjectEnterprise,
				Name:     "杭州示例数据科技有限公司",
				Province: "330000",
				City:     "330100",
				District: "330106",
				Address:  "文三路100号示例大厦8楼",
			},
			OrganizeInfo: filing.OrganizeInfo{
				CertificateType:    document.CertBusinessLicence,
				CertificateNumber:  companyUSCC,
				CertificateAddress: "浙江省杭州市西湖区文三路100号示例大厦8楼",
				CertificatePhoto:   "media-licence-001",
			},
			PrincipalInfo: filing.PrincipalInfo{
				Name:                         "王五",
				Mobile:                       "13500000001",
				Email:                        "wangwu@example.com",
				EmergencyContact:             "13600000002",
				CertificateType:              document.CertResidentID,
				CertificateNumber:            legalRepID,
				CertificateValidityDateStart: "20160615",
				CertificateValidityDateEnd:   "20360615",
				CertificatePhotoFront:        "media-id-front-001",
				CertificatePhotoBack:         "media-id-back-001",
			},
		},
		ICPApplets: filing.Applets{
			BaseInfo: filing.AppletBaseInfo{
				ServiceContentTypes: []filing.ServiceContentType{3, 4},
				NrlxDetails:         []filing.NrlxDetail{{Type: noneOfTheAbove}},
				Comment:             "本小程序为门店客户提供在线预约、订单查询和售后服务，不涉及新闻、出版、医疗、金融等前置审批内容。",
			},
			PrincipalInfo: filing.PrincipalInfo{
				Name:                         "赵六",
				Mobile:                       "13700000003",
				Email:                        "zhaoliu@example.com",
				EmergencyContact:             "13500000001",
				CertificateType:              document.CertResidentID,
				CertificateNumber:            appletPrinTypo,
				CertificateValidityDateStart: "20180301",
				CertificateValidityDateEnd:   "20380301",
				CertificatePhotoFront:        "media-id-front-002",
				CertificatePhotoBack:         "media-id-back-002",
				AuthorizationLetter:          "media-authorisation-002",
				VerifyTaskID:                 faceTaskID,
			},
		},
		ICPMaterials: filing.Materials{
			CommitmentLetter: []string{"media-commitment-001"},
		},
	}
}
