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

// Message is one transition in the outbox: a Change that Save (or
// Update) wrote together with the record, for a consumer to deliver, for
// example to tell the merchant what to do by when. It is a plain value,
// safe for concurrent use; the zero Message is none.
type Message struct {
	// Seq is the message's place in the outbox, unique and increasing in
	// the order the messages of one record were saved: a receiver can
	// drop a message it has already seen by its Seq.
	Seq int64
	// ID and AppID identify the record, Version is the record's version
	// after the save that wrote the message.
	ID      string
	AppID   string
	Version int64
	// Attempt counts the fetches of the message, this one included: more
	// than 1 means an earlier consumer fetched it and did not acknowledge
	// it within its lease.
	Attempt int
	Change  filing.Change
}

// Fetch reserves up to limit undelivered messages (0 means 100, at most
// 1000) for Options.Lease and returns them, oldest first. Deliver them,
// then Ack them. A message not acknowledged within its lease (the
// consumer died, or delivery failed) is fetched again, by this consumer
// or another: delivery is at least once, never lost.
//
// Several consumers may fetch at once, in one process or many. Each
// message goes to one consumer at a time, and the messages of one record
// are handed out in order: a message is held back while an earlier one
// of its record is leased and not acknowledged. A message that cannot be
// decoded is left out and reported in the error as a *CorruptError with
// its Seq (ErrCorrupt), while the others are returned all the same:
// deliver and acknowledge them. The bad one stays unacknowledged, and
// holds back the later messages of its record, until it is repaired.
func (s *Store) Fetch(ctx context.Context, limit int) ([]Message, error) {
	cs, err := s.claim(ctx, limitOf(limit))
	if err != nil {
		return nil, err
	}
	out := make([]Message, 0, len(cs))
	var bad []error
	for _, c := range cs {
		m := Message{Seq: c.seq, ID: c.id, AppID: c.appid, Version: c.version, Attempt: c.attempts}
		if err := json.Unmarshal(c.change, &m.Change); err != nil {
			bad = append(bad, &CorruptError{ID: c.id, Seq: c.seq, Err: err})
			continue
		}
		// Times come back in China Standard Time, as the record keeps
		// them, so a Message's Change equals the one the command returned.
		m.Change.At = inCST(m.Change.At)
		m.Change.Due = inCST(m.Change.Due)
		out = append(out, m)
	}
	return out, errors.Join(bad...)
}

// inCST returns t in China Standard Time; the zero time stays zero.
func inCST(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.In(workday.CST)
}

// Ack marks messages as delivered, so no fetch returns them again. Messages
// already acknowledged are left as they are: acknowledging twice is
// harmless.
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
// reports how many it deleted. Unacknowledged messages are never deleted.
func (s *Store) Prune(ctx context.Context, before time.Time) (int64, error) {
	res, err := s.db.ExecContext(ctx,
		s.d.q("DELETE FROM beian_outbox WHERE delivered IS NOT NULL AND delivered < $1"), before.UnixMilli())
	if err != nil {
		return 0, fmt.Errorf("store: pruning the outbox: %w", err)
	}
	return res.RowsAffected()
}
