package wechattest_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/wechat"
	"github.com/beian-go/beian/filing/wechattest"
	"github.com/beian-go/beian/workday"
)

func get(t *testing.T, method, url string) string {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	require.NoError(t, err)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(b)
}

func TestClockMovesOnlyByAdvance(t *testing.T) {
	start := time.Date(2026, 9, 28, 10, 0, 0, 0, workday.CST)
	srv := wechattest.NewServer(start)
	defer srv.Close()
	assert.Equal(t, start, srv.Now())
	require.NoError(t, srv.Advance(90*time.Minute))
	assert.Equal(t, start.Add(90*time.Minute), srv.Now())
	require.NoError(t, srv.Advance(-time.Hour))
	assert.Equal(t, start.Add(90*time.Minute), srv.Now(), "the clock never goes back")
	def := wechattest.NewServer(time.Time{})
	defer def.Close()
	assert.Equal(t, time.Date(2026, 3, 2, 9, 0, 0, 0, workday.CST), def.Now())
}

func TestMethodsPathsAndIsolation(t *testing.T) {
	srv := wechattest.NewServer(time.Time{})
	defer srv.Close()
	token := srv.Authorize("wx-a")
	assert.Equal(t, token, srv.Authorize("wx-a"), "one token per mini program")
	q := "?access_token=" + token
	assert.Contains(t, get(t, http.MethodGet, srv.URL+"/wxa/icp/apply_icp_filing"+q), `"errcode":43002`)
	assert.Contains(t, get(t, http.MethodPost, srv.URL+"/wxa/icp/get_icp_entrance_info"+q), `"errcode":43001`)
	assert.Contains(t, get(t, http.MethodGet, srv.URL+"/wxa/icp/nothing"+q), "404")

	ctx := context.Background()
	a, b := srv.Client("wx-a"), srv.Client("wx-b")
	id, err := a.Upload(ctx, wechat.Upload{Field: "icp_materials.commitment_letter", Data: samplePhoto()})
	require.NoError(t, err)
	_, _, err = a.Media(ctx, id)
	require.NoError(t, err)
	_, _, err = b.Media(ctx, id)
	assert.ErrorIs(t, err, wechat.ErrMediaID, "another mini program's media")
}

func TestFaultsAreConsumedInOrder(t *testing.T) {
	srv := wechattest.NewServer(time.Time{})
	defer srv.Close()
	c := srv.Client("wx-a")
	c.Retry.Attempts = 1
	const entrance = "/wxa/icp/get_icp_entrance_info"
	srv.Inject(wechattest.Fault{Path: entrance, Code: 45009, Times: 2})
	srv.Inject(wechattest.Fault{Path: "/wxa/icp/get_online_icp_order", Code: -1})
	srv.Inject(wechattest.Fault{Path: entrance, Body: "<html></html>"})
	ctx := context.Background()
	for _, want := range []error{wechat.ErrQuota, wechat.ErrQuota, wechat.ErrResponse, nil} {
		_, err := c.Poll(ctx)
		if want == nil {
			assert.NoError(t, err)
		} else {
			assert.ErrorIs(t, err, want)
		}
	}
	_, err := c.OnlineOrder(ctx)
	assert.ErrorIs(t, err, wechat.ErrBusy, "the other path's fault waited")
}

func TestCloseCutsDelaysShort(t *testing.T) {
	srv := wechattest.NewServer(time.Time{})
	c := srv.Client("wx-a")
	srv.Inject(wechattest.Fault{Path: "/wxa/icp/get_icp_entrance_info", Delay: time.Hour})
	done := make(chan error)
	go func() { _, err := c.Poll(context.Background()); done <- err }()
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	srv.Close()
	assert.Error(t, <-done)
	assert.Less(t, time.Since(start), 10*time.Second)
}

// TestSlowBodyHoldsNoLock sends an apply whose body is still arriving:
// the fake reads bodies before it takes its lock, so other calls are
// answered meanwhile.
func TestSlowBodyHoldsNoLock(t *testing.T) {
	srv := wechattest.NewServer(time.Time{})
	defer srv.Close()
	token := srv.Authorize("wx-a")
	body, feed := io.Pipe()
	defer feed.Close() // before srv.Close, which waits for the call
	req, err := http.NewRequest(http.MethodPost, srv.URL+"/wxa/icp/apply_icp_filing?access_token="+token, body)
	require.NoError(t, err)
	slow := make(chan string)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			slow <- err.Error()
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		slow <- string(b)
	}()
	_, err = feed.Write([]byte(`{"icp_subject":`)) // returns once the fake has read it
	require.NoError(t, err)

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	e, err := srv.Client("wx-a").Poll(ctx)
	require.NoError(t, err, "answered while another call's body is being read")
	assert.Equal(t, filing.StatusNotFiled, e.Status)

	require.NoError(t, feed.Close())
	assert.Contains(t, <-slow, `"errcode":47001`, "the cut body does not decode")
}

func TestPushes(t *testing.T) {
	ctx := context.Background()
	srv := wechattest.NewServer(time.Time{})
	defer srv.Close()
	c := srv.Client("wx-a")
	crypto, err := wechat.NewCrypto(wechattest.Token, wechattest.EncodingAESKey, wechattest.ComponentAppID)
	require.NoError(t, err)
	var got atomic.Int32
	var fail atomic.Bool
	events := httptest.NewServer(&wechat.Handler{Crypto: crypto, Now: srv.Now, OnEvent: func(_ context.Context, ev wechat.Event) error {
		got.Add(1)
		assert.Equal(t, wechat.EventVerifyResult, ev.Type)
		assert.Equal(t, "wx-a", ev.AppID)
		assert.Equal(t, srv.Now(), ev.At)
		if fail.Load() {
			return assert.AnError
		}
		return nil
	}})
	defer events.Close()

	_, err = c.CreateFaceTask(ctx, false)
	require.NoError(t, err)
	require.NoError(t, srv.Advance(time.Hour), "no event URL: nothing pushed")
	assert.Zero(t, got.Load())

	srv.SetEventURL(events.URL)
	_, err = c.CreateFaceTask(ctx, false)
	require.NoError(t, err)
	require.NoError(t, srv.Advance(time.Hour))
	assert.Equal(t, int32(1), got.Load())

	fail.Store(true)
	_, err = c.CreateFaceTask(ctx, false)
	require.NoError(t, err)
	err = srv.Advance(time.Hour)
	require.Error(t, err)
	assert.True(t, strings.Contains(err.Error(), "HTTP 500"), err.Error())
}

func TestStepsRunInTimeOrderAcrossMiniPrograms(t *testing.T) {
	ctx := context.Background()
	srv := wechattest.NewServer(time.Time{})
	defer srv.Close()
	a, b := srv.Client("wx-a"), srv.Client("wx-b")
	ta, err := a.CreateFaceTask(ctx, false)
	require.NoError(t, err)
	require.NoError(t, srv.Advance(time.Minute))
	tb, err := b.CreateFaceTask(ctx, false)
	require.NoError(t, err)
	require.NoError(t, srv.Advance(4*time.Minute))
	fa, err := a.FaceTask(ctx, ta.ID)
	require.NoError(t, err)
	fb, err := b.FaceTask(ctx, tb.ID)
	require.NoError(t, err)
	assert.True(t, fa.Finished, "a's task is 5 minutes old")
	assert.False(t, fb.Finished, "b's task is 4 minutes old")

	var none filing.Poll
	e, err := b.Poll(ctx)
	require.NoError(t, err)
	assert.NotEqual(t, none, e.Poll)
}
