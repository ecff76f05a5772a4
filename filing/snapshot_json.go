package filing

// The JSON of a Snapshot, the storage form of an Application, written and
// read by hand on internal/jsonwire like the Request it holds. The form is
// the one encoding/json gave the Snapshot's struct tags: members in field
// order, zero times as "0001-01-01T00:00:00Z", a nil history as null.

import (
	"fmt"
	"strconv"
	"time"

	"github.com/beian-go/beian/internal/jsonwire"
	"github.com/beian-go/beian/internal/xerr"
)

// MarshalJSON writes s complete: it is the storage form. It fails only for
// what no Application holds (an unknown stage, a year past 9999, …).
func (s Snapshot) MarshalJSON() ([]byte, error) {
	var e encoder
	e.open()
	err := e.snapshot(&s)
	out, cerr := e.close()
	if err != nil {
		return nil, err
	}
	return out, cerr
}

// snapshot writes the members of s.
func (e *encoder) snapshot(s *Snapshot) error {
	w := &e.w
	w.NamePlain("identity")
	w.BeginObject()
	w.NamePlain("id")
	w.String(s.Identity.ID)
	w.NamePlain("appid")
	w.String(s.Identity.AppID)
	w.NamePlain("combined")
	w.Bool(s.Identity.Combined)
	w.EndObject()
	w.NamePlain("version")
	w.Int(s.Version)
	e.begin("request")
	e.request(&s.Request)
	e.end()
	if err := e.enum("stage", s.Stage.valid() || s.Stage == StageUnknown, s.Stage.String()); err != nil {
		return err
	}
	w.NamePlain("attempt")
	w.Int(int64(s.Attempt))
	e.time("created_at", s.CreatedAt)
	e.time("updated_at", s.UpdatedAt)
	e.time("submitted_at", s.SubmittedAt)
	w.NamePlain("face")
	w.BeginObject()
	if s.Face.TaskID != "" {
		w.NamePlain("task_id")
		w.String(s.Face.TaskID)
	}
	e.time("created_at", s.Face.CreatedAt)
	e.time("verified_at", s.Face.VerifiedAt)
	w.EndObject()
	w.NamePlain("sms")
	w.BeginObject()
	e.time("sent_at", s.SMS.SentAt)
	e.time("resent_at", s.SMS.ResentAt)
	w.NamePlain("wrong_codes")
	w.Int(int64(s.SMS.WrongCodes))
	e.time("verified_at", s.SMS.VerifiedAt)
	w.EndObject()
	if len(s.Rejections) > 0 {
		w.NamePlain("rejections")
		w.BeginArray()
		for i := range s.Rejections {
			writeRejection(w, &s.Rejections[i])
		}
		w.EndArray()
	}
	if s.FilingNumber != "" {
		w.NamePlain("filing_number")
		w.String(s.FilingNumber)
	}
	w.NamePlain("history")
	if s.History == nil {
		w.Null()
		return e.timeErr()
	}
	w.BeginArray()
	for i := range s.History {
		t := &s.History[i]
		w.BeginObject()
		if err := e.enum("from", t.From.valid() || t.From == StageUnknown, t.From.String()); err != nil {
			return err
		}
		if err := e.enum("to", t.To.valid() || t.To == StageUnknown, t.To.String()); err != nil {
			return err
		}
		if err := e.enum("event", t.Event.valid() || t.Event == EventUnknown, t.Event.String()); err != nil {
			return err
		}
		e.time("at", t.At)
		if t.Reason != "" {
			w.NamePlain("reason")
			w.String(t.Reason)
		}
		if t.Synced {
			w.NamePlain("synced")
			w.Bool(true)
		}
		w.EndObject()
	}
	w.EndArray()
	return e.timeErr()
}

// enum writes the id of an enum value, or fails for a value outside it.
func (e *encoder) enum(name string, ok bool, id string) error {
	if !ok {
		return fmt.Errorf("filing: cannot marshal %s %s", name, id)
	}
	e.w.NamePlain(name)
	e.w.String(id)
	return nil
}

// time writes an instant; one JSON cannot hold is the writer's error.
func (e *encoder) time(name string, t time.Time) {
	e.w.NamePlain(name)
	e.w.Time(t)
}

// timeErr returns the writer's error (an instant outside the years
// 0000–9999), as encoding/json would report it.
func (e *encoder) timeErr() error {
	if err := e.w.Err(); err != nil {
		return fmt.Errorf("filing: cannot marshal a record: %w", err)
	}
	return nil
}

// writeRejection writes r with WeChat's member names.
func writeRejection(w *jsonwire.Writer, r *Rejection) {
	w.BeginObject()
	w.NamePlain("key_name")
	w.String(r.Field)
	w.NamePlain("error")
	w.String(r.Reason)
	if r.Suggestion != "" {
		w.NamePlain("suggest")
		w.String(r.Suggestion)
	}
	w.EndObject()
}

// decodeSnapshot reads data into *s, which must be the zero Snapshot. It
// reports whether data was null, and the size of the request's JSON.
func decodeSnapshot(data []byte, s *Snapshot) (null bool, span int, err error) {
	d := new(decoder)
	d.r.Reset(data)
	if d.r.Null() {
		d.r.End()
		return true, 0, snapshotError(d.r.Err(), nil)
	}
	span, bad := d.snapshot(s)
	d.r.End()
	return false, span, snapshotError(d.r.Err(), bad)
}

// snapshotError is the error of a snapshot that does not decode: the
// first unknown id met, or else the reader's error.
func snapshotError(err error, bad *RecordError) error {
	switch {
	case bad != nil:
		return bad
	case err != nil:
		return &RecordError{Field: "json", Reason: "cannot decode", Err: decodeError(err)}
	}
	return nil
}

// snapshot reads the members of a snapshot into s, and returns the size
// of the request's JSON. An unknown stage or event id stops the reader
// and is returned.
func (d *decoder) snapshot(s *Snapshot) (span int, bad *RecordError) {
	r := &d.r
	if !r.Object() {
		return 0, nil
	}
	for r.Member() {
		switch string(r.Name()) {
		case "identity":
			s.Identity = Identity{}
			if r.Object() {
				for r.Member() {
					switch string(r.Name()) {
					case "id":
						s.Identity.ID = r.String(-1)
					case "appid":
						s.Identity.AppID = r.String(-1)
					case "combined":
						s.Identity.Combined = r.Bool()
					default:
						r.Skip()
					}
				}
			}
		case "version":
			s.Version = r.Int(-1<<63, 1<<63-1)
		case "request":
			s.Request = Request{}
			start := r.Offset()
			d.request(&s.Request)
			span = r.Offset() - start
			if span > maxPayload && r.Err() == nil {
				r.Fail(jsonwire.Limit, start, strconv.Itoa(span)+" bytes", "at most "+strconv.Itoa(maxPayload)+" bytes")
			}
		case "stage":
			s.Stage, bad = d.stage("stage", bad)
		case "attempt":
			s.Attempt = int(r.Int(-1<<31, 1<<31-1))
		case "created_at":
			s.CreatedAt = r.Time()
		case "updated_at":
			s.UpdatedAt = r.Time()
		case "submitted_at":
			s.SubmittedAt = r.Time()
		case "face":
			s.Face = FaceVerification{}
			if r.Object() {
				for r.Member() {
					switch string(r.Name()) {
					case "task_id":
						s.Face.TaskID = r.String(-1)
					case "created_at":
						s.Face.CreatedAt = r.Time()
					case "verified_at":
						s.Face.VerifiedAt = r.Time()
					default:
						r.Skip()
					}
				}
			}
		case "sms":
			s.SMS = SMSState{}
			if r.Object() {
				for r.Member() {
					switch string(r.Name()) {
					case "sent_at":
						s.SMS.SentAt = r.Time()
					case "resent_at":
						s.SMS.ResentAt = r.Time()
					case "wrong_codes":
						s.SMS.WrongCodes = int(r.Int(-1<<31, 1<<31-1))
					case "verified_at":
						s.SMS.VerifiedAt = r.Time()
					default:
						r.Skip()
					}
				}
			}
		case "rejections":
			s.Rejections = nil
			if r.Array() {
				s.Rejections = []Rejection{}
				for r.Elem() {
					s.Rejections = append(s.Rejections, readRejection(r))
				}
			}
		case "filing_number":
			s.FilingNumber = r.String(-1)
		case "history":
			s.History, bad = d.history(bad)
		default:
			r.Skip()
		}
	}
	return span, bad
}

// history reads the entries of a history: nil for null, as written.
func (d *decoder) history(bad *RecordError) ([]Transition, *RecordError) {
	r := &d.r
	if !r.Array() {
		return nil, bad
	}
	h := []Transition{}
	for i := 0; r.Elem(); i++ {
		var t Transition
		if r.Object() {
			at := "history[" + strconv.Itoa(i) + "]."
			for r.Member() {
				switch string(r.Name()) {
				case "from":
					t.From, bad = d.stage(at+"from", bad)
				case "to":
					t.To, bad = d.stage(at+"to", bad)
				case "event":
					t.Event, bad = d.event(at+"event", bad)
				case "at":
					t.At = r.Time()
				case "reason":
					t.Reason = r.String(-1)
				case "synced":
					t.Synced = r.Bool()
				default:
					r.Skip()
				}
			}
		}
		h = append(h, t)
	}
	return h, bad
}

// stage reads a stage id. An unknown one stops the reader, and is
// returned as the error unless one came before.
func (d *decoder) stage(field string, bad *RecordError) (Stage, *RecordError) {
	at := d.r.Offset()
	id := d.r.Text(-1)
	v, ok := stageNames.Parse(string(id))
	if !ok && d.r.Err() == nil {
		d.r.Fail(jsonwire.Type, at, "an unknown stage id", "a stage id")
		if bad == nil {
			bad = &RecordError{Field: field, Reason: "unknown stage", Err: fmt.Errorf("%w: %s", ErrUnknownStage, xerr.QuoteToken(string(id)))}
		}
	}
	return Stage(v), bad
}

// event reads an event id as stage reads a stage id.
func (d *decoder) event(field string, bad *RecordError) (Event, *RecordError) {
	at := d.r.Offset()
	id := d.r.Text(-1)
	v, ok := eventNames.Parse(string(id))
	if !ok && d.r.Err() == nil {
		d.r.Fail(jsonwire.Type, at, "an unknown event id", "an event id")
		if bad == nil {
			bad = &RecordError{Field: field, Reason: "unknown event", Err: fmt.Errorf("%w: %s", ErrUnknownEvent, xerr.QuoteToken(string(id)))}
		}
	}
	return Event(v), bad
}

// readRejection reads one item of audit_data.
func readRejection(r *jsonwire.Reader) Rejection {
	var v Rejection
	if r.Object() {
		for r.Member() {
			switch string(r.Name()) {
			case "key_name":
				v.Field = r.String(-1)
			case "error":
				v.Reason = r.String(-1)
			case "suggest":
				v.Suggestion = r.String(-1)
			default:
				r.Skip()
			}
		}
	}
	return v
}
