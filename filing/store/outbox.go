package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/workday"
)

// Message is one change in the outbox, as Save wrote it with the record.
// It is a plain value, safe for concurrent use; the zero Message is none.
type Message struct {
	// Seq is unique, and increases with the saves of each record: a
	// receiver drops a message it has seen by its Seq.
	Seq     int64
	ID      string // the record's Identity.ID
	AppID   string
	Version int64 // the record's version after the save
	Attempt int   // fetches of the message, this one included
	Change  filing.Change
}

// Fetch leases up to limit (0: 100, at most 1000) undelivered messages
// for Options.Lease and returns them, oldest first: deliver them, then
// Ack them. A message not acknowledged in time is fetched again. One
// that does not decode is reported as a *CorruptError beside the others,
// and the later messages of its record are held back with it.
func (s *Store) Fetch(ctx context.Context, limit int) ([]Message, error) {
	cs, err := s.claim(ctx, limitOf(limit))
	if err != nil {
		return nil, err
	}
	out := make([]Message, 0, len(cs))
	var (
		errs []error
		bad  map[string]bool // records with a message that does not decode
	)
	for _, c := range cs {
		if bad[c.id] {
			continue // held back, leased, behind the bad message
		}
		m := Message{Seq: c.seq, ID: c.id, AppID: c.appid, Version: c.version, Attempt: c.attempts}
		if err := json.Unmarshal(c.change, &m.Change); err != nil {
			errs = append(errs, &CorruptError{ID: c.id, Seq: c.seq, Err: err})
			if bad == nil {
				bad = map[string]bool{}
			}
			bad[c.id] = true
			continue
		}
		// Times come back in China Standard Time, as the record keeps
		// them, so a Message's Change equals the one the command returned.
		m.Change.At = inCST(m.Change.At)
		m.Change.Due = inCST(m.Change.Due)
		out = append(out, m)
	}
	return out, errors.Join(errs...)
}

// inCST returns t in China Standard Time; the zero time stays zero.
func inCST(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.In(workday.CST)
}

// Ack marks messages delivered; acknowledging twice is harmless.
func (s *Store) Ack(ctx context.Context, ms ...Message) error {
	seqs := make([]int64, len(ms))
	for i, m := range ms {
		if m.Seq <= 0 {
			return errors.New("store: Ack of a message without a Seq")
		}
		seqs[i] = m.Seq
	}
	return s.ack(ctx, seqs)
}

// Prune deletes the messages acknowledged before the instant before and
// returns how many.
func (s *Store) Prune(ctx context.Context, before time.Time) (int64, error) {
	res, err := s.db.ExecContext(ctx,
		s.d.q("DELETE FROM beian_outbox WHERE delivered IS NOT NULL AND delivered < $1"), before.UnixMilli())
	if err != nil {
		return 0, fmt.Errorf("store: pruning the outbox: %w", err)
	}
	return res.RowsAffected()
}
