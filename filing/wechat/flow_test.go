package wechat_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/wechat"
	"github.com/beian-go/beian/filing/wechattest"
	"github.com/beian-go/beian/workday"
)

// service is what an integrator runs: one Application per mini program,
// kept in step with WeChat by push events and polls.
type service struct {
	client *wechat.Client
	clock  func() time.Time

	mu     sync.Mutex
	app    *filing.Application
	events []wechat.Event
	errs   []error
}

// onEvent applies a push: an event that carries everything is synced as
// it is; for a rejection or a filing the service polls, which also gives
// the reasons or the filing number.
func (s *service) onEvent(ctx context.Context, ev wechat.Event) error {
	s.mu.Lock()
	s.events = append(s.events, ev)
	s.mu.Unlock()
	p, ok := ev.Poll()
	if !ok {
		return nil
	}
	if p.Status != filing.StatusPlatformReview && p.Status != filing.StatusBureauReview {
		e, err := s.client.Poll(ctx)
		if err != nil {
			return err
		}
		p = e.Poll
	}
	if _, err := s.app.Sync(p, s.clock()); err != nil {
		s.mu.Lock()
		s.errs = append(s.errs, err)
		s.mu.Unlock()
		return err
	}
	return nil
}

func (s *service) poll(t *testing.T) bool {
	t.Helper()
	e, err := s.client.Poll(context.Background())
	require.NoError(t, err)
	changed, err := s.app.Sync(e.Poll, s.clock())
	require.NoError(t, err)
	return len(changed) > 0
}

func TestFullFilingWithRejectionAndResubmission(t *testing.T) {
	ctx := context.Background()
	srv, client := newFake(t)
	svc := &service{client: client, clock: srv.Now}
	listen(t, srv, svc.onEvent)
	reasons := []filing.Rejection{{Field: "小程序备注", Reason: "描述与实际服务不符", Suggestion: "据实描述"}}
	srv.Script(testApp, wechattest.Plan{RejectPlatform: reasons}, wechattest.Plan{})

	cat, err := client.Catalogue(ctx)
	require.NoError(t, err)
	opts := filing.CheckOptions{Catalogue: cat}
	req, task := ready(t, srv, client, loadRequest(t), false)

	app, err := filing.NewApplication(filing.Identity{ID: "app-1", AppID: "wx0123456789abcdef"}, req, srv.Now())
	require.NoError(t, err)
	svc.app = app
	require.NoError(t, app.RecordFaceVerification(task.ID, srv.Now().Add(-10*time.Minute), srv.Now()))
	opts.On = workday.DateOf(srv.Now())
	req0 := app.Request()
	require.False(t, req0.Check(opts).Blocking(), "%v", req0.Check(opts))

	// First attempt: WeChat takes it, then its review rejects it.
	require.NoError(t, client.Apply(ctx, app.Request()))
	_, err = app.Submit(srv.Now(), filing.CheckOptions{})
	require.NoError(t, err)
	require.NoError(t, srv.Advance(24*time.Hour))
	require.Equal(t, filing.StageDraft, app.Stage())
	assert.Equal(t, reasons, app.Snapshot().Rejections)
	assert.False(t, svc.poll(t), "the poll after the event changes nothing")

	// Fix and resubmit; this time every review passes.
	req = app.Request()
	req.ICPApplets.BaseInfo.Comment = "本小程序为企业客户提供在线预约、订单查询和售后服务，预约的服务由本企业门店提供。"
	require.NoError(t, app.SetRequest(req, srv.Now()))
	require.NoError(t, client.Apply(ctx, req))
	_, err = app.Submit(srv.Now(), filing.CheckOptions{})
	require.NoError(t, err)
	require.NoError(t, srv.Advance(24*time.Hour))
	require.Equal(t, filing.StageSMSVerification, app.Stage(), "the platform's approval arrives as an event")
	require.NoError(t, srv.Advance(time.Hour))
	assert.True(t, svc.poll(t), "the SMS check is seen by polling")
	require.Equal(t, filing.StageBureauReview, app.Stage())
	require.NoError(t, srv.Advance(72*time.Hour))

	require.Equal(t, filing.StageFiled, app.Stage())
	assert.True(t, strings.HasSuffix(app.FilingNumber(), "X"), app.FilingNumber())
	assert.Equal(t, 2, app.Snapshot().Attempt)
	assert.Empty(t, svc.errs)
	var got []string
	for _, ev := range svc.events {
		got = append(got, fmt.Sprint(ev.Type, "/", ev.Status))
	}
	assert.Equal(t, []string{
		"notify_icpfiling_verify_result/0",
		"notify_apply_icpfiling_result/3",
		"notify_apply_icpfiling_result/4",
		"notify_apply_icpfiling_result/6",
	}, got)
	last := svc.events[len(svc.events)-1]
	assert.Equal(t, testApp, last.AppID)
	assert.Equal(t, srv.Now(), last.At)
}

// TestApplicationFollowsTheFake: every way a filing ends on the fake
// maps, through a poll, to the Application's own transition.
func TestApplicationFollowsTheFake(t *testing.T) {
	ctx := context.Background()
	reasons := []filing.Rejection{{Field: "主办单位名称", Reason: "与证件不一致"}}
	for _, tc := range []struct {
		name  string
		plan  wechattest.Plan
		act   func(srv *wechattest.Server, c *wechat.Client, svc *service)
		stage filing.Stage
		last  filing.Event
	}{
		{"sms expires", wechattest.Plan{SMSVerify: -1}, func(srv *wechattest.Server, _ *wechat.Client, _ *service) {
			require.NoError(t, srv.Advance(48*time.Hour))
		}, filing.StageDraft, filing.EventExpireSMS},
		{"bureau rejects", wechattest.Plan{RejectBureau: reasons}, func(srv *wechattest.Server, _ *wechat.Client, _ *service) {
			require.NoError(t, srv.Advance(100*time.Hour))
		}, filing.StageDraft, filing.EventRejectBureau},
		{"withdrawn", wechattest.Plan{}, func(_ *wechattest.Server, c *wechat.Client, _ *service) {
			require.NoError(t, c.Withdraw(ctx))
		}, filing.StageDraft, filing.EventWithdraw},
		{"deregistered", wechattest.Plan{}, func(srv *wechattest.Server, c *wechat.Client, svc *service) {
			require.NoError(t, srv.Advance(100*time.Hour))
			assert.True(t, svc.poll(t), "filed, as a service polling on a timer sees it")
			require.NoError(t, c.Deregister(ctx, wechat.DeregisterApplet, wechat.ReasonNotOperated))
			require.NoError(t, srv.Advance(24*time.Hour))
		}, filing.StageDeregistered, filing.EventDeregister},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, c, req := applied(t, tc.plan)
			app := submitted(t, srv, req)
			svc := &service{client: c, clock: srv.Now, app: app}
			tc.act(srv, c, svc)
			assert.True(t, svc.poll(t))
			assert.Equal(t, tc.stage, app.Stage())
			h := app.History()
			assert.Equal(t, tc.last, h[len(h)-1].Event)
			if tc.last == filing.EventRejectBureau {
				assert.Equal(t, reasons, app.Snapshot().Rejections)
			}
		})
	}
}
