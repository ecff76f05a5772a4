package wechat

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"
)

// Handler serves the platform's event URL in one line:
//
//	mux.Handle("/wechat/events", &wechat.Handler{Crypto: c, OnEvent: onEvent})
//
// It refuses, without calling OnEvent, a method other than POST (405), a
// body over MaxBytes (413, default 64 KiB), a push without a numeric
// timestamp, in plaintext mode or unreadable (400), and a wrong signature
// or a timestamp more than MaxSkew (default 5 minutes, negative: no check)
// from Now (default time.Now) (403). It decrypts and parses the rest,
// hands the Event to OnEvent (nil: discard) and answers "success"; an
// OnEvent error answers 500, so WeChat may push again.
//
// It does not remember nonces (a push replayed within the window is
// handed over again, so OnEvent must be idempotent, as Sync is), answer
// the echostr URL check, or order events (WeChat may push late or twice).
// Set the fields before serving; it is then safe for concurrent use, as
// OnEvent must be. The zero Handler refuses every push.
type Handler struct {
	Crypto   *Crypto
	OnEvent  func(ctx context.Context, ev Event) error
	MaxBytes int64
	MaxSkew  time.Duration
	Now      func() time.Time
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	q := r.URL.Query()
	if et := q.Get("encrypt_type"); et != "" && et != "aes" {
		http.Error(w, "only encrypted pushes are accepted", http.StatusBadRequest)
		return
	}
	ts := q.Get("timestamp")
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		http.Error(w, "bad timestamp", http.StatusBadRequest)
		return
	}
	skew := h.MaxSkew
	if skew == 0 {
		skew = 5 * time.Minute
	}
	if skew > 0 {
		now := time.Now
		if h.Now != nil {
			now = h.Now
		}
		d := now().Sub(time.Unix(sec, 0))
		if d > skew || d < -skew {
			http.Error(w, "timestamp outside the window", http.StatusForbidden)
			return
		}
	}
	limit := h.MaxBytes
	if limit <= 0 {
		limit = 64 << 10
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
		} else {
			http.Error(w, "body not read", http.StatusBadRequest)
		}
		return
	}
	msg, err := h.Crypto.Open(q.Get("msg_signature"), ts, q.Get("nonce"), body)
	if err != nil {
		status := http.StatusBadRequest
		if errors.Is(err, ErrSignature) {
			status = http.StatusForbidden
		}
		http.Error(w, err.Error(), status)
		return
	}
	ev, err := ParseEvent(msg)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if h.OnEvent != nil {
		if err := h.OnEvent(r.Context(), ev); err != nil {
			http.Error(w, "event not handled", http.StatusInternalServerError)
			return
		}
	}
	_, _ = io.WriteString(w, "success")
}
