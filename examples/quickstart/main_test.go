package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/examples/internal/golden"

	"github.com/beian-go/beian/workday"
)

// today stands in for the clock main reads.
var today = workday.MustDate(2026, 11, 27)

func runArgs(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, today, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name  string
		start string
	}{
		// Starts on a Mid-Autumn holiday and waits through National Day
		// and its makeup Saturday.
		{"mid_autumn_national_day", "2026-09-25"},
		// Submitted in 2026, filed in 2027, whose schedule is provisional.
		{"new_year_2027_provisional", "2026-12-21"},
		// Reaches into 2028, whose schedule is projected.
		{"new_year_2028_projected", "2027-12-30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runArgs("-start", tt.start)
			require.Equal(t, 0, code, "stderr: %s", errOut)
			assert.Empty(t, errOut)
			golden.Check(t, tt.name, []byte(out))
		})
	}
}

// The walk passes from the first to the last start day its sample
// certificates allow, and outside them says which start days work; every
// line fits the terminal either way.
func TestStartRange(t *testing.T) {
	tests := []struct {
		start   string
		code    int
		warning bool // the re-check still shows a warning
	}{
		{"2018-02-28", 1, false},
		{firstStart, 0, false},
		{"2026-09-25", 0, false},
		{lastStart, 0, true}, // the subject principal's certificate expires within three months
		{"2036-05-15", 1, false},
		{"1990-01-01", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.start, func(t *testing.T) {
			code, out, errOut := runArgs("-start", tt.start)
			require.Equal(t, tt.code, code, "stderr: %s", errOut)
			golden.Fits(t, out)
			if code == 1 {
				assert.Equal(t, "quickstart: the sample filing does not pass on "+tt.start+"; try a -start from 2018-03-01 to 2036-05-14\n", errOut)
				assert.Contains(t, out, "复查 Re-checked: 仍有问题 still ")
				assert.NotContains(t, out, "apply_icp_filing", "nothing is applied for")
				return
			}
			assert.Equal(t, tt.warning, strings.Contains(out, "~ icp_subject.principal_info.certificate_validity_date_end (警告 warning)\n"), out)
			assert.Contains(t, out, "备案号 Filing number: ")
		})
	}
}

// Without -start the walk begins on the day main passes in.
func TestDefaultStart(t *testing.T) {
	code, out, _ := runArgs()
	_, want, _ := runArgs("-start", today.String())
	assert.Equal(t, 0, code)
	assert.Equal(t, want, out)
}

func TestArgs(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // a substring of the standard error
	}{
		{"bad date", []string{"-start", "2026-13-01"}, 2, "quickstart: -start \"2026-13-01\": want a date such as 2026-09-25\n"},
		{"not a date", []string{"-start", "tomorrow"}, 2, "want a date"},
		{"unknown flag", []string{"-begin", "2026-09-25"}, 2, "quickstart: flag provided but not defined: -begin (-h lists the flags)\n"},
		{"missing date", []string{"-start"}, 2, "quickstart: flag needs an argument: -start (-h lists the flags)\n"},
		{"extra argument", []string{"now"}, 2, "unexpected argument"},
		{"help", []string{"-h"}, 0, "usage: quickstart"},
		{"out of range", []string{"-start", "9999-12-30"}, 1, "quickstart: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runArgs(tt.args...)
			assert.Equal(t, tt.code, code)
			assert.Contains(t, errOut, tt.stderr)
			if tt.code == 2 {
				assert.Empty(t, out)
			}
		})
	}
}

// The client's transport lets requests to loopback addresses through and
// refuses every other one before dialing, host names included, so that
// not even a DNS query leaves the machine.
func TestLoopbackOnly(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = io.WriteString(w, "ok")
	}))
	defer srv.Close()
	port := srv.Listener.Addr().(*net.TCPAddr).Port

	var dialed []string
	tr := &loopbackOnly{next: &http.Transport{
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			dialed = append(dialed, addr)
			return (&net.Dialer{}).DialContext(ctx, network, addr)
		},
	}}
	defer tr.next.CloseIdleConnections()
	client := &http.Client{Transport: tr}

	tests := []struct {
		name string
		url  string
		ok   bool
	}{
		{"fake WeChat", srv.URL + "/wxa/icp/get_icp_entrance_info", true},
		{"another loopback address", "http://127.0.0.2:" + strconv.Itoa(port) + "/", true},
		{"IPv6 loopback", "http://[::1]:" + strconv.Itoa(port) + "/", true},
		{"WeChat", "https://api.weixin.qq.com/wxa/icp/get_icp_entrance_info", false},
		{"localhost by name", "http://localhost:" + strconv.Itoa(port) + "/", false},
		{"documentation address", "http://192.0.2.1/", false},
		{"private address", "http://10.0.0.1:8080/", false},
		{"IPv6 outside", "http://[2001:db8::1]/", false},
		{"unspecified", "http://0.0.0.0:" + strconv.Itoa(port) + "/", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dialed = nil
			resp, err := client.Get(tt.url)
			if !tt.ok {
				require.Error(t, err)
				assert.Contains(t, err.Error(), "is not on this machine")
				assert.Empty(t, dialed, "refused before dialing")
				return
			}
			// Let through: dialed, whether or not anything listens there.
			want, err2 := url.Parse(tt.url)
			require.NoError(t, err2)
			assert.Equal(t, []string{want.Host}, dialed)
			if err != nil {
				assert.NotContains(t, err.Error(), "is not on this machine")
				return
			}
			defer resp.Body.Close()
			assert.Equal(t, http.StatusOK, resp.StatusCode)
		})
	}
}

// recorder is an http.RoundTripper that notes the host of every request
// it passes on.
type recorder struct {
	next http.RoundTripper

	mu    sync.Mutex
	hosts []string
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	r.mu.Lock()
	r.hosts = append(r.hosts, req.URL.Hostname())
	r.mu.Unlock()
	return r.next.RoundTrip(req)
}

// The whole walk talks to this machine only: the client goes through the
// loopback-only transport to the fake WeChat's loopback address, and the
// fake's pushes, which use http.DefaultTransport, go to the event URL on
// loopback too.
func TestWalkStaysOnLoopback(t *testing.T) {
	rec := &recorder{next: http.DefaultTransport}
	http.DefaultTransport = rec
	t.Cleanup(func() { http.DefaultTransport = rec.next })

	w := &walk{out: io.Discard, cal: workday.China(), day: workday.MustDate(2026, 9, 25)}
	require.NoError(t, w.run(context.Background()))

	assert.Same(t, w.net, w.client.HTTPClient.Transport, "the client uses the loopback-only transport")
	base, err := url.Parse(w.client.BaseURL)
	require.NoError(t, err)
	assert.True(t, isLoopback(base.Hostname()), "base URL %s", w.client.BaseURL)
	assert.Greater(t, w.net.requests(), 0)

	rec.mu.Lock()
	defer rec.mu.Unlock()
	assert.Len(t, rec.hosts, w.seen, "every push, and nothing else, went through the default transport")
	for _, h := range rec.hosts {
		assert.True(t, isLoopback(h), "push to %s", h)
	}
}

func isLoopback(host string) bool {
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}

var sink int

func BenchmarkRun(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var out bytes.Buffer
		sink = run([]string{"-start", "2026-09-25"}, today, &out, &out)
	}
}
