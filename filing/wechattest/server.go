package wechattest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/wechat"
	"github.com/beian-go/beian/internal/xerr"
	"github.com/beian-go/beian/workday"
)

// The fake's push settings: a Handler built with
// wechat.NewCrypto(Token, EncodingAESKey, ComponentAppID) accepts its
// pushes. They are test values, never a real platform's.
const (
	Token          = "beiantest"
	EncodingAESKey = "YmVpYW50ZXN0a2V5YmVpYW50ZXN0a2V5YmVpYW50ZXN"
	ComponentAppID = "wx0000000000bea1an"
)

// Plan scripts the reviews of one submission: how long each takes on the
// fake's clock and whether it rejects. The zero Plan approves everything:
// the platform after 24 hours, the SMS verified 1 hour after it is sent,
// the bureau 72 hours later. It is a plain value, safe for concurrent
// reads; do not change its slices once scripted.
type Plan struct {
	// PlatformReview is how long WeChat's review takes; 0 means 24h.
	PlatformReview time.Duration
	// RejectPlatform, when not empty, are the reasons (audit_data) the
	// platform review rejects the filing with (status 3).
	RejectPlatform []filing.Rejection
	// SMSVerify is when the principal verifies the SMS after it is sent;
	// 0 means 1h. A negative value never verifies it: 24 hours after
	// sending the filing is returned (status 5, sms_verify_status 3).
	SMSVerify time.Duration
	// BureauReview is how long the bureau takes after the SMS check; 0
	// means 72h.
	BureauReview time.Duration
	// RejectBureau, when not empty, are the bureau's rejection reasons
	// (status 5).
	RejectBureau []filing.Rejection
}

// Fault makes the next Times calls of the endpoint at Path fail (Times 0
// means once), in the order faults were injected: after Delay (real time,
// for timeout tests; the call goes on normally when nothing else is set),
// it answers errcode Code, or Body with HTTP Status (default 200) as
// text/html unless it starts with "{". It is a plain value; the zero Fault
// matches no call.
type Fault struct {
	Path   string
	Code   int
	Body   string
	Status int
	Delay  time.Duration
	Times  int
}

// Server is a fake WeChat: an httptest.Server answering the filing
// endpoints at URL. Build it with NewServer and Close it when done; its
// methods are safe for concurrent use. The zero Server is not usable.
type Server struct {
	// URL is the base URL for wechat.Client.BaseURL.
	URL string

	srv    *httptest.Server
	closed chan struct{}
	crypto *wechat.Crypto
	push   *http.Client

	mu       sync.Mutex
	now      time.Time
	seq      int               // ids and nonces
	subjects int               // subject filing numbers issued
	apps     map[string]*app   // by appid
	tokens   map[string]string // access token → appid
	procs    map[string]string // procedure_id → appid
	faults   []Fault
	eventURL string
}

// NewServer starts a fake WeChat whose clock reads start (zero means
// 2026-03-02 09:00 China Standard Time). The clock moves only by Advance.
func NewServer(start time.Time) *Server {
	if start.IsZero() {
		start = time.Date(2026, 3, 2, 9, 0, 0, 0, workday.CST)
	}
	c, err := wechat.NewCrypto(Token, EncodingAESKey, ComponentAppID)
	if err != nil {
		panic(err) // the constants above are valid
	}
	s := &Server{
		closed: make(chan struct{}),
		crypto: c,
		push:   &http.Client{Timeout: 10 * time.Second},
		now:    start.In(workday.CST),
		apps:   map[string]*app{},
		tokens: map[string]string{},
		procs:  map[string]string{},
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = s.srv.URL
	return s
}

// Close stops the server, cutting short any injected delay.
func (s *Server) Close() {
	close(s.closed)
	s.srv.Close()
}

// Authorize registers the mini program appID (a fresh one is unfiled,
// status 1024) and returns its authorizer_access_token; calling it again
// returns the same token. Calls with another token are refused (40001),
// calls without one too (41001).
func (s *Server) Authorize(appID string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.app(appID).token
}

// Client returns a wechat.Client for appID against this server, with
// retry pauses of a few milliseconds.
func (s *Server) Client(appID string) *wechat.Client {
	token := s.Authorize(appID)
	return &wechat.Client{
		BaseURL: s.URL,
		Tokens:  wechat.TokenFunc(func(ctx context.Context) (string, error) { return token, nil }),
		Retry:   wechat.Retry{Base: time.Millisecond, Max: 5 * time.Millisecond},
	}
}

// Now returns the fake's clock.
func (s *Server) Now() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.now
}

// Script queues plans for appID's next submissions (apply_icp_filing and
// submit_auth_and_icp), one plan per accepted submission; without a plan a
// submission gets the zero Plan.
func (s *Server) Script(appID string, plans ...Plan) {
	s.mu.Lock()
	defer s.mu.Unlock()
	a := s.app(appID)
	a.plans = append(a.plans, plans...)
}

// Inject queues a fault.
func (s *Server) Inject(f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f.Times <= 0 {
		f.Times = 1
	}
	s.faults = append(s.faults, f)
}

// SetEventURL sets where push events go; "" stops pushing.
func (s *Server) SetEventURL(u string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.eventURL = u
}

// Advance moves the clock forward by d, running every review step, face
// verification and deregistration that falls due, in time order, and
// pushing their events to the event URL, each with the clock at its
// moment. It returns when all are delivered; the error reports pushes
// that were not answered "success".
func (s *Server) Advance(d time.Duration) error {
	s.mu.Lock()
	target := s.now.Add(max(d, 0))
	s.mu.Unlock()
	var errs []error
	for {
		s.mu.Lock()
		due, run := s.nextDue(target)
		if run == nil {
			s.now = target
			s.mu.Unlock()
			return errors.Join(errs...)
		}
		s.now = due
		pushes := run()
		dest := s.eventURL
		s.mu.Unlock()
		for _, p := range pushes {
			if err := s.deliver(dest, p); err != nil {
				errs = append(errs, err)
			}
		}
	}
}

// nextDue finds the earliest due step at or before target, in a stable
// order, and returns it with the function that runs it.
func (s *Server) nextDue(target time.Time) (time.Time, func() []push) {
	ids := make([]string, 0, len(s.apps))
	for id := range s.apps {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var best time.Time
	var run func() []push
	for _, id := range ids {
		for _, st := range s.pending(s.apps[id]) {
			if !st.at.After(target) && (run == nil || st.at.Before(best)) {
				best, run = st.at, st.run
			}
		}
	}
	return best, run
}

// push is one event to deliver: its plaintext XML.
type push []byte

// deliver encrypts a push as WeChat does and posts it to dest.
func (s *Server) deliver(dest string, p push) error {
	if dest == "" {
		return nil
	}
	s.mu.Lock()
	s.seq++
	ts, nonce := strconv.FormatInt(s.now.Unix(), 10), strconv.Itoa(1_000_000+s.seq)
	s.mu.Unlock()
	body, sig, err := s.crypto.Seal(p, ts, nonce)
	if err != nil {
		return err
	}
	q := url.Values{"timestamp": {ts}, "nonce": {nonce}, "encrypt_type": {"aes"}, "msg_signature": {sig}}
	resp, err := s.push.Post(dest+"?"+q.Encode(), "text/xml", bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("wechattest: push: %w", err)
	}
	defer resp.Body.Close()
	got, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
	if resp.StatusCode != http.StatusOK || string(got) != "success" {
		return fmt.Errorf("wechattest: push answered HTTP %d %s", resp.StatusCode, xerr.Quote(string(got)))
	}
	return nil
}

// serve routes one call: faults first, then the token, then the endpoint.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if f, ok := s.fault(r.URL.Path); ok {
		if f.Delay > 0 {
			t := time.NewTimer(f.Delay)
			select {
			case <-t.C:
			case <-r.Context().Done():
				t.Stop()
				return
			case <-s.closed:
				t.Stop()
				return
			}
		}
		switch {
		case f.Body != "" || f.Status != 0:
			ct := "text/html; charset=utf-8"
			if len(f.Body) > 0 && f.Body[0] == '{' {
				ct = "application/json"
			}
			w.Header().Set("Content-Type", ct)
			w.WriteHeader(max(f.Status, http.StatusOK))
			_, _ = io.WriteString(w, f.Body)
			return
		case f.Code != 0:
			writeJSON(w, s.Now(), map[string]any{"errcode": f.Code, "errmsg": "injected fault"})
			return
		}
	}
	ep, ok := endpoints[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	// The body is read, decoded and checked before the lock is taken, and
	// the answer is sent after it is released.
	c := &call{Request: r}
	limit := ep.maxBody
	if limit == 0 {
		limit = 1 << 20
	}
	c.body, c.bodyErr = io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if ep.prepare != nil {
		ep.prepare(c, workday.DateOf(s.Now()))
	}
	answer := httptest.NewRecorder()
	s.mu.Lock()
	s.route(ep, answer, c)
	s.mu.Unlock()
	for k, v := range answer.Header() {
		w.Header()[k] = v
	}
	w.WriteHeader(answer.Code)
	_, _ = answer.Body.WriteTo(w)
}

// route answers c with the lock held: the token, the method, then the
// endpoint.
func (s *Server) route(ep endpoint, w http.ResponseWriter, c *call) {
	token := c.URL.Query().Get("access_token")
	appID, known := s.tokens[token]
	switch {
	case token == "":
		writeJSON(w, s.now, errAnswer(41001, "access_token missing"))
	case !known:
		writeJSON(w, s.now, errAnswer(40001, "invalid credential, access_token is invalid or not latest"))
	case c.Method != ep.method:
		code, msg := 43002, "require POST method"
		if ep.method == http.MethodGet {
			code, msg = 43001, "require GET method"
		}
		writeJSON(w, s.now, errAnswer(code, msg))
	default:
		ep.handle(s, s.apps[appID], w, c)
	}
}

// fault takes the first queued fault for path.
func (s *Server) fault(path string) (Fault, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.faults {
		if f.Path != path {
			continue
		}
		s.faults[i].Times--
		if s.faults[i].Times <= 0 {
			s.faults = append(s.faults[:i], s.faults[i+1:]...)
		}
		return f, true
	}
	return Fault{}, false
}

// writeJSON writes v with the fake's clock as the Date header.
func writeJSON(w http.ResponseWriter, now time.Time, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		b = []byte(`{"errcode":-1,"errmsg":"system error"}`)
	}
	w.Header().Set("Content-Type", "application/json; encoding=utf-8")
	w.Header().Set("Date", now.UTC().Format(http.TimeFormat))
	_, _ = w.Write(b)
}

func errAnswer(code int, msg string) map[string]any {
	return map[string]any{"errcode": code, "errmsg": msg}
}

func ok(extra map[string]any) map[string]any {
	m := map[string]any{"errcode": 0, "errmsg": "ok"}
	for k, v := range extra {
		m[k] = v
	}
	return m
}
