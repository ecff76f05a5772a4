package wechat

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/filing"
)

func TestFieldPath(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain", "icp_subject.organize_info.certificate_photo", "icp_subject.organize_info.certificate_photo"},
		{"numeric segment", "icp_applets.base_info.nrlx_details.0.media", "icp_applets.base_info.nrlx_details[0].media"},
		{"trailing index", "icp_materials.applets_other_materials.1", "icp_materials.applets_other_materials[1]"},
		{"already bracketed", "icp_applets.base_info.nrlx_details[2].code", "icp_applets.base_info.nrlx_details[2].code"},
		{"digits inside a name", "a.b2c.d", "a.b2c.d"},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, fieldPath(tc.in))
		})
	}
}

func TestProblemsOfHints(t *testing.T) {
	ps := problemsOf([]hint{
		{86328, "image of 13012344321 unreadable", "icp_subject.organize_info.certificate_photo"},
		{86202, "bad item", "icp_applets.base_info.nrlx_details.0.code"},
	}, "")
	require.Len(t, ps, 2)
	assert.Equal(t, filing.Problem{
		Field:    "icp_subject.organize_info.certificate_photo",
		Code:     filing.Code("wechat.86328"),
		Severity: filing.SeverityError,
		Message:  "微信拒绝: image of 130******21 unreadable",
		English:  "refused by WeChat: image of 130******21 unreadable",
	}, ps[0])
	assert.Equal(t, "icp_applets.base_info.nrlx_details[0].code", ps[1].Field)
	assert.True(t, ps.Blocking())
	assert.Nil(t, problemsOf(nil, ""))
}

func TestCleanMessage(t *testing.T) {
	for _, tc := range []struct{ name, in, token, want string }{
		{"token quoted", "invalid credential tok-SECRET-123 rid: 1", "tok-SECRET-123", "invalid credential *** rid: 1"},
		{"id number masked", "证件号 440305198506121237 不一致", "", "证件号 440*************37 不一致"},
		{"invalid utf-8", "bad \xff byte", "", "bad \uFFFD byte"},
		{"long", strings.Repeat("好", 300), "", strings.Repeat("好", maxMessageRunes) + "…"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, cleanMessage(tc.in, tc.token))
		})
	}
}

func TestErrorMatchesItsSentinels(t *testing.T) {
	for code, sentinel := range codeSentinels {
		e := &Error{Path: pathApply, Code: code}
		assert.ErrorIs(t, e, sentinel, "code %d", code)
		assert.ErrorIs(t, e, ErrAPI, "code %d", code)
		for other, s := range codeSentinels {
			if other != code {
				assert.NotErrorIs(t, e, s, "code %d against %d", code, other)
			}
		}
	}
	undocumented := &Error{Path: pathApply, Code: 61007}
	assert.ErrorIs(t, undocumented, ErrAPI)
	assert.NotErrorIs(t, undocumented, ErrBusy)
	assert.NotErrorIs(t, &Error{Path: pathApply, Err: context.Canceled}, ErrAPI, "no errcode, no ErrAPI")

	hinted := &Error{Path: pathApply, Code: 86202, Message: "apply icp filing fail",
		Hints: problemsOf([]hint{{86202, "x", "icp_subject.base_info.name"}}, "")}
	var ps filing.Problems
	require.ErrorAs(t, hinted, &ps)
	assert.Equal(t, "icp_subject.base_info.name", ps[0].Field)
	assert.Equal(t, "wechat: /wxa/icp/apply_icp_filing: errcode 86202: apply icp filing fail (1 hints)", hinted.Error())
}

func TestRetryPause(t *testing.T) {
	fixed := func(v float64) func() float64 { return func() float64 { return v } }
	for _, tc := range []struct {
		name string
		r    Retry
		n    int
		want time.Duration
	}{
		{"first, no jitter taken", Retry{Jitter: fixed(0)}, 1, 200 * time.Millisecond},
		{"first, most jitter", Retry{Jitter: fixed(0.999999)}, 1, 100*time.Millisecond + 20*time.Nanosecond},
		{"doubles", Retry{Base: 10 * time.Millisecond, Jitter: fixed(0)}, 3, 40 * time.Millisecond},
		{"capped", Retry{Base: time.Second, Max: 3 * time.Second, Jitter: fixed(0)}, 5, 3 * time.Second},
		{"half jitter", Retry{Base: 100 * time.Millisecond, Jitter: fixed(0.5)}, 1, 75 * time.Millisecond},
		{"bad jitter ignored", Retry{Jitter: fixed(7)}, 1, 200 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.InDelta(t, float64(tc.want), float64(tc.r.pause(tc.n)), float64(time.Microsecond))
		})
	}
	assert.Equal(t, 3, Retry{}.attempts())
	assert.Equal(t, 1, Retry{Attempts: -1}.attempts())
	assert.Equal(t, 5, Retry{Attempts: 5}.attempts())
}

func TestTransient(t *testing.T) {
	ctx := context.Background()
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	for _, tc := range []struct {
		name string
		ctx  context.Context
		e    *Error
		want bool
	}{
		{"system busy", ctx, &Error{Code: -1}, true},
		{"other errcode", ctx, &Error{Code: 86328}, false},
		{"bad gateway page", ctx, &Error{Status: 502, Err: ErrResponse}, true},
		{"html page with 200", ctx, &Error{Status: 200, Err: ErrResponse}, false},
		{"network error", ctx, &Error{Err: errors.New("connection reset by peer")}, true},
		{"attempt timed out", ctx, &Error{Err: context.DeadlineExceeded}, true},
		{"caller's deadline", cancelled, &Error{Err: context.DeadlineExceeded}, false},
		{"caller gave up", cancelled, &Error{Code: -1}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, transient(tc.ctx, tc.e))
		})
	}
}
