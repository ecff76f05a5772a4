package deadline

// Stage is a timed step of a mini program's filing, as far as its clock is
// concerned. The zero value, StageUnknown, means unset; no clock runs for
// it. Stage is a small comparable value, safe for concurrent use.
//
// Package filing has stages of its own (draft, platform review, SMS
// verification, bureau review, filed). Its platform review, SMS
// verification and bureau review are timed by StagePlatformReview,
// StageSMSVerification and StageBureauReview; the face-verification task
// of its draft stage by StageFaceVerification, or
// StageFaceVerificationCombined in the combined verification-and-filing
// flow. Draft and filed have no clock. This package does not import filing.
//
// String returns the stable lower-case id that MarshalText writes
// ("bureau_review"), Label the Chinese name (通管局审核) and English the
// English name ("bureau review"); all three are "" for StageUnknown.
type Stage uint8

// The timed stages, in the order a filing meets them.
const (
	StageUnknown Stage = iota
	// StageFaceVerification is the validity of a face-verification task
	// (人脸核身任务) created for a filing alone: 3 days on the wall clock
	// from its creation.
	StageFaceVerification
	// StageFaceVerificationCombined is the same task created in the
	// combined verification-and-filing flow (along_with_auth): 1 day.
	StageFaceVerificationCombined
	// StagePlatformReview is WeChat's initial review (平台初审): typically
	// 1–2 workdays.
	StagePlatformReview
	// StageSMSVerification is MIIT's SMS check (工信部短信核验): the SMS is
	// valid 24 hours from when it was sent.
	StageSMSVerification
	// StageBureauReview is the provincial communications administration's
	// review (通管局审核): 1–20 workdays.
	StageBureauReview
)

// stageCount is one more than the largest Stage.
const stageCount = int(StageBureauReview) + 1

var stageIDs = [stageCount]string{"", "face_verification", "face_verification_combined", "platform_review", "sms_verification", "bureau_review"}

var stageLabels = [stageCount][2]string{
	{"", ""},
	{"人脸核身", "face verification"},
	{"人脸核身（认证与备案同步办理）", "face verification (combined flow)"},
	{"平台初审", "platform review"},
	{"工信部短信核验", "MIIT SMS verification"},
	{"通管局审核", "bureau review"},
}

// Stages returns the known stages, StageUnknown excluded, in the order a
// filing meets them. The slice is new on each call.
func Stages() []Stage {
	return []Stage{StageFaceVerification, StageFaceVerificationCombined, StagePlatformReview, StageSMSVerification, StageBureauReview}
}

// IsValid reports whether s is a known stage other than StageUnknown.
func (s Stage) IsValid() bool { return s > StageUnknown && int(s) < stageCount }

// String returns the stage's stable lower-case id ("bureau_review"), or ""
// for StageUnknown and unknown values.
func (s Stage) String() string { return idText(stageIDs[:], int(s)) }

// Label returns the stage's Chinese name (通管局审核), or "" for
// StageUnknown and unknown values.
func (s Stage) Label() string {
	if !s.IsValid() {
		return ""
	}
	return stageLabels[s][0]
}

// English returns the stage's English name ("bureau review"), or "" for
// StageUnknown and unknown values.
func (s Stage) English() string {
	if !s.IsValid() {
		return ""
	}
	return stageLabels[s][1]
}

// MarshalText implements encoding.TextMarshaler with the stable id;
// StageUnknown is written as "". A value outside the known stages is an
// error wrapping ErrInvalid.
func (s Stage) MarshalText() ([]byte, error) { return marshalID("stage", stageIDs[:], int(s)) }

// UnmarshalText implements encoding.TextUnmarshaler. "" gives
// StageUnknown; an id this package does not know is an error wrapping
// ErrInvalid, and s is left unchanged.
func (s *Stage) UnmarshalText(text []byte) error {
	i, err := parseID("stage", stageIDs[:], text)
	if err == nil {
		*s = Stage(i)
	}
	return err
}
