package filing

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

func TestApplicationJSONRoundTrip(t *testing.T) {
	for _, s := range allStages() {
		t.Run(s.String(), func(t *testing.T) {
			a := inStageOf(t, s)
			b, err := json.Marshal(a)
			require.NoError(t, err)
			var back Application
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, a.Snapshot(), back.Snapshot())
			b2, err := json.Marshal(&back)
			require.NoError(t, err)
			assert.Equal(t, string(b), string(b2), "second encoding differs")
			assert.Contains(t, string(b), `"stage":"`+s.String()+`"`, "stage not stored by id")
			assert.Contains(t, string(b), `"identity":{"id":"order-0001","appid":"wx0123456789abcdef","combined":false}`)
			assert.Contains(t, string(b), `"version":`)
		})
	}
	t.Run("combined flow", func(t *testing.T) {
		id := testID
		id.Combined = true
		a := newDraftOf(t, id)
		b, err := json.Marshal(a)
		require.NoError(t, err)
		var back Application
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, id, back.Identity())
		assert.Equal(t, a.Version(), back.Version())
	})
}

func TestApplicationJSONKeepsForeignZones(t *testing.T) {
	a := inStageOf(t, StageFiled)
	b, err := json.Marshal(a)
	require.NoError(t, err)
	// Re-encode every time in UTC: the instants are the same.
	var raw map[string]any
	require.NoError(t, json.Unmarshal(b, &raw))
	for _, h := range raw["history"].([]any) {
		m := h.(map[string]any)
		tm, err := time.Parse(time.RFC3339Nano, m["at"].(string))
		require.NoError(t, err)
		m["at"] = tm.UTC().Format(time.RFC3339Nano)
	}
	b, err = json.Marshal(raw)
	require.NoError(t, err)
	var back Application
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, a.History(), back.History())
}

func TestApplicationJSONRejects(t *testing.T) {
	editOf := func(a *Application) func(f func(m map[string]any)) string {
		good, err := json.Marshal(a)
		require.NoError(t, err)
		return func(f func(m map[string]any)) string {
			var m map[string]any
			require.NoError(t, json.Unmarshal(good, &m))
			f(m)
			b, err := json.Marshal(m)
			require.NoError(t, err)
			return string(b)
		}
	}
	edit := editOf(inStageOf(t, StageBureauReview))
	editFiled := editOf(inStageOf(t, StageFiled))
	editDraft := editOf(newDraft(t))
	hist := func(m map[string]any) []any { return m["history"].([]any) }
	identity := func(m map[string]any) map[string]any { return m["identity"].(map[string]any) }
	tests := []struct {
		name  string
		in    string
		field string
		is    error
	}{
		{"unknown stage", edit(func(m map[string]any) { m["stage"] = "approved" }), "stage", ErrUnknownStage},
		{"empty stage", edit(func(m map[string]any) { m["stage"] = "" }), "stage", nil},
		{"history leads elsewhere", edit(func(m map[string]any) { m["stage"] = "filed" }), "history", nil},
		{"history entry missing", edit(func(m map[string]any) {
			h := hist(m)
			m["history"] = append(h[:1:1], h[2:]...)
		}), "history[1]", nil},
		{"event not allowed between its stages", edit(func(m map[string]any) {
			hist(m)[1].(map[string]any)["event"] = "withdraw"
		}), "history[1]", ErrTransitionNotAllowed},
		{"unknown event", edit(func(m map[string]any) { hist(m)[0].(map[string]any)["event"] = "teleport" }), "history[0].event", ErrUnknownEvent},
		{"time goes back", edit(func(m map[string]any) {
			hist(m)[2].(map[string]any)["at"] = "2020-01-01T00:00:00+08:00"
		}), "history[2]", nil},
		{"attempt does not match", edit(func(m map[string]any) { m["attempt"] = 3 }), "attempt", nil},
		{"empty history outside draft", edit(func(m map[string]any) { m["history"] = []any{} }), "history", nil},
		{"not an object", `[1]`, "json", nil},
		{"phone number as a time", edit(func(m map[string]any) { m["updated_at"] = "13912345678" }), "json", nil},
		{"phone number as a count", edit(func(m map[string]any) { m["attempt"] = 13912345678.5 }), "json", nil},
		{"id number as a stage", edit(func(m map[string]any) { m["stage"] = "440306199203084564" }), "stage", ErrUnknownStage},
		{"no creation time", edit(func(m map[string]any) { delete(m, "created_at") }), "created_at", nil},
		{"history before creation", edit(func(m map[string]any) { m["created_at"] = "2026-03-02T10:30:00+08:00" }), "history[0]", nil},
		{"filing number before approval", edit(func(m map[string]any) { m["filing_number"] = goodNumber }), "filing_number", nil},
		{"filed without a number", editFiled(func(m map[string]any) { delete(m, "filing_number") }), "filing_number", ErrFilingNumber},
		{"filed with a website's number", editFiled(func(m map[string]any) { m["filing_number"] = "粤B2-20090059-1" }), "filing_number", ErrFilingNumber},
		{"no identity", edit(func(m map[string]any) { delete(m, "identity") }), "identity", ErrIdentity},
		{"identity without id", edit(func(m map[string]any) { delete(identity(m), "id") }), "identity", ErrIdentity},
		{"identity with a phone number and a newline", edit(func(m map[string]any) { identity(m)["id"] = "13912345678\n" }), "identity", ErrIdentity},
		{"appid with a dash", edit(func(m map[string]any) { identity(m)["appid"] = "wx-1" }), "identity", ErrIdentity},
		{"negative version", editDraft(func(m map[string]any) { m["version"] = -1 }), "version", nil},
		{"version 0 with a history", edit(func(m map[string]any) { m["version"] = 0 }), "version", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := inStageOf(t, StageFiled)
			before := a.Snapshot()
			err := json.Unmarshal([]byte(tc.in), a)
			var re *RecordError
			require.ErrorAs(t, err, &re)
			assert.ErrorIs(t, err, ErrInvalidRecord)
			for _, secret := range []string{"13912345678", "440306199203084564"} {
				assert.NotContains(t, err.Error(), secret)
			}
			assert.Equal(t, tc.field, re.Field, "%v", err)
			if tc.is != nil {
				assert.ErrorIs(t, err, tc.is)
			}
			assert.Equal(t, before, a.Snapshot(), "failed unmarshal changed the application")
		})
	}
	_, err := Restore(Snapshot{})
	assert.ErrorIs(t, err, ErrInvalidRecord, "Restore of the zero snapshot")
	t.Run("a version larger than the history", func(t *testing.T) {
		var a Application
		require.NoError(t, json.Unmarshal([]byte(editDraft(func(m map[string]any) { m["version"] = 99 })), &a))
		assert.EqualValues(t, 99, a.Version())
	})
}

func TestRestore(t *testing.T) {
	a := inStageOf(t, StageSMSVerification)
	s := a.Snapshot()
	b, err := Restore(s)
	require.NoError(t, err)
	assert.Equal(t, a.Identity(), b.Identity())
	assert.Equal(t, a.Version(), b.Version())
	s.History[0].Reason = "changed"
	assert.NotEqual(t, "changed", b.History()[0].Reason, "Restore shares the history with its argument")
	_, err = b.VerifySMS(at(10 * time.Hour))
	require.NoError(t, err)
	assert.Equal(t, StageSMSVerification, a.Stage(), "restored copy shares state with the original")
}

// TestRestoreRefusesImpossibleRecords: Restore checks every part of the
// state it persists against what the commands can produce (issue #12).
// Each case edits a record the commands made in the named stage.
func TestRestoreRefusesImpossibleRecords(t *testing.T) {
	sent := at(2 * time.Hour) // inStageOf approves at +2h, the SMS sent then
	wrongCodes := func(s *Snapshot, n int) {
		for i := range n {
			ev := EventWrongSMSCode
			if i == maxWrongSMSCodes {
				ev = EventFailSMS
			}
			s.History = append(s.History, Transition{From: StageSMSVerification, To: StageSMSVerification, Event: ev,
				At: sent.Add(time.Duration(i+1) * time.Minute)})
			s.UpdatedAt = sent.Add(time.Duration(i+1) * time.Minute)
		}
		s.SMS.WrongCodes = n
		s.Version += int64(n)
	}
	tests := []struct {
		name  string
		stage Stage
		edit  func(s *Snapshot)
		field string
		is    error
	}{
		{"zero send time in the SMS check", StageSMSVerification, func(s *Snapshot) { s.SMS.SentAt = time.Time{} }, "sms.sent_at", nil},
		{"SMS sent after the approval", StageSMSVerification, func(s *Snapshot) { s.SMS.SentAt = sent.Add(time.Second) }, "sms.sent_at", nil},
		{"SMS sent before the submission", StageSMSVerification, func(s *Snapshot) { s.SMS.SentAt = at(30 * time.Minute) }, "sms.sent_at", nil},
		{"resent without a resend", StageSMSVerification, func(s *Snapshot) { s.SMS.ResentAt = sent }, "sms.resent_at", nil},
		{"SMS state after a platform rejection", StageDraft, func(s *Snapshot) {
			s.History = append(s.History,
				Transition{From: StageDraft, To: StagePlatformReview, Event: EventSubmit, At: at(time.Hour)},
				Transition{From: StagePlatformReview, To: StageDraft, Event: EventRejectPlatform, At: at(2 * time.Hour), Synced: true})
			s.Attempt, s.SubmittedAt, s.UpdatedAt, s.Version = 1, at(time.Hour), at(2*time.Hour), 3
			s.SMS = SMSState{SentAt: at(2 * time.Hour)}
		}, "sms", nil},
		{"verified outside the window", StageBureauReview, func(s *Snapshot) {
			late := sent.Add(25 * time.Hour)
			s.History[len(s.History)-1].At, s.SMS.VerifiedAt, s.UpdatedAt = late, late, late
		}, "history[2]", nil},
		{"verified at another time than the history says", StageBureauReview, func(s *Snapshot) {
			s.SMS.VerifiedAt = sent.Add(time.Minute)
		}, "sms.verified_at", nil},
		{"a sixth wrong code in the SMS check", StageSMSVerification, func(s *Snapshot) {
			wrongCodes(s, 5)
			s.SMS.WrongCodes = 6
		}, "sms.wrong_codes", nil},
		{"a wrong code in the count only", StageSMSVerification, func(s *Snapshot) { s.SMS.WrongCodes = 1 }, "sms.wrong_codes", nil},
		{"a failed check before the sixth attempt", StageSMSVerification, func(s *Snapshot) {
			wrongCodes(s, 2)
			s.History[len(s.History)-1].Event, s.History[len(s.History)-1].To, s.Stage = EventFailSMS, StageDraft, StageDraft
		}, "history[3]", nil},
		{"a wrong code reported by WeChat", StageSMSVerification, func(s *Snapshot) {
			wrongCodes(s, 1)
			s.History[len(s.History)-1].Synced = true
		}, "history[2]", nil},
		{"a wrong code after the window", StageSMSVerification, func(s *Snapshot) {
			wrongCodes(s, 1)
			late := sent.Add(25 * time.Hour)
			s.History[len(s.History)-1].At, s.UpdatedAt = late, late
		}, "history[2]", nil},
		{"a time-out within the window", StageSMSVerification, func(s *Snapshot) {
			s.History = append(s.History, Transition{From: StageSMSVerification, To: StageDraft, Event: EventExpireSMS, At: sent.Add(time.Hour)})
			s.Stage, s.UpdatedAt, s.Version = StageDraft, sent.Add(time.Hour), s.Version+1
		}, "history[2]", nil},
		{"face verified after the last change", StageDraft, func(s *Snapshot) {
			s.Face.VerifiedAt = time.Date(2099, 1, 1, 0, 0, 0, 0, workday.CST)
		}, "face.verified_at", nil},
		{"face task created after its verification", StageDraft, func(s *Snapshot) { s.Face.CreatedAt = at(20 * time.Minute) }, "face.created_at", nil},
		{"face task without a verification", StageDraft, func(s *Snapshot) { s.Face.VerifiedAt = time.Time{} }, "face", nil},
		{"face verified before the record", StageDraft, func(s *Snapshot) {
			s.Face.CreatedAt, s.Face.VerifiedAt = at(-2*time.Hour), at(-time.Hour)
		}, "face.verified_at", nil},
		{"face verified after the submission", StageBureauReview, func(s *Snapshot) { s.Face.VerifiedAt = at(90 * time.Minute) }, "face.verified_at", nil},
		{"submitted with an expired face task", StagePlatformReview, func(s *Snapshot) { s.Face.CreatedAt = at(-72 * time.Hour) }, "face", nil},
		{"submitted for another task", StagePlatformReview, func(s *Snapshot) { s.Face.TaskID = "another task" }, "face.task_id", nil},
		{"attempt without a submission", StageDraft, func(s *Snapshot) { s.Attempt = 1 }, "attempt", nil},
		{"submitted_at not the submission's", StagePlatformReview, func(s *Snapshot) { s.SubmittedAt = at(30 * time.Minute) }, "submitted_at", nil},
		{"version below the history", StageBureauReview, func(s *Snapshot) { s.Version = 2 }, "version", nil},
		{"version beyond 2^53-1", StageDraft, func(s *Snapshot) { s.Version = 1 << 53 }, "version", nil},
		{"negative version", StageDraft, func(s *Snapshot) { s.Version = -1 }, "version", nil},
		{"rejection reasons without a rejection", StagePlatformReview, func(s *Snapshot) { s.Rejections = someReasons }, "rejections", nil},
		{"a rejection by command without reasons", StageDraft, func(s *Snapshot) {
			s.History = append(s.History,
				Transition{From: StageDraft, To: StagePlatformReview, Event: EventSubmit, At: at(time.Hour)},
				Transition{From: StagePlatformReview, To: StageDraft, Event: EventRejectPlatform, At: at(2 * time.Hour)})
			s.Attempt, s.SubmittedAt, s.UpdatedAt, s.Version = 1, at(time.Hour), at(2*time.Hour), 3
		}, "rejections", nil},
		{"filing number with spaces", StageFiled, func(s *Snapshot) { s.FilingNumber = " " + s.FilingNumber }, "filing_number", nil},
		{"updated after the last event outside a draft", StageBureauReview, func(s *Snapshot) { s.UpdatedAt = at(10 * time.Hour) }, "updated_at", nil},
		{"a time JSON cannot store", StageDraft, func(s *Snapshot) { s.UpdatedAt = tooLate }, "updated_at", ErrInvalidTime},
		{"a history time JSON cannot store", StageFiled, func(s *Snapshot) {
			s.History[len(s.History)-1].At = tooLate
		}, "history[3]", ErrInvalidTime},
		{"a request that cannot be stored", StageDraft, func(s *Snapshot) {
			s.Request.ICPSubject.Extra = Extra{"x": json.RawMessage(`{`)}
		}, "request", ErrDecode},
		{"a rejection that is not UTF-8", StageDraft, func(s *Snapshot) {
			s.History = append(s.History,
				Transition{From: StageDraft, To: StagePlatformReview, Event: EventSubmit, At: at(time.Hour)},
				Transition{From: StagePlatformReview, To: StageDraft, Event: EventRejectPlatform, At: at(2 * time.Hour)})
			s.Attempt, s.SubmittedAt, s.UpdatedAt, s.Version = 1, at(time.Hour), at(2*time.Hour), 3
			s.Rejections = []Rejection{{Field: "备注", Reason: "\xe4"}}
		}, "rejections[0]", nil},
		{"a history reason that is not UTF-8", StageFiled, func(s *Snapshot) { s.History[0].Reason = "\xff" }, "history[0]", nil},
		{"a request with text that is not UTF-8", StageDraft, func(s *Snapshot) {
			s.Request.ICPSubject.BaseInfo.Comment = "\xff"
		}, "request", ErrDecode},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := inStageOf(t, tc.stage).Snapshot()
			_, err := Restore(s)
			require.NoError(t, err, "the record before the edit")
			tc.edit(&s)
			_, err = Restore(s)
			var re *RecordError
			require.ErrorAs(t, err, &re)
			assert.Equal(t, tc.field, re.Field, "%v", err)
			if tc.is != nil {
				assert.ErrorIs(t, err, tc.is)
			}
		})
	}
}

// TestRestoreAcceptsWhatCommandsProduce: the limits of the check are those
// of the commands, not stricter: five wrong codes in the SMS check, a
// verification WeChat reports after the window, a rejection WeChat
// reports without reasons, a face verified again in a draft.
func TestRestoreAcceptsWhatCommandsProduce(t *testing.T) {
	sent := at(2 * time.Hour)
	t.Run("five wrong codes in the SMS check", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		for i := range maxWrongSMSCodes {
			_, err := a.WrongSMSCode(sent.Add(time.Duration(i+1) * time.Minute))
			require.NoError(t, err)
		}
		assertRestores(t, a)
		_, err := a.WrongSMSCode(sent.Add(time.Hour))
		require.NoError(t, err)
		assert.Equal(t, StageDraft, a.Stage())
		assertRestores(t, a)
	})
	t.Run("a late verification reported by WeChat", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		_, err := a.Sync(Poll{Status: StatusBureauReview, SMSVerifyStatus: SMSVerified}, sent.Add(30*time.Hour))
		require.NoError(t, err)
		assertRestores(t, a)
	})
	t.Run("a rejection WeChat reports without reasons", func(t *testing.T) {
		a := inStageOf(t, StagePlatformReview)
		_, err := a.Sync(Poll{Status: StatusPlatformRejected}, at(5*time.Hour))
		require.NoError(t, err)
		assertRestores(t, a)
	})
	t.Run("a face verified again after a rejection", func(t *testing.T) {
		a := inStageOf(t, StagePlatformReview)
		_, err := a.RejectPlatform(at(5*time.Hour), someReasons)
		require.NoError(t, err)
		require.NoError(t, a.RecordFaceVerification("another task", at(6*time.Hour), at(7*time.Hour)))
		assertRestores(t, a)
	})
	t.Run("a whole filing applied by one poll", func(t *testing.T) {
		a, err := NewApplication(testID, Request{}, t0)
		require.NoError(t, err)
		_, err = a.Sync(Poll{Status: StatusFiled, FilingNumber: goodNumber}, at(time.Hour))
		require.NoError(t, err)
		assert.EqualValues(t, 1, a.Version())
		assertRestores(t, a)
	})
}

// assertRestores checks that a's record restores, and marshals and
// restores again to the same bytes.
func assertRestores(t *testing.T, a *Application) {
	t.Helper()
	s := a.Snapshot()
	b, err := Restore(s)
	require.NoError(t, err)
	assert.Equal(t, s, b.Snapshot())
	j1, err := json.Marshal(b)
	require.NoError(t, err)
	var c Application
	require.NoError(t, json.Unmarshal(j1, &c))
	j2, err := json.Marshal(&c)
	require.NoError(t, err)
	assert.Equal(t, string(j1), string(j2))
}

// TestSnapshotJSONForm: the hand-written codec writes exactly what
// encoding/json writes for plain structs of the Snapshot's shape, so
// records stored before it load, and reads it back to the same record.
func TestSnapshotJSONForm(t *testing.T) {
	apps := map[string]*Application{"with rejections": benchRecord(t)}
	for _, s := range allStages() {
		apps[s.String()] = inStageOf(t, s)
	}
	for name, a := range apps {
		t.Run(name, func(t *testing.T) {
			ours, err := a.MarshalJSON()
			require.NoError(t, err)
			var std stdSnapshot
			require.NoError(t, json.Unmarshal(ours, &std))
			theirs, err := json.Marshal(&std)
			require.NoError(t, err)
			assert.Equal(t, string(theirs), string(ours))

			var s Snapshot
			require.NoError(t, json.Unmarshal(theirs, &s))
			s.normalise()
			assert.Equal(t, a.Snapshot(), s)
			viaSnapshot, err := json.Marshal(s)
			require.NoError(t, err)
			assert.Equal(t, string(ours), string(viaSnapshot))
		})
	}
	t.Run("null", func(t *testing.T) {
		s := inStageOf(t, StageFiled).Snapshot()
		before := s
		require.NoError(t, json.Unmarshal([]byte("null"), &s))
		assert.Equal(t, before, s)
		var a Application
		assert.ErrorIs(t, a.UnmarshalJSON([]byte("null")), ErrInvalidRecord)
	})
	t.Run("a snapshot that cannot be written", func(t *testing.T) {
		s := inStageOf(t, StageFiled).Snapshot()
		s.History[0].Event = Event(200)
		_, err := json.Marshal(s)
		assert.Error(t, err)
		s = inStageOf(t, StageFiled).Snapshot()
		s.UpdatedAt = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)
		_, err = s.MarshalJSON()
		assert.Error(t, err)
	})
}
