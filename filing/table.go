package filing

//go:generate go run ./internal/stagesgen

import "strings"

// row is one row of the transition table: event moves a filing from
// any stage in from to stage to. A row whose to is also its only from is an
// in-stage event: it is recorded in the history but keeps the stage (such
// rows never reach looplab, see machine.go).
type row struct {
	event Event
	from  []Stage
	to    Stage
}

// table is the single source of truth of the process: the machines, the
// history check and the diagram are all derived from it. Facts: the stages follow WeChat's get_icp_entrance_info statuses
// (see EntranceStatus); withdrawal works only before the platform review
// completes (cancel_apply_icp_filing, error 86330:
// https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_cancelapplyicpfiling.html);
// deregistration is irreversible (cancel_icp_filing:
// https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_cancelicpfiling.html);
// the SMS rules are those of guard.go.
//
// Rows are in the order of Event, one row per event; an event's sources are
// listed in process order.
var table = [...]row{
	{EventSubmit, []Stage{StageDraft}, StagePlatformReview},
	{EventApprovePlatform, []Stage{StagePlatformReview}, StageSMSVerification},
	{EventRejectPlatform, []Stage{StagePlatformReview}, StageDraft},
	{EventWithdraw, []Stage{StagePlatformReview}, StageDraft},
	{EventResendSMS, []Stage{StageSMSVerification}, StageSMSVerification},
	{EventWrongSMSCode, []Stage{StageSMSVerification}, StageSMSVerification},
	{EventFailSMS, []Stage{StageSMSVerification}, StageDraft},
	{EventVerifySMS, []Stage{StageSMSVerification}, StageBureauReview},
	{EventExpireSMS, []Stage{StageSMSVerification}, StageDraft},
	{EventApproveBureau, []Stage{StageBureauReview}, StageFiled},
	// The bureau's review includes the SMS check (WeChat reports both as
	// status 4), so a bureau rejection can arrive during either stage.
	{EventRejectBureau, []Stage{StageSMSVerification, StageBureauReview}, StageDraft},
	{EventDeregister, []Stage{StageFiled}, StageDeregistered},
}

// target returns where ev leads from stage from, and whether the table
// allows ev there at all.
func target(from Stage, ev Event) (Stage, bool) {
	if !ev.valid() {
		return StageUnknown, false
	}
	r := &table[ev-1]
	for _, s := range r.from {
		if s == from {
			return r.to, true
		}
	}
	return StageUnknown, false
}

// Diagram returns the process as a Mermaid state diagram, derived from the
// transition table: one node per stage with its Chinese label, one arrow
// per allowed (stage, event) pair in table order, in-stage events as loops.
// The README embeds this text, which go generate writes there.
func Diagram() string {
	var b strings.Builder
	b.WriteString("stateDiagram-v2\n")
	for s := StageDraft; int(s) < numStages; s++ {
		b.WriteString("    state \"")
		b.WriteString(s.Label())
		b.WriteString(" ")
		b.WriteString(s.String())
		b.WriteString("\" as ")
		b.WriteString(s.String())
		b.WriteString("\n")
	}
	b.WriteString("    [*] --> ")
	b.WriteString(StageDraft.String())
	b.WriteString("\n")
	for i := range table {
		r := &table[i]
		for _, f := range r.from {
			b.WriteString("    ")
			b.WriteString(f.String())
			b.WriteString(" --> ")
			b.WriteString(r.to.String())
			b.WriteString(": ")
			b.WriteString(r.event.String())
			b.WriteString(" ")
			b.WriteString(r.event.Label())
			b.WriteString("\n")
		}
	}
	for s := StageDraft; int(s) < numStages; s++ {
		if s.terminal() {
			b.WriteString("    ")
			b.WriteString(s.String())
			b.WriteString(" --> [*]\n")
		}
	}
	return b.String()
}
