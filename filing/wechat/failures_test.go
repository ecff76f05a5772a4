package wechat_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/wechat"
	"github.com/beian-go/beian/filing/wechattest"
)

// calls drives each endpoint once, by the path it calls.
var calls = map[string]func(ctx context.Context, c *wechat.Client) error{
	"/wxa/icp/apply_icp_filing": func(ctx context.Context, c *wechat.Client) error {
		return c.Apply(ctx, filing.Request{})
	},
	"/wxa/icp/upload_icp_media": func(ctx context.Context, c *wechat.Client) error {
		_, err := c.Upload(ctx, wechat.Upload{Field: "icp_materials.commitment_letter", Data: photo()})
		return err
	},
	"/wxa/icp/get_icp_media": func(ctx context.Context, c *wechat.Client) error {
		_, _, err := c.Media(ctx, "media-1")
		return err
	},
	"/wxa/icp/cancel_apply_icp_filing": func(ctx context.Context, c *wechat.Client) error { return c.Withdraw(ctx) },
	"/wxa/icp/cancel_icp_filing": func(ctx context.Context, c *wechat.Client) error {
		return c.Deregister(ctx, wechat.DeregisterApplet, 0)
	},
	"/wxa/icp/get_icp_entrance_info": func(ctx context.Context, c *wechat.Client) error {
		_, err := c.Poll(ctx)
		return err
	},
	"/wxa/icp/get_online_icp_order": func(ctx context.Context, c *wechat.Client) error {
		_, err := c.OnlineOrder(ctx)
		return err
	},
	"/wxa/icp/create_icp_verifytask": func(ctx context.Context, c *wechat.Client) error {
		_, err := c.CreateFaceTask(ctx, false)
		return err
	},
	"/wxa/icp/query_icp_verifytask": func(ctx context.Context, c *wechat.Client) error {
		_, err := c.FaceTask(ctx, "face-task-1")
		return err
	},
	"/wxa/icp/query_icp_nrlx_types": func(ctx context.Context, c *wechat.Client) error {
		_, err := c.Catalogue(ctx)
		return err
	},
	"/wxa/icp/query_icp_district_code": func(ctx context.Context, c *wechat.Client) error {
		_, err := c.Catalogue(ctx)
		return err
	},
	"/wxa/sec/submit_auth_and_icp": func(ctx context.Context, c *wechat.Client) error {
		_, _, err := c.SubmitAuthAndICP(ctx, filing.Request{}, wechat.AuthData{})
		return err
	},
	"/wxa/sec/query_auth_and_icp": func(ctx context.Context, c *wechat.Client) error {
		_, err := c.QueryAuthAndICP(ctx, "procedure-1")
		return err
	},
}

// reads are the endpoints the client retries.
var reads = map[string]bool{
	"/wxa/icp/get_icp_media": true, "/wxa/icp/get_icp_entrance_info": true, "/wxa/icp/get_online_icp_order": true,
	"/wxa/icp/query_icp_verifytask": true, "/wxa/icp/query_icp_nrlx_types": true,
	"/wxa/icp/query_icp_district_code": true, "/wxa/sec/query_auth_and_icp": true,
}

func TestEachDocumentedErrorCode(t *testing.T) {
	for _, tc := range []struct {
		code     int
		path     string
		sentinel error
	}{
		{-1, "/wxa/icp/query_icp_nrlx_types", wechat.ErrBusy},
		{1, "/wxa/icp/query_icp_verifytask", wechat.ErrTaskExpired},
		{40004, "/wxa/icp/upload_icp_media", wechat.ErrMediaType},
		{40097, "/wxa/icp/upload_icp_media", wechat.ErrInvalidArgs},
		{47001, "/wxa/icp/create_icp_verifytask", wechat.ErrDataFormat},
		{86202, "/wxa/icp/apply_icp_filing", wechat.ErrApply},
		{86205, "/wxa/icp/get_icp_media", wechat.ErrMediaID},
		{86324, "/wxa/icp/cancel_icp_filing", wechat.ErrUnderReview},
		{86328, "/wxa/icp/get_online_icp_order", wechat.ErrNotFound},
		{86330, "/wxa/icp/cancel_apply_icp_filing", wechat.ErrNotWithdrawable},
		{86353, "/wxa/icp/cancel_icp_filing", wechat.ErrNotFiled},
		{86368, "/wxa/icp/cancel_apply_icp_filing", wechat.ErrNoOrder},
		{45009, "/wxa/icp/apply_icp_filing", wechat.ErrQuota},
		{61500, "/wxa/sec/submit_auth_and_icp", wechat.ErrAPI},
	} {
		t.Run(tc.sentinel.Error(), func(t *testing.T) {
			srv, c := newFake(t)
			c.Retry.Attempts = 1
			srv.Inject(wechattest.Fault{Path: tc.path, Code: tc.code})
			err := calls[tc.path](context.Background(), c)
			require.ErrorIs(t, err, tc.sentinel)
			assert.ErrorIs(t, err, wechat.ErrAPI)
			var e *wechat.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tc.code, e.Code)
			assert.Equal(t, tc.path, e.Path)
			assert.Equal(t, "injected fault", e.Message)
			assert.NotContains(t, err.Error(), srv.Authorize(testApp))
		})
	}
}

func TestUnusableAnswers(t *testing.T) {
	const path = "/wxa/icp/get_icp_entrance_info"
	for _, tc := range []struct {
		name   string
		fault  wechattest.Fault
		status int
	}{
		{"html error page", wechattest.Fault{Body: "<html><body>502 Bad Gateway</body></html>", Status: 502}, 502},
		{"html with 200", wechattest.Fault{Body: "<!DOCTYPE html><title>维护中</title>"}, 200},
		{"empty body", wechattest.Fault{Status: 200}, 200},
		{"truncated json", wechattest.Fault{Body: `{"errcode":0,"errmsg":"ok","info":{"stat`}, 200},
		{"json of another shape", wechattest.Fault{Body: `{"errcode":0,"errmsg":"ok","info":[1,2]}`}, 200},
		{"json without a status", wechattest.Fault{Body: `{"errcode":0,"errmsg":"ok"}`}, 0},
		{"errcode as text", wechattest.Fault{Body: `{"errcode":"86202","errmsg":"x"}`}, 200},
		{"oversized", wechattest.Fault{Body: `{"errcode":0,"errmsg":"` + strings.Repeat("x", 5<<20) + `"}`}, 200},
		{"not found page", wechattest.Fault{Body: "404 page not found", Status: 404}, 404},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, c := newFake(t)
			c.Retry.Attempts = 1
			tc.fault.Path = path
			srv.Inject(tc.fault)
			_, err := c.Poll(context.Background())
			require.ErrorIs(t, err, wechat.ErrResponse)
			assert.NotErrorIs(t, err, wechat.ErrAPI)
			var e *wechat.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tc.status, e.Status)
			assert.Equal(t, path, e.Path)
			assert.Less(t, len(err.Error()), 300, "the body is not quoted")
		})
	}
}

func TestTimeoutAndCancellation(t *testing.T) {
	srv, c := newFake(t)
	srv.Inject(wechattest.Fault{Path: "/wxa/icp/get_icp_entrance_info", Delay: 10 * time.Second, Times: 5})
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := c.Poll(ctx)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Less(t, time.Since(start), 5*time.Second, "the deadline is honoured")
	assert.NotErrorIs(t, err, wechat.ErrAPI)
	assert.NotContains(t, err.Error(), srv.Authorize(testApp))

	hc, n := counted(c)
	hc.HTTPClient.Timeout = 50 * time.Millisecond
	hc.Retry = wechat.Retry{Attempts: 2, Base: time.Millisecond}
	_, err = hc.Poll(context.Background())
	require.Error(t, err, "the http.Client's timeout")
	assert.Equal(t, 2, n.count("/wxa/icp/get_icp_entrance_info"), "a timed-out read is a network error and retried")

	done, cancel2 := context.WithCancel(context.Background())
	cancel2()
	for path, call := range calls {
		err := call(done, c)
		assert.ErrorIs(t, err, context.Canceled, path)
	}
	cc, n2 := counted(c)
	_, err = cc.Poll(done)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Zero(t, n2.count("/wxa/icp/get_icp_entrance_info"), "nothing sent")
}

func TestRetries(t *testing.T) {
	ctx := context.Background()
	const entrance = "/wxa/icp/get_icp_entrance_info"
	t.Run("a read that succeeds on the third attempt", func(t *testing.T) {
		srv, base := newFake(t)
		var jitters atomic.Int32
		base.Retry.Jitter = func() float64 { jitters.Add(1); return 0.5 }
		c, n := counted(base)
		srv.Inject(wechattest.Fault{Path: entrance, Code: -1})
		srv.Inject(wechattest.Fault{Path: entrance, Body: "<html>bad gateway</html>", Status: 502})
		e, err := c.Poll(ctx)
		require.NoError(t, err)
		assert.Equal(t, filing.StatusNotFiled, e.Status)
		assert.Equal(t, 3, n.count(entrance))
		assert.Equal(t, int32(2), jitters.Load(), "one jittered pause per retry")
	})
	t.Run("a read that gives up", func(t *testing.T) {
		srv, base := newFake(t)
		c, n := counted(base)
		srv.Inject(wechattest.Fault{Path: entrance, Code: -1, Times: 10})
		_, err := c.Poll(ctx)
		require.ErrorIs(t, err, wechat.ErrBusy)
		var e *wechat.Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, 3, e.Attempts)
		assert.Equal(t, 3, n.count(entrance))
		assert.Contains(t, err.Error(), "after 3 attempts")
	})
	t.Run("no retry when the deadline would pass in the pause", func(t *testing.T) {
		srv, base := newFake(t)
		base.Retry = wechat.Retry{Base: time.Hour, Max: time.Hour}
		c, n := counted(base)
		srv.Inject(wechattest.Fault{Path: entrance, Code: -1, Times: 10})
		dctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		_, err := c.Poll(dctx)
		require.ErrorIs(t, err, wechat.ErrBusy)
		assert.Equal(t, 1, n.count(entrance))
	})
	t.Run("cancelled during a pause", func(t *testing.T) {
		srv, base := newFake(t)
		base.Retry = wechat.Retry{Base: time.Minute, Max: time.Minute}
		srv.Inject(wechattest.Fault{Path: entrance, Code: -1, Times: 10})
		cctx, cancel := context.WithCancel(ctx)
		time.AfterFunc(50*time.Millisecond, cancel)
		start := time.Now()
		_, err := base.Poll(cctx)
		require.ErrorIs(t, err, wechat.ErrBusy)
		assert.ErrorIs(t, err, context.Canceled)
		assert.Less(t, time.Since(start), 30*time.Second)
		assert.Contains(t, err.Error(), "context canceled")
	})
	t.Run("other codes are not retried", func(t *testing.T) {
		srv, base := newFake(t)
		c, n := counted(base)
		srv.Inject(wechattest.Fault{Path: "/wxa/icp/get_online_icp_order", Code: 86328, Times: 10})
		_, err := c.OnlineOrder(ctx)
		require.ErrorIs(t, err, wechat.ErrNotFound)
		assert.Equal(t, 1, n.count("/wxa/icp/get_online_icp_order"))
	})
	for path, call := range calls {
		t.Run("busy "+path, func(t *testing.T) {
			srv, base := newFake(t)
			c, n := counted(base)
			srv.Inject(wechattest.Fault{Path: path, Code: -1, Times: 10})
			err := call(ctx, c)
			require.ErrorIs(t, err, wechat.ErrBusy)
			want := 1
			if reads[path] {
				want = 3
			}
			assert.Equal(t, want, n.count(path), "writes are sent once")
		})
	}
	t.Run("an apply whose answer is lost is not sent again", func(t *testing.T) {
		srv, base := newFake(t)
		req, _ := ready(t, srv, base, loadRequest(t), false)
		c, n := counted(base)
		srv.Inject(wechattest.Fault{Path: "/wxa/icp/apply_icp_filing", Body: "<html>gateway timeout</html>", Status: 504})
		err := c.Apply(ctx, req)
		require.ErrorIs(t, err, wechat.ErrResponse)
		assert.Equal(t, 1, n.count("/wxa/icp/apply_icp_filing"))
		// What the package doc says to do: read the status before applying again.
		assert.Equal(t, filing.StatusNotFiled, poll(t, c).Status)
		require.NoError(t, c.Apply(ctx, req))
	})
}

func TestTokens(t *testing.T) {
	ctx := context.Background()
	srv, c := newFake(t)
	const secret = "SECRET-token-value"
	for _, tc := range []struct {
		name   string
		tokens wechat.TokenSource
		is     error
	}{
		{"no token source", nil, nil},
		{"token source fails", wechat.TokenFunc(func(context.Context) (string, error) { return "", errors.New("component token expired") }), nil},
		{"empty token", wechat.TokenFunc(func(context.Context) (string, error) { return "", nil }), nil},
		{"token WeChat does not know", wechat.TokenFunc(func(context.Context) (string, error) { return secret, nil }), wechat.ErrAPI},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cc, n := counted(c)
			cc.Tokens = tc.tokens
			_, err := cc.Poll(ctx)
			require.Error(t, err)
			if tc.is != nil {
				assert.ErrorIs(t, err, tc.is)
			} else {
				assert.Zero(t, n.count("/wxa/icp/get_icp_entrance_info"), "nothing sent")
			}
			assert.NotContains(t, err.Error(), secret)
		})
	}

	t.Run("a failing token source is asked once", func(t *testing.T) {
		var asked atomic.Int32
		cc := *c
		cc.Tokens = wechat.TokenFunc(func(context.Context) (string, error) {
			asked.Add(1)
			return "", errors.New("refresh failed")
		})
		_, err := cc.Poll(ctx)
		require.Error(t, err)
		assert.Equal(t, int32(1), asked.Load())
	})
	t.Run("network error quoting the URL", func(t *testing.T) {
		cc := &wechat.Client{BaseURL: "http://127.0.0.1:1", Retry: wechat.Retry{Attempts: 1},
			Tokens: wechat.TokenFunc(func(context.Context) (string, error) { return secret, nil })}
		_, err := cc.Poll(ctx)
		require.Error(t, err)
		assert.NotContains(t, err.Error(), secret)
		assert.NotContains(t, err.Error(), "access_token")
	})
	t.Run("message echoing the token and personal data", func(t *testing.T) {
		token := srv.Authorize(testApp)
		srv.Inject(wechattest.Fault{Path: "/wxa/icp/cancel_apply_icp_filing",
			Body: `{"errcode":40001,"errmsg":"invalid credential ` + token + ` for 13012344321 zhangsan@example.com"}`})
		err := c.Withdraw(ctx)
		require.ErrorIs(t, err, wechat.ErrAPI)
		for _, leak := range []string{token, "13012344321", "zhangsan@"} {
			assert.NotContains(t, err.Error(), leak)
		}
	})
	t.Run("bad base URL", func(t *testing.T) {
		cc := *c
		cc.BaseURL = "http://[::1"
		_, err := cc.Poll(ctx)
		require.Error(t, err)
		assert.NotContains(t, err.Error(), srv.Authorize(testApp))
	})
}

func TestFakeRefusesWithoutToken(t *testing.T) {
	srv, _ := newFake(t)
	for _, tc := range []struct {
		name, query string
		code        string
	}{
		{"missing", "", `"errcode":41001`},
		{"unknown", "?access_token=nope", `"errcode":40001`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := http.Get(srv.URL + "/wxa/icp/get_icp_entrance_info" + tc.query)
			require.NoError(t, err)
			defer resp.Body.Close()
			var b strings.Builder
			_, _ = io.Copy(&b, resp.Body)
			assert.Contains(t, b.String(), tc.code)
		})
	}
}

// roundTrip answers every request with one response, without a network.
type roundTrip func(*http.Request) (*http.Response, error)

func (f roundTrip) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// FuzzAnswers hands every endpoint an arbitrary answer: each call returns
// nil or an *Error, never panics, and never quotes the access token.
func FuzzAnswers(f *testing.F) {
	for _, seed := range []struct {
		status      int
		contentType string
		body        string
	}{
		{200, "application/json", `{"errcode":0,"errmsg":"ok","info":{"status":6}}`},
		{200, "application/json", `{"errcode":86202,"errmsg":"x","hints":[{"errcode":1,"errmsg":"m","err_field":"a.0.b"}]}`},
		{200, "text/plain", `{"errcode":0,"items":[{"type":1,"code":1,"sub_list":[{"code":2}]}]}`},
		{200, "application/json", `{"errcode":0,"procedure_id":"p","procedure_status":26,"task_id":"t","media_id":"m"}`},
		{200, "image/png", "\x89PNG\r\n"},
		{502, "text/html", "<html>"},
		{200, "", ""},
	} {
		f.Add(seed.status, seed.contentType, seed.body)
	}
	const token = "FUZZ-SECRET-TOKEN"
	f.Fuzz(func(t *testing.T, status int, contentType, body string) {
		if status < 100 || status > 999 {
			status = 200
		}
		c := &wechat.Client{
			Tokens: wechat.TokenFunc(func(context.Context) (string, error) { return token, nil }),
			Retry:  wechat.Retry{Attempts: 1},
			HTTPClient: &http.Client{Transport: roundTrip(func(r *http.Request) (*http.Response, error) {
				return &http.Response{StatusCode: status, Header: http.Header{"Content-Type": {contentType}},
					Body: io.NopCloser(strings.NewReader(body)), Request: r}, nil
			})},
		}
		for path, call := range calls {
			err := call(context.Background(), c)
			if err == nil {
				continue
			}
			var e *wechat.Error
			require.ErrorAs(t, err, &e, path)
			assert.NotContains(t, err.Error(), token, path)
		}
	})
}
