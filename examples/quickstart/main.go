// Command quickstart files one enterprise mini program from start to end
// as a service does: through the WeChat client of package filing/wechat,
// against a fake WeChat (package filing/wechattest) that it starts on this
// machine. It builds the apply_icp_filing payload in code, fetches
// WeChat's dictionaries and checks the payload with them (catching a
// mistyped ID number before anything is sent), uploads the pictures, has
// the principal's face verified, applies, and follows the reviews through
// WeChat's push events and polls to the filing number. On the way it
// prints what the merchant must do and by when, the holidays the filing
// waits through, the completion estimate and the policy assessment.
//
// Usage:
//
//	go run ./examples/quickstart [-start 2026-09-25]
//
// The fake WeChat's clock starts at 09:00 on the start day, today (China
// Standard Time) without -start, and moves only when the program moves
// it. Nothing leaves the machine: the client's transport refuses every
// address but loopback. Every person, number and company in it is
// fictional; the check characters are computed so that the numbers pass
// validation, and the output masks them.
//
// Exit status: 0 when the filing gets its number, 1 when the sample
// filing does not pass its check on the start day (its certificates allow
// start days from 2018-03-01 to 2036-05-14) or a step fails, 2 for a bad
// argument.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/beian-go/beian/examples/internal/termtext"

	"github.com/beian-go/beian/deadline"
	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/wechat"
	"github.com/beian-go/beian/filing/wechattest"
	"github.com/beian-go/beian/workday"
)

func main() {
	// The clock is read here, for the default start day, and nowhere else.
	os.Exit(run(os.Args[1:], workday.DateOf(time.Now()), os.Stdout, os.Stderr))
}

// How the reviews go. The fake WeChat does what it is told; these are
// typical durations, counted in workdays as the reviewers count them.
const (
	// smsAnswered is how long the principal takes to answer MIIT's SMS.
	smsAnswered = 25 * time.Minute
	// bureauWorkdays is how many workdays the bureau takes.
	bureauWorkdays = 8
	// pollEvery is how often the service asks WeChat for the status.
	pollEvery = 30 * time.Minute
	// giveUpDays ends the walk if the filing has no number after as many
	// days.
	giveUpDays = 60
)

// run is the whole program: parse args, file the mini program, write to
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
	if err := w.run(context.Background()); err != nil {
		fmt.Fprintln(stderr, "quickstart:", err)
		return 1
	}
	return 0
}

// walk holds the state of one walk-through: the fake WeChat, the client
// and the record of the filing, which a service would keep in its store.
type walk struct {
	out io.Writer
	cal *workday.Calendar
	day workday.Date // the start day

	fake   *wechattest.Server
	net    *loopbackOnly // the client's transport
	client *wechat.Client
	app    *filing.Application

	last time.Time // the previous timeline entry, for the holidays in between

	// The push-event handler runs on the event server's goroutines; mu
	// guards what it hands to the walk.
	mu     sync.Mutex
	pushes []push // received and not printed yet
	seen   int    // pushes received in all
}

// push is one event the fake WeChat pushed, with what it changed.
type push struct {
	event   wechat.Event
	polled  bool // a poll followed, for what the event does not say
	changes []filing.Change
	err     error
}

func (w *walk) run(ctx context.Context) error {
	// The fake WeChat, on this machine, its clock at 09:00 on the start day.
	w.fake = wechattest.NewServer(at(w.day, 9, 0))
	defer w.fake.Close()

	// The client, as a service sets it up: a source of the mini program's
	// authorizer_access_token (here the fake's), an http.Client that
	// reaches only this machine, and the fake's URL instead of WeChat's.
	token := w.fake.Authorize(appID)
	w.net = &loopbackOnly{next: &http.Transport{}}
	defer w.net.next.CloseIdleConnections()
	w.client = &wechat.Client{
		Tokens:     wechat.TokenFunc(func(context.Context) (string, error) { return token, nil }),
		HTTPClient: &http.Client{Transport: w.net},
		BaseURL:    w.fake.URL,
	}

	// The service's event URL: WeChat pushes review results there,
	// encrypted; wechat.Handler checks, decrypts and parses them.
	stop, err := w.serveEvents()
	if err != nil {
		return err
	}
	defer stop()

	w.printf("beian 快速上手 / quickstart: 一个企业小程序的 ICP 备案全过程\n")
	w.printf("经客户端连接本机的假微信 Through the client to a fake WeChat on this machine\n")
	w.printf("假微信时钟 Fake WeChat clock, 中国标准时间 China Standard Time\n")
	w.printf("起始 Start: %s 09:00%s\n", termtext.Day(w.day), w.dayOff(w.day))
	w.printf("示例数据均为虚构 All data is fictional; 证件号与手机号已打码 masked.\n")

	req := request()
	w.fill(req)
	cat, err := w.check(ctx, &req)
	if err != nil {
		return err
	}
	if err := w.upload(ctx, &req); err != nil {
		return err
	}
	face, err := w.verifyFace(ctx, &req)
	if err != nil {
		return err
	}
	submitted, err := w.apply(ctx, req, face, cat)
	if err != nil {
		return err
	}
	if err := w.follow(ctx, submitted); err != nil {
		return err
	}
	filed := workday.DateOf(w.lastChange())
	if err := w.completion(submitted, filed); err != nil {
		return err
	}
	if err := w.policy(filed); err != nil {
		return err
	}

	w.printf("\n记录 Record: %s, 第 %d 次提交 attempt %d,\n", stageText(w.app.Stage()), w.app.Snapshot().Attempt, w.app.Snapshot().Attempt)
	w.printf("  版本 version %d, %d 条历史 history entries\n", w.app.Version(), len(w.app.History()))
	w.mu.Lock()
	pushes := w.seen
	w.mu.Unlock()
	w.printf("网络 Network: %d 次请求 requests to the fake WeChat, %d 次推送 pushes back,\n", w.net.requests(), pushes)
	w.printf("  均在本机 all on this machine (loopback)\n")
	return nil
}

// 1. The payload, built in code.
func (w *walk) fill(req filing.Request) {
	w.section("1", "填写备案信息 Fill in the filing")
	s, a := req.ICPSubject, req.ICPApplets
	w.printf("  主办单位 Subject:     %s（%s enterprise）\n", s.BaseInfo.Name, s.BaseInfo.Type.Label())
	w.printf("  地区 Region:          浙江省 杭州市 西湖区 (%s)\n", s.BaseInfo.District)
	w.printf("  信用代码 Credit code: %s\n", document.Mask(s.OrganizeInfo.CertificateNumber))
	w.printf("  主体负责人 Subject principal:       %s  身份证 ID %s\n", name(s.PrincipalInfo.Name), document.Mask(s.PrincipalInfo.CertificateNumber))
	w.printf("  小程序负责人 Mini program principal: %s  身份证 ID %s\n", name(a.PrincipalInfo.Name), document.Mask(a.PrincipalInfo.CertificateNumber))
	w.printf("  %s 手机 Mobile:     %s, 应急联系 Emergency: %s\n", name(a.PrincipalInfo.Name),
		document.Mask(a.PrincipalInfo.Mobile), document.Mask(a.PrincipalInfo.EmergencyContact))
	w.printf("  服务内容 Service:     生活缴费 utility bills (%d)\n", serviceUtilityBills)
	w.printf("  前置审批 Pre-approval: 以上都不涉及 none of the above (%d)\n", noneOfTheAbove)
}

// 2. WeChat's dictionaries, and the check that catches the mistyped ID
// number before anything is sent.
func (w *walk) check(ctx context.Context, req *filing.Request) (*filing.Catalogue, error) {
	w.section("2", "提交前检查 Check before sending anything")
	// WeChat says its dictionaries change and must be fetched, not
	// hard-coded: the catalogue the checks read comes from the client.
	cat, err := w.client.Catalogue(ctx)
	if err != nil {
		return nil, err
	}
	d := cat.Dictionaries()
	w.printf("  微信字典 WeChat's dictionaries (Client.Catalogue):\n")
	w.printf("    主体类型 subject types %d, 证件类型 certificate types %d,\n", len(d.SubjectTypes), len(d.CertificateTypes))
	w.printf("    前置审批 pre-approval types %d, 服务内容 service types %d, 地区 districts %d\n",
		len(d.PreApprovalTypes), len(d.ServiceTypes), len(d.Districts))
	w.printf("%s", termtext.Wrap(4, "来源 Source: "+cat.Source()))

	problems := req.Check(filing.CheckOptions{On: w.day, Catalogue: cat})
	if !problems.Has("resident_id.checksum") {
		return nil, errors.New("the mistyped ID number was not caught")
	}
	w.printf("  发现 %d 个问题 %s found:\n", len(problems), termtext.Count(len(problems), "problem"))
	w.problems(problems)
	req.ICPApplets.PrincipalInfo.CertificateNumber = appletPrinID
	w.printf("  修正 Fixed: 小程序负责人身份证号末位 last character of the ID number\n")
	w.printf("    %s -> %s\n", document.Mask(appletPrinTypo), document.Mask(appletPrinID))
	w.printf("  缺少的材料和人脸核验在 3、4 补上 What is missing comes in 3 and 4\n")
	return cat, nil
}

// 3. The pictures, uploaded through the client; their media ids go into
// the request.
func (w *walk) upload(ctx context.Context, req *filing.Request) error {
	w.section("3", "上传材料 Upload the materials (upload_icp_media)")
	// The client checks every picture before sending it: one too small
	// never leaves the machine.
	small := picture(long/2, short/2)
	_, err := w.client.Upload(ctx, wechat.Upload{Field: document.MaterialSubjectCertificate.Field(), Data: small})
	var bad *document.ImageError
	if !errors.Is(err, wechat.ErrUpload) || !errors.As(err, &bad) {
		return fmt.Errorf("a picture that is too small was not refused: %v", err)
	}
	zh, en, _ := document.Message(bad.Code())
	w.printf("  %d×%d -> 未发送 not sent\n", long/2, short/2)
	w.printf("%s", termtext.Wrap(4, zh))
	w.printf("%s", termtext.Wrap(4, en))

	// Each file is uploaded for the payload field it fills, and its
	// media id goes into that field.
	photo, page := picture(long, short), picture(short, long)
	for _, u := range uploads(req) {
		data, size := page, fmt.Sprintf("%d×%d", short, long)
		if u.photo {
			data, size = photo, fmt.Sprintf("%d×%d", long, short)
		}
		id, err := w.client.Upload(ctx, wechat.Upload{
			Field:           u.kind.Field(),
			CertificateType: u.cert,
			Data:            data,
		})
		if err != nil {
			return err
		}
		u.set(string(id))
		head := fmt.Sprintf("  %s -> %s", size, id)
		w.printf("%s%s\n", termtext.Pad(head, uploadColumn), u.kind.Label())
		w.printf("%s", termtext.Wrap(uploadColumn, u.kind.English()))
	}
	return nil
}

// uploadColumn is where the material's name starts in the upload list.
const uploadColumn = 24

// 4. The mini program principal's face verification: WeChat asks the
// principal to verify, and the service waits until the task succeeds.
func (w *walk) verifyFace(ctx context.Context, req *filing.Request) (filing.FaceVerification, error) {
	w.section("4", "人脸核验 Face verification")
	task, err := w.client.CreateFaceTask(ctx, false)
	if err != nil {
		return filing.FaceVerification{}, err
	}
	created := w.fake.Now()
	w.entry(created, "创建核验任务 task created (create_icp_verifytask)")
	w.note("任务 Task: %s", task.ID)
	w.note("微信通知小程序负责人 WeChat notifies the principal")
	req.ICPApplets.PrincipalInfo.VerifyTaskID = task.ID

	// Minute by minute on the fake's clock, ask WeChat how the task
	// stands. The fake's principal verifies within a few minutes.
	for !task.Finished {
		if err := w.fake.Advance(time.Minute); err != nil {
			return filing.FaceVerification{}, err
		}
		if err := w.printPushes(); err != nil {
			return filing.FaceVerification{}, err
		}
		if task, err = w.client.FaceTask(ctx, task.ID); err != nil {
			return filing.FaceVerification{}, err
		}
		if w.fake.Now().Sub(created) > time.Hour {
			return filing.FaceVerification{}, errors.New("the face verification did not finish within an hour")
		}
	}
	if task.Status != wechat.FaceSucceeded {
		return filing.FaceVerification{}, fmt.Errorf("the face verification ended with face_status %d", task.Status)
	}
	face := filing.FaceVerification{TaskID: task.ID, CreatedAt: created, VerifiedAt: w.fake.Now()}
	w.entry(face.VerifiedAt, "查询 query_icp_verifytask: 核验通过 verified")
	w.note("有效至 valid until %s", stamp(deadline.FaceTaskDeadline(face.CreatedAt, false)))
	return face, nil
}

// 5. The application: the record is created and checked once more, sent
// to WeChat, and then submitted on the record.
func (w *walk) apply(ctx context.Context, req filing.Request, face filing.FaceVerification, cat *filing.Catalogue) (time.Time, error) {
	w.section("5", "提交与审核 Apply, and follow the reviews")
	// The record of the filing, which a service stores: a draft of the
	// request, with the principal's face verification on it.
	now := w.fake.Now()
	app, err := filing.NewApplication(filing.Identity{ID: "qs-order-0001", AppID: appID}, req, now)
	if err != nil {
		return time.Time{}, err
	}
	w.mu.Lock()
	w.app = app
	w.mu.Unlock()
	if err := app.RecordFaceVerification(face.TaskID, face.CreatedAt, face.VerifiedAt); err != nil {
		return time.Time{}, err
	}

	// The same check as in 2, on the request as it now is: Submit runs
	// it too and refuses the filing if an error blocks it.
	opts := filing.CheckOptions{On: workday.DateOf(now), Catalogue: cat}
	problems := req.Check(opts)
	switch {
	case problems.Blocking():
		// Only a start day far from today gets here: the sample
		// certificates must be in force with more than a month left.
		w.printf("  复查 Re-checked: 仍有问题 still %s:\n", termtext.Count(len(problems), "problem"))
		w.problems(problems)
		return time.Time{}, fmt.Errorf("the sample filing does not pass on %s; try a -start from %s to %s", w.day, firstStart, lastStart)
	case len(problems) > 0:
		w.printf("  复查通过 Re-checked: 无阻断问题 nothing blocks the submission\n")
		w.problems(problems)
	default:
		w.printf("  复查通过 Re-checked: no problems\n")
	}

	// The fake WeChat reviews as it is told: WeChat passes the filing on
	// the first workday after submission at 15:00, MIIT sends its SMS at
	// once, the principal answers it, and the bureau decides at 11:00 on
	// its bureauWorkdays-th workday.
	review, err := deadline.WindowOf(w.cal, deadline.ClockPlatformReview, now)
	if err != nil {
		return time.Time{}, err
	}
	approved := at(review.Earliest, 15, 0)
	verified := approved.Add(smsAnswered)
	decided := at(w.cal.AddWorkdays(workday.DateOf(verified), bureauWorkdays), 11, 0)
	w.fake.Script(appID, wechattest.Plan{
		PlatformReview: approved.Sub(now),
		SMSVerify:      smsAnswered,
		BureauReview:   decided.Sub(verified),
	})

	// WeChat first, then the record: if WeChat refuses, the record is
	// still a draft and nothing has to be undone.
	if err := w.client.Apply(ctx, req); err != nil {
		return time.Time{}, err
	}
	changes, err := app.Submit(now, opts)
	if err != nil {
		return time.Time{}, err
	}
	w.entry(now, "申请 apply_icp_filing: 已受理 accepted")
	w.changes(changes)
	// The record answers its own time questions: the clock of its stage
	// and when the filing should be done.
	tm, err := app.Timing(w.cal, now)
	if err != nil {
		return time.Time{}, err
	}
	w.note("预计 %s 至 %s 完成 expected done", tm.Estimate.Earliest, tm.Estimate.Latest)
	w.printf("  每 %d 分钟轮询一次 Polling every %d minutes (get_icp_entrance_info);\n", int(pollEvery.Minutes()), int(pollEvery.Minutes()))
	w.printf("  推送随时到达 pushes arrive when WeChat sends them\n")
	return now, nil
}

// follow moves the fake's clock on, poll by poll, until the filing has
// its number. Pushes arrive on the way, during Advance.
func (w *walk) follow(ctx context.Context, submitted time.Time) error {
	for w.app.Stage() != filing.StageFiled {
		if w.fake.Now().Sub(submitted) > giveUpDays*24*time.Hour {
			return fmt.Errorf("no filing number %d days after submission; the filing is in %s", giveUpDays, w.app.Stage())
		}
		if err := w.fake.Advance(pollEvery); err != nil {
			return err
		}
		if err := w.printPushes(); err != nil {
			return err
		}
		// The poll a service runs on a timer: a change no push told of
		// (here the SMS check) shows up in it.
		e, err := w.client.Poll(ctx)
		if err != nil {
			return err
		}
		now := w.fake.Now()
		changes, err := w.app.Sync(e.Poll, now)
		if err != nil {
			return err
		}
		if len(changes) > 0 {
			w.entry(now, fmt.Sprintf("轮询 poll: 状态 status %d, 短信 SMS %d", e.Status, e.SMSVerifyStatus))
			w.changes(changes)
		}
		if w.app.Stage() == filing.StageDraft {
			return errors.New("the filing was returned to draft")
		}
	}
	return nil
}

// onEvent is the push handler of the service: it applies a filing event
// to the record with Sync, as it would a poll. A rejection or the filing
// number is not in the event, so for those it polls WeChat, which tells.
func (w *walk) onEvent(ctx context.Context, ev wechat.Event) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.seen++
	got := push{event: ev}
	if p, ok := ev.Poll(); ok && w.app != nil {
		if p.Status != filing.StatusPlatformReview && p.Status != filing.StatusBureauReview {
			e, err := w.client.Poll(ctx)
			if err != nil {
				return err // WeChat pushes again
			}
			p, got.polled = e.Poll, true
		}
		got.changes, got.err = w.app.Sync(p, w.fake.Now())
	}
	w.pushes = append(w.pushes, got)
	return nil
}

// printPushes prints the pushes received since the last call.
func (w *walk) printPushes() error {
	w.mu.Lock()
	pushes := w.pushes
	w.pushes = nil
	w.mu.Unlock()
	for _, p := range pushes {
		if p.err != nil {
			return p.err
		}
		switch p.event.Type {
		case wechat.EventVerifyResult:
			what := fmt.Sprintf("推送 push: 人脸核验结果 face result %d", p.event.FaceStatus)
			if p.event.FaceStatus == wechat.FaceSucceeded {
				what = "推送 push: 人脸核验通过 face verified"
			}
			w.entry(p.event.At, what)
		case wechat.EventApplyResult:
			w.entry(p.event.At, fmt.Sprintf("推送 push: 状态 status %d", p.event.Status))
			switch {
			case p.polled && p.event.Status == filing.StatusFiled:
				w.note("轮询备案号 polled for the filing number")
			case p.polled:
				w.note("轮询驳回原因 polled for the reasons")
			}
			w.changes(p.changes)
		}
	}
	return nil
}

// serveEvents starts the service's event URL on a loopback port and
// registers it with the fake WeChat; stop shuts it down.
func (w *walk) serveEvents() (stop func(), err error) {
	crypto, err := wechat.NewCrypto(wechattest.Token, wechattest.EncodingAESKey, wechattest.ComponentAppID)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	// Now is the fake's clock, against which the handler judges a push's
	// timestamp.
	mux.Handle("/wechat/events", &wechat.Handler{Crypto: crypto, OnEvent: w.onEvent, Now: w.fake.Now})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: mux}
	go func() { _ = srv.Serve(ln) }()
	w.fake.SetEventURL("http://" + ln.Addr().String() + "/wechat/events")
	return func() { _ = srv.Close() }, nil
}

// loopbackOnly is the client's transport: it sends requests to loopback
// addresses (127.0.0.0/8, ::1) only, so that the quickstart cannot reach
// the internet, not even by mistake. It counts the requests it lets
// through.
type loopbackOnly struct {
	next *http.Transport

	mu   sync.Mutex
	sent int
}

func (l *loopbackOnly) RoundTrip(r *http.Request) (*http.Response, error) {
	ip, err := netip.ParseAddr(r.URL.Hostname())
	if err != nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("%s is not on this machine: the quickstart talks to the fake WeChat only", r.URL.Host)
	}
	l.mu.Lock()
	l.sent++
	l.mu.Unlock()
	return l.next.RoundTrip(r)
}

// requests returns how many requests were sent.
func (l *loopbackOnly) requests() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.sent
}

// lastChange returns when the record last changed.
func (w *walk) lastChange() time.Time {
	h := w.app.History()
	return h[len(h)-1].At
}

// 6. The estimate against what happened.
func (w *walk) completion(submitted time.Time, filed workday.Date) error {
	w.section("6", "完成时间 Completion")
	est, err := deadline.EstimateFiling(w.cal, submitted)
	if err != nil {
		return err
	}
	w.printf("%s", termtext.Wrap(2, est.Explain(true)))
	w.printf("%s", termtext.Wrap(2, est.Explain(false)))
	for _, win := range est.Windows {
		w.printf("  - %s %s: %s .. %s\n", win.Clock.Label(), win.Clock.English(), win.Earliest, win.Latest)
	}
	n := w.cal.WorkdaysBetween(workday.DateOf(submitted), filed)
	w.printf("  实际 Actual: %s, 提交后第 %d 个工作日 workday %d after submission\n", filed, n, n)
	if filed.Before(est.Earliest) || filed.After(est.Latest) {
		w.printf("  超出预计范围 outside the estimate\n")
	} else {
		w.printf("  在预计范围内 within the estimate\n")
	}
	return nil
}

// 7. The policy: before and after.
func (w *walk) policy(filed workday.Date) error {
	w.section("7", "政策评估 Policy assessment")
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
	return nil
}
