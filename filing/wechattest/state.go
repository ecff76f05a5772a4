package wechattest

import (
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/beian-go/beian/deadline"
	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/wechat"
)

// The review steps a submission goes through on the fake's clock.
const (
	stepNone     = iota
	stepAuth     // the combined flow's verification review
	stepPlatform // WeChat's review
	stepSMS      // waiting for the MIIT SMS check
	stepBureau   // the bureau's review
)

// How long a face task takes, and how long the verification of the
// combined flow and a deregistration take. How long a face task and the
// SMS stay valid is package deadline's.
const (
	faceDone       = 5 * time.Minute
	authReview     = 24 * time.Hour
	deregistration = 24 * time.Hour
)

// app is the fake's state of one mini program.
type app struct {
	id, token string

	status    filing.EntranceStatus
	sms       filing.SMSVerifyStatus
	audit     []filing.Rejection
	canceling bool
	cancelAt  time.Time
	withdrawn bool

	req            filing.Request // the accepted submission
	subjectNumber  string
	number         string
	plans          []Plan
	plan           Plan
	step           int
	due            time.Time
	proc           string // the combined flow's procedure_id
	media          map[string]media
	tasks          map[string]*task
	filingsOfOwner int
}

type media struct {
	kind, contentType string
	data              []byte
}

type task struct {
	along    bool
	created  time.Time
	finished bool
	status   wechat.FaceStatus
}

// expired reports whether t is past its validity at now.
func (t *task) expired(now time.Time) bool {
	return !now.Before(deadline.FaceTaskDeadline(t.created, t.along))
}

// step is something due on the clock.
type step struct {
	at  time.Time
	run func() []push
}

// app returns appID's state, creating it unfiled.
func (s *Server) app(appID string) *app {
	if a, ok := s.apps[appID]; ok {
		return a
	}
	a := &app{id: appID, token: "access-token-" + appID, status: filing.StatusNotFiled,
		media: map[string]media{}, tasks: map[string]*task{}}
	s.apps[appID] = a
	s.tokens[a.token] = appID
	return a
}

// nextID returns a fresh id with prefix.
func (s *Server) nextID(prefix string) string {
	s.seq++
	return prefix + strconv.Itoa(s.seq)
}

// pending lists a's due steps. The closures run with the server's lock
// held and its clock at the step's moment.
func (s *Server) pending(a *app) []step {
	var out []step
	if a.step != stepNone {
		out = append(out, step{a.due, func() []push { return s.advanceFiling(a) }})
	}
	if a.canceling {
		out = append(out, step{a.cancelAt, func() []push {
			a.canceling, a.status, a.number, a.subjectNumber = false, filing.StatusNotFiled, "", ""
			return nil
		}})
	}
	ids := make([]string, 0, len(a.tasks))
	for id := range a.tasks {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if t := a.tasks[id]; !t.finished {
			out = append(out, step{t.created.Add(faceDone), func() []push {
				t.finished, t.status = true, wechat.FaceSucceeded
				return []push{s.event(wechat.EventVerifyResult,
					fmt.Sprintf("<task_id><![CDATA[%s]]></task_id><verify_appid><![CDATA[%s]]></verify_appid><result>%d</result>", id, a.id, t.status))}
			}})
		}
	}
	return out
}

// accept starts the reviews of a submission.
func (s *Server) accept(a *app, req filing.Request, combined bool) {
	a.req, a.audit, a.sms, a.withdrawn = req.Clone(), nil, 0, false
	a.plan = Plan{}
	if len(a.plans) > 0 {
		a.plan, a.plans = a.plans[0], a.plans[1:]
	}
	if combined {
		a.step, a.due = stepAuth, s.now.Add(authReview)
		return
	}
	s.startPlatformReview(a)
}

// startPlatformReview starts WeChat's review of a's submission.
func (s *Server) startPlatformReview(a *app) {
	a.status, a.step, a.due = filing.StatusPlatformReview, stepPlatform, s.now.Add(orDefault(a.plan.PlatformReview, 24*time.Hour))
}

// advanceFiling runs a's due review step.
func (s *Server) advanceFiling(a *app) []push {
	p := a.plan
	switch a.step {
	case stepAuth:
		s.startPlatformReview(a)
		return nil
	case stepPlatform:
		if len(p.RejectPlatform) > 0 {
			a.status, a.audit, a.step = filing.StatusPlatformRejected, p.RejectPlatform, stepNone
			return []push{s.applyEvent(a)}
		}
		a.status, a.sms, a.step = filing.StatusBureauReview, filing.SMSWaiting, stepSMS
		a.due = deadline.SMSDeadline(s.now)
		if p.SMSVerify >= 0 {
			a.due = s.now.Add(orDefault(p.SMSVerify, time.Hour))
		}
		return []push{s.applyEvent(a)}
	case stepSMS:
		if p.SMSVerify < 0 {
			a.status, a.sms, a.step = filing.StatusBureauRejected, filing.SMSTimedOut, stepNone
			a.audit = []filing.Rejection{{Field: "短信核验", Reason: "短信核验超时未完成", Suggestion: "请重新提交备案并在24小时内完成短信核验"}}
			return []push{s.applyEvent(a)}
		}
		a.sms, a.step, a.due = filing.SMSVerified, stepBureau, s.now.Add(orDefault(p.BureauReview, 72*time.Hour))
		return nil
	case stepBureau:
		a.step = stepNone
		if len(p.RejectBureau) > 0 {
			a.status, a.audit = filing.StatusBureauRejected, p.RejectBureau
			return []push{s.applyEvent(a)}
		}
		a.status = filing.StatusFiled
		abbr := "粤"
		if pr, ok := document.ProvinceByCode(a.req.ICPSubject.BaseInfo.Province); ok && pr.Abbr != "" {
			abbr = pr.Abbr
		}
		if a.subjectNumber == "" {
			s.subjects++
			a.subjectNumber = fmt.Sprintf("%sICP备%04d%06d号", abbr, s.now.Year(), s.subjects)
		}
		a.filingsOfOwner++
		a.number = fmt.Sprintf("%s-%dX", a.subjectNumber, a.filingsOfOwner)
		return []push{s.applyEvent(a)}
	}
	return nil
}

// applyEvent is notify_apply_icpfiling_result for a's status.
func (s *Server) applyEvent(a *app) push {
	return s.event(wechat.EventApplyResult,
		fmt.Sprintf("<authorizer_appid><![CDATA[%s]]></authorizer_appid><beian_status>%d</beian_status>", a.id, a.status))
}

// event is the plaintext XML of a platform event at the current time.
func (s *Server) event(infoType, fields string) push {
	return push(fmt.Sprintf("<xml><AppId><![CDATA[%s]]></AppId><CreateTime>%d</CreateTime><InfoType><![CDATA[%s]]></InfoType>%s</xml>",
		ComponentAppID, s.now.Unix(), infoType, fields))
}

// procedureStatus is query_auth_and_icp's procedure_status for a.
func (a *app) procedureStatus() int {
	switch {
	case a.step == stepAuth:
		return 17
	case a.withdrawn:
		return 29
	case a.status >= filing.StatusPlatformReview && a.status <= filing.StatusFiled:
		return 20 + int(a.status)
	}
	return 17
}

func orDefault(d, def time.Duration) time.Duration {
	if d == 0 {
		return def
	}
	return d
}
