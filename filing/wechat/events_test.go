package wechat_test

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/wechat"
	"github.com/beian-go/beian/filing/wechattest"
	"github.com/beian-go/beian/workday"
)

const applyXML = `<xml><AppId><![CDATA[wx0000000000bea1an]]></AppId><CreateTime>1772413200</CreateTime>` +
	`<InfoType><![CDATA[notify_apply_icpfiling_result]]></InfoType>` +
	`<authorizer_appid><![CDATA[wx1234567890abcdef]]></authorizer_appid><beian_status>4</beian_status></xml>`

func TestParseEvent(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, workday.CST)
	for _, tc := range []struct {
		name string
		xml  string
		want wechat.Event
		err  bool
	}{
		{"filing result", applyXML, wechat.Event{Type: wechat.EventApplyResult, AppID: testApp, At: at, Status: 4}, false},
		{"face result", `<xml><CreateTime>1772413200</CreateTime><InfoType>notify_icpfiling_verify_result</InfoType>` +
			`<task_id>R5PqRPNb6GmG3i0rqd4pTg</task_id><verify_appid>wx1234567890abcdef</verify_appid><result>3</result>` +
			`<along_with_auth_result>9</along_with_auth_result></xml>`,
			wechat.Event{Type: wechat.EventVerifyResult, AppID: testApp, At: at, TaskID: "R5PqRPNb6GmG3i0rqd4pTg",
				FaceStatus: wechat.FaceSucceeded, AlongWithAuthResult: 9}, false},
		{"face failed", `<xml><InfoType>notify_icpfiling_verify_result</InfoType><task_id> t1 </task_id><result>2</result></xml>`,
			wechat.Event{Type: wechat.EventVerifyResult, TaskID: "t1", FaceStatus: wechat.FaceFailed}, false},
		{"other platform event kept raw", `<xml><AppId>wx0</AppId><CreateTime>1772413200</CreateTime><InfoType>component_verify_ticket</InfoType>` +
			`<ComponentVerifyTicket>ticket@@@x</ComponentVerifyTicket></xml>`,
			wechat.Event{Type: "component_verify_ticket", At: at}, false},
		{"message event", `<xml><MsgType>event</MsgType><Event>notify_apply_icpfiling_result</Event>` +
			`<authorizer_appid>wx1</authorizer_appid><beian_status>6</beian_status></xml>`,
			wechat.Event{Type: wechat.EventApplyResult, AppID: "wx1", Status: 6}, false},
		{"status missing", `<xml><InfoType>notify_apply_icpfiling_result</InfoType></xml>`, wechat.Event{}, true},
		{"status not a number", `<xml><InfoType>notify_apply_icpfiling_result</InfoType><beian_status>six</beian_status></xml>`, wechat.Event{}, true},
		{"task missing", `<xml><InfoType>notify_icpfiling_verify_result</InfoType><result>3</result></xml>`, wechat.Event{}, true},
		{"no type", `<xml><CreateTime>1</CreateTime></xml>`, wechat.Event{}, true},
		{"not xml", `{"InfoType":"x"}`, wechat.Event{}, true},
		{"empty", ``, wechat.Event{}, true},
		{"time overflow", `<xml><InfoType>x</InfoType><CreateTime>99999999999999999999</CreateTime></xml>`, wechat.Event{}, true},
		{"entity", `<!DOCTYPE x [<!ENTITY e "boom">]><xml><InfoType>&e;</InfoType></xml>`, wechat.Event{}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev, err := wechat.ParseEvent([]byte(tc.xml))
			if tc.err {
				require.ErrorIs(t, err, wechat.ErrMessage)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.xml, string(ev.Raw))
			ev.Raw = nil
			assert.Equal(t, tc.want, ev)
		})
	}
}

func FuzzParseEvent(f *testing.F) {
	f.Add([]byte(applyXML))
	f.Add([]byte(`<xml><InfoType>notify_icpfiling_verify_result</InfoType><task_id>t</task_id><result>3</result></xml>`))
	f.Add([]byte(`<xml><InfoType><![CDATA[`))
	f.Fuzz(func(t *testing.T, msg []byte) {
		ev, err := wechat.ParseEvent(msg)
		if err != nil {
			assert.ErrorIs(t, err, wechat.ErrMessage)
			return
		}
		assert.NotEmpty(t, ev.Type)
		if p, ok := ev.Poll(); ok {
			assert.Positive(t, int(p.Status))
		}
	})
}

func TestEventPoll(t *testing.T) {
	ev := wechat.Event{Type: wechat.EventApplyResult, Status: 4}
	p, ok := ev.Poll()
	require.True(t, ok)
	assert.Equal(t, filing.Poll{Status: 4}, p)
	_, ok = wechat.Event{Type: wechat.EventVerifyResult, TaskID: "t", FaceStatus: 3}.Poll()
	assert.False(t, ok)
	_, ok = wechat.Event{Type: "component_verify_ticket"}.Poll()
	assert.False(t, ok)
}

// TestEventAndPollApplyOnce: an event and a poll that report the same
// change make one transition, whichever arrives first.
func TestEventAndPollApplyOnce(t *testing.T) {
	ctx := context.Background()
	for _, eventFirst := range []bool{true, false} {
		t.Run("event first "+strconv.FormatBool(eventFirst), func(t *testing.T) {
			srv, c, req := applied(t)
			app := submitted(t, srv, req)

			var got []wechat.Event
			listen(t, srv, func(_ context.Context, ev wechat.Event) error { got = append(got, ev); return nil })
			require.NoError(t, srv.Advance(24*time.Hour))
			require.Len(t, got, 1)
			evPoll, ok := got[0].Poll()
			require.True(t, ok)
			e, err := c.Poll(ctx)
			require.NoError(t, err)

			first, second := evPoll, e.Poll
			if !eventFirst {
				first, second = second, first
			}
			changed, err := app.Sync(first, srv.Now())
			require.NoError(t, err)
			assert.NotEmpty(t, changed)
			history := len(app.History())
			changed, err = app.Sync(second, srv.Now())
			require.NoError(t, err)
			assert.Empty(t, changed, "the same change again")
			assert.Len(t, app.History(), history)
			assert.Equal(t, filing.StageSMSVerification, app.Stage())
			if eventFirst {
				// The push event dates the SMS, so its clock runs from then.
				assert.True(t, app.Snapshot().SMS.SentAt.Equal(got[0].At), "sms sent at %v, event at %v", app.Snapshot().SMS.SentAt, got[0].At)
			}
		})
	}
}

// push builds a signed push request for h at the given Unix time.
func push(t *testing.T, c *wechat.Crypto, msg string, unix int64) *http.Request {
	t.Helper()
	ts := strconv.FormatInt(unix, 10)
	body, sig, err := c.Seal([]byte(msg), ts, "n0nce")
	require.NoError(t, err)
	q := url.Values{"timestamp": {ts}, "nonce": {"n0nce"}, "encrypt_type": {"aes"}, "msg_signature": {sig}}
	return httptest.NewRequest(http.MethodPost, "/events?"+q.Encode(), strings.NewReader(string(body)))
}

func TestHandler(t *testing.T) {
	crypto := fakeCrypto(t)
	other, err := wechat.NewCrypto("another-token", wechattest.EncodingAESKey, wechattest.ComponentAppID)
	require.NoError(t, err)
	now := time.Unix(1772413200, 0)
	tamper := func(r *http.Request) *http.Request {
		q := r.URL.Query()
		q.Set("nonce", "other")
		r.URL.RawQuery = q.Encode()
		return r
	}
	for _, tc := range []struct {
		name    string
		req     func() *http.Request
		h       wechat.Handler
		status  int
		handled bool
	}{
		{"accepted", func() *http.Request { return push(t, crypto, applyXML, now.Unix()) }, wechat.Handler{}, 200, true},
		{"not POST", func() *http.Request { return httptest.NewRequest(http.MethodGet, "/events", nil) }, wechat.Handler{}, 405, false},
		{"no timestamp", func() *http.Request { return httptest.NewRequest(http.MethodPost, "/events", nil) }, wechat.Handler{}, 400, false},
		{"plaintext mode", func() *http.Request {
			r := push(t, crypto, applyXML, now.Unix())
			r.URL.RawQuery += "&encrypt_type=raw"
			r.URL.RawQuery = strings.Replace(r.URL.RawQuery, "encrypt_type=aes&", "", 1)
			return r
		}, wechat.Handler{}, 400, false},
		{"wrong signature", func() *http.Request { return tamper(push(t, crypto, applyXML, now.Unix())) }, wechat.Handler{}, 403, false},
		{"another token", func() *http.Request { return push(t, other, applyXML, now.Unix()) }, wechat.Handler{}, 403, false},
		{"too old", func() *http.Request { return push(t, crypto, applyXML, now.Add(-6*time.Minute).Unix()) }, wechat.Handler{}, 403, false},
		{"from the future", func() *http.Request { return push(t, crypto, applyXML, now.Add(6*time.Minute).Unix()) }, wechat.Handler{}, 403, false},
		{"old but no window", func() *http.Request { return push(t, crypto, applyXML, now.Add(-time.Hour).Unix()) }, wechat.Handler{MaxSkew: -1}, 200, true},
		{"too large", func() *http.Request { return push(t, crypto, applyXML+strings.Repeat(" ", 2000), now.Unix()) }, wechat.Handler{MaxBytes: 1024}, 413, false},
		{"not an envelope", func() *http.Request {
			return httptest.NewRequest(http.MethodPost, "/events?timestamp=1772413200&nonce=n&msg_signature=00", strings.NewReader("{}"))
		}, wechat.Handler{}, 400, false},
		{"not an event", func() *http.Request { return push(t, crypto, "<xml></xml>", now.Unix()) }, wechat.Handler{}, 400, false},
		{"callback fails", func() *http.Request { return push(t, crypto, applyXML, now.Unix()) }, wechat.Handler{
			OnEvent: func(context.Context, wechat.Event) error { return errors.New("database down") }}, 500, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := tc.h
			h.Crypto = crypto
			h.Now = func() time.Time { return now }
			handled := false
			if h.OnEvent == nil {
				h.OnEvent = func(_ context.Context, ev wechat.Event) error {
					assert.Equal(t, wechat.EventApplyResult, ev.Type)
					return nil
				}
			}
			inner := h.OnEvent
			h.OnEvent = func(ctx context.Context, ev wechat.Event) error { handled = true; return inner(ctx, ev) }
			w := httptest.NewRecorder()
			h.ServeHTTP(w, tc.req())
			assert.Equal(t, tc.status, w.Code, w.Body.String())
			assert.Equal(t, tc.handled, handled)
			if tc.status == 200 {
				assert.Equal(t, "success", w.Body.String())
			}
		})
	}
	var zero wechat.Handler
	w := httptest.NewRecorder()
	zero.ServeHTTP(w, push(t, crypto, applyXML, time.Now().Unix()))
	assert.Equal(t, 400, w.Code, "the zero Handler refuses")
}

func TestCrypto(t *testing.T) {
	for _, tc := range []struct{ name, token, key, appID string }{
		{"no token", "", wechattest.EncodingAESKey, "wx1"},
		{"no appid", "t", wechattest.EncodingAESKey, ""},
		{"short key", "t", "abc", "wx1"},
		{"key not base64", "t", strings.Repeat("!", 43), "wx1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := wechat.NewCrypto(tc.token, tc.key, tc.appID)
			assert.Error(t, err)
		})
	}
	c, err := wechat.NewCrypto("token-secret", wechattest.EncodingAESKey, "wx1")
	require.NoError(t, err)
	for _, s := range []string{fmtV(c), fmtV(*c)} {
		assert.NotContains(t, s, "token-secret")
		assert.NotContains(t, s, wechattest.EncodingAESKey)
	}
	var nilCrypto *wechat.Crypto
	_, err = nilCrypto.Open("", "", "", nil)
	assert.ErrorIs(t, err, wechat.ErrMessage)
}

func FuzzCryptoRoundTrip(f *testing.F) {
	c := fakeCrypto(f)
	f.Add([]byte(applyXML), "1772413200", "nonce")
	f.Add([]byte{}, "", "")
	f.Add([]byte("\x00\xff<"), "0", "n")
	f.Fuzz(func(t *testing.T, msg []byte, ts, nonce string) {
		body, sig, err := c.Seal(msg, ts, nonce)
		require.NoError(t, err)
		got, err := c.Open(sig, ts, nonce, body)
		require.NoError(t, err)
		assert.Equal(t, msg, got)
		// Tampered bodies never panic and never pass.
		for i := 0; i < len(body); i += 7 {
			bad := append([]byte(nil), body...)
			bad[i] ^= 0x20
			if _, err := c.Open(sig, ts, nonce, bad); err == nil {
				assert.Equal(t, msg, got, "a flip outside the ciphertext")
			}
		}
	})
}

// sign is the documented signature, written out independently of the
// package: SHA-1 of the sorted token, timestamp, nonce and ciphertext.
func sign(parts ...string) string {
	sort.Strings(parts)
	sum := sha1.Sum([]byte(strings.Join(parts, "")))
	return hex.EncodeToString(sum[:])
}

func FuzzOpen(f *testing.F) {
	c := fakeCrypto(f)
	body, _, err := c.Seal([]byte(applyXML), "1", "n")
	require.NoError(f, err)
	var env struct {
		Encrypt string `xml:"Encrypt"`
	}
	require.NoError(f, xml.Unmarshal(body, &env))
	f.Add(env.Encrypt)
	f.Add("AAAA")
	f.Add(strings.Repeat("A", 44))
	f.Add("")
	f.Fuzz(func(t *testing.T, encrypted string) {
		var b strings.Builder
		require.NoError(t, xml.EscapeText(&b, []byte(encrypted)))
		body := "<xml><AppId>x</AppId><Encrypt>" + b.String() + "</Encrypt></xml>"
		msg, err := c.Open(sign(wechattest.Token, "1", "n", encrypted), "1", "n", []byte(body))
		if err != nil {
			assert.True(t, errors.Is(err, wechat.ErrMessage) || errors.Is(err, wechat.ErrSignature), err)
			return
		}
		_, _ = wechat.ParseEvent(msg)
	})
}
