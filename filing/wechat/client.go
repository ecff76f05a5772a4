package wechat

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// DefaultBaseURL is where WeChat's filing API lives.
const DefaultBaseURL = "https://api.weixin.qq.com"

// Response size limits: a JSON answer (the district tree is the largest,
// some hundreds of kilobytes) and a downloaded media file.
const (
	maxJSONBytes  = 4 << 20
	maxMediaBytes = 32 << 20
)

// TokenSource supplies the current authorizer_access_token, once per
// attempt; the caller runs WeChat's component-token flow. It must be safe
// for concurrent use when the Client is shared.
type TokenSource interface {
	Token(ctx context.Context) (string, error)
}

// TokenFunc is a TokenSource; it is as safe for concurrent use as f is.
type TokenFunc func(ctx context.Context) (string, error)

func (f TokenFunc) Token(ctx context.Context) (string, error) { return f(ctx) }

// Client calls WeChat's filing API for the mini program whose
// authorizer_access_token Tokens (required) supplies, through HTTPClient
// (nil: http.DefaultClient) at BaseURL (empty: DefaultBaseURL). Set its
// fields before first use; it is then safe for concurrent use. The zero
// Client fails every call.
type Client struct {
	Tokens     TokenSource
	HTTPClient *http.Client
	BaseURL    string
	Retry      Retry
}

// Retry is how reads (the GET and the two query endpoints) are retried
// after errcode -1, a network error or HTTP 502–504: up to Attempts sends
// in all (0: 3; 1: none), pausing Base·2^(n-1) before retry n (0: 200ms),
// at most Max (0: 2s), less a random part of up to half (Jitter, in
// [0, 1); nil: math/rand/v2). No retry starts when the context's deadline
// would pass during the pause. It is a plain value; Jitter must be safe
// for concurrent use.
type Retry struct {
	Attempts  int
	Base, Max time.Duration
	Jitter    func() float64
}

func (r Retry) attempts() int {
	switch {
	case r.Attempts == 0:
		return 3
	case r.Attempts < 1:
		return 1
	}
	return r.Attempts
}

// pause returns the pause before retry n (from 1).
func (r Retry) pause(n int) time.Duration {
	base, limit := r.Base, r.Max
	if base <= 0 {
		base = 200 * time.Millisecond
	}
	if limit <= 0 {
		limit = 2 * time.Second
	}
	d := base
	for i := 1; i < n && d < limit; i++ {
		d *= 2
	}
	d = min(d, limit)
	jitter := rand.Float64
	if r.Jitter != nil {
		jitter = r.Jitter
	}
	j := jitter()
	if j < 0 || j >= 1 {
		j = 0
	}
	return d/2 + time.Duration(float64(d/2)*(1-j))
}

// call is one endpoint call: its path and method, its body and whether it
// is a read that may be retried.
type call struct {
	method, path string
	query        url.Values
	contentType  string
	body         []byte
	read         bool
	raw          bool // the answer may be a file instead of JSON
}

// answer is what a call got back: the body of a successful JSON answer or
// the bytes of a file.
type answer struct {
	body        []byte
	contentType string
	date        time.Time // the HTTP Date header, zero if none
}

// do sends c, retrying reads, and returns the answer; out, when not nil,
// receives the JSON answer.
func (cl *Client) do(ctx context.Context, c call, out any) (answer, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	attempts := 1
	if c.read {
		attempts = cl.Retry.attempts()
	}
	for n := 1; ; n++ {
		a, err := cl.once(ctx, c, out)
		if err == nil {
			return a, nil
		}
		var e *Error
		if !errors.As(err, &e) {
			return a, err
		}
		e.Attempts = n
		if n >= attempts || !transient(ctx, e) {
			return a, e
		}
		d := cl.Retry.pause(n)
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < d {
			return a, e
		}
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			e.Err, e.text = errors.Join(e.Err, ctx.Err()), strings.TrimPrefix(e.text+"; "+ctx.Err().Error(), "; ")
			return a, e
		case <-t.C:
		}
	}
}

// transient reports whether a failed read may be sent again.
func transient(ctx context.Context, e *Error) bool {
	if ctx.Err() != nil || e.local {
		return false
	}
	switch {
	case e.Code == -1:
		return true
	case e.Code != 0:
		return false
	case e.Status == http.StatusBadGateway, e.Status == http.StatusServiceUnavailable, e.Status == http.StatusGatewayTimeout:
		return true
	}
	// A network error, including an attempt cut short by
	// http.Client.Timeout while the caller's context still runs.
	return e.Status == 0 && e.Err != nil && !errors.Is(e.Err, ErrResponse)
}

// once sends c once.
func (cl *Client) once(ctx context.Context, c call, out any) (answer, error) {
	fail := func(token string, status int, err error) (answer, error) {
		text := err.Error()
		if token != "" {
			text = strings.ReplaceAll(text, token, "***")
		}
		return answer{}, &Error{Path: c.path, Status: status, Err: err, text: text}
	}
	// local is a failure before anything was sent, never retried.
	local := func(err error) (answer, error) {
		return answer{}, &Error{Path: c.path, Err: err, text: err.Error(), local: true}
	}
	if cl == nil || cl.Tokens == nil {
		return local(errors.New("client has no TokenSource"))
	}
	if err := ctx.Err(); err != nil {
		return local(err)
	}
	token, err := cl.Tokens.Token(ctx)
	if err != nil {
		return local(fmt.Errorf("token: %w", err))
	}
	if token == "" {
		return local(errors.New("token source gave an empty token"))
	}
	base := cl.BaseURL
	if base == "" {
		base = DefaultBaseURL
	}
	q := url.Values{}
	for k, v := range c.query {
		q[k] = v
	}
	q.Set("access_token", token)
	u := strings.TrimRight(base, "/") + c.path + "?" + q.Encode()
	var body io.Reader
	if c.body != nil {
		body = bytes.NewReader(c.body)
	}
	req, err := http.NewRequestWithContext(ctx, c.method, u, body)
	if err != nil {
		return local(errors.New("cannot build the request (check BaseURL)"))
	}
	if c.contentType != "" {
		req.Header.Set("Content-Type", c.contentType)
	}
	hc := cl.HTTPClient
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the url.Error quotes the URL, and with it the token
		}
		if ctxErr := ctx.Err(); ctxErr != nil && !errors.Is(err, ctxErr) {
			err = fmt.Errorf("%w (%v)", ctxErr, err)
		}
		return fail(token, 0, err)
	}
	defer resp.Body.Close()
	limit := int64(maxJSONBytes)
	if c.raw {
		limit = maxMediaBytes
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return fail(token, resp.StatusCode, fmt.Errorf("%w: reading the body: %w", ErrResponse, err))
	}
	if int64(len(data)) > limit {
		return fail(token, resp.StatusCode, fmt.Errorf("%w: body larger than %d bytes", ErrResponse, limit))
	}
	ct := resp.Header.Get("Content-Type")
	if c.raw && resp.StatusCode == http.StatusOK && !looksJSON(ct, data) && len(data) > 0 {
		return answer{body: data, contentType: ct}, nil
	}
	if !looksJSON(ct, data) {
		what := "empty body"
		if len(data) > 0 {
			mt, _, _ := mime.ParseMediaType(ct)
			if mt == "" {
				mt = "no content type"
			}
			what = fmt.Sprintf("not JSON (%s, %d bytes)", mt, len(data))
		}
		return fail(token, resp.StatusCode, fmt.Errorf("%w: HTTP %d, %s", ErrResponse, resp.StatusCode, what))
	}
	var head struct {
		Code    int    `json:"errcode"`
		Message string `json:"errmsg"`
		Hints   []hint `json:"hints"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return fail(token, resp.StatusCode, fmt.Errorf("%w: HTTP %d, malformed JSON", ErrResponse, resp.StatusCode))
	}
	if head.Code != 0 {
		return answer{}, &Error{Path: c.path, Code: head.Code, Message: cleanMessage(head.Message, token),
			Hints: problemsOf(head.Hints, token)}
	}
	if resp.StatusCode != http.StatusOK {
		return fail(token, resp.StatusCode, fmt.Errorf("%w: HTTP %d without an errcode", ErrResponse, resp.StatusCode))
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			return fail(token, resp.StatusCode, fmt.Errorf("%w: unexpected JSON shape", ErrResponse))
		}
	}
	date, _ := http.ParseTime(resp.Header.Get("Date"))
	return answer{body: data, contentType: ct, date: date}, nil
}

// looksJSON reports whether an answer is JSON: by its content type, or,
// as WeChat sometimes labels JSON text/plain, by its first byte.
func looksJSON(contentType string, data []byte) bool {
	data = bytes.TrimLeft(data, " \t\r\n")
	if len(data) == 0 {
		return false
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	if mt == "application/json" {
		return true
	}
	return data[0] == '{' && (mt == "" || mt == "text/plain")
}

// get is a read without a body.
func (cl *Client) get(ctx context.Context, path string, out any) error {
	_, err := cl.do(ctx, call{method: http.MethodGet, path: path, read: true}, out)
	return err
}

// post sends a JSON body; read says whether it may be retried.
func (cl *Client) post(ctx context.Context, path string, in, out any, read bool) error {
	var body []byte
	switch v := in.(type) {
	case nil:
	case []byte:
		body = v
	default:
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = b
	}
	c := call{method: http.MethodPost, path: path, body: body, read: read}
	if body != nil {
		c.contentType = "application/json"
	}
	_, err := cl.do(ctx, c, out)
	return err
}
