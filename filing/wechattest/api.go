package wechattest

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"io"
	"net/http"
	"sort"
	"strconv"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/internal/dict"
	"github.com/beian-go/beian/filing/wechat"
	"github.com/beian-go/beian/workday"
)

// endpoint is one fake endpoint: its method, the most its body may hold
// (0: 1 MiB), what of its work needs no state (prepare, optional) and its
// handler, which runs with the server's lock held.
type endpoint struct {
	method  string
	maxBody int64
	prepare func(c *call, on workday.Date)
	handle  func(s *Server, a *app, w http.ResponseWriter, c *call)
}

// call is one request to the fake. serve reads its body, and prepare
// decodes and checks it, before the server's lock is taken, so that the
// lock is held only while the state is read and changed.
type call struct {
	*http.Request
	body    []byte
	bodyErr error      // the body could not be read within the limit
	sub     submission // apply_icp_filing, submit_auth_and_icp
	up      uploadForm // upload_icp_media
}

var endpoints = map[string]endpoint{
	"/wxa/icp/apply_icp_filing":                {http.MethodPost, 0, prepareApply, (*Server).apply},
	"/wxa/icp/upload_icp_media":                {http.MethodPost, 16 << 20, prepareUpload, (*Server).upload},
	"/wxa/icp/get_icp_media":                   {http.MethodGet, 0, nil, (*Server).getMedia},
	"/wxa/icp/cancel_apply_icp_filing":         {http.MethodPost, 0, nil, (*Server).withdraw},
	"/wxa/icp/cancel_icp_filing":               {http.MethodPost, 0, nil, (*Server).deregister},
	"/wxa/icp/get_icp_entrance_info":           {http.MethodGet, 0, nil, (*Server).entrance},
	"/wxa/icp/get_online_icp_order":            {http.MethodGet, 0, nil, (*Server).onlineOrder},
	"/wxa/icp/create_icp_verifytask":           {http.MethodPost, 0, nil, (*Server).createTask},
	"/wxa/icp/query_icp_verifytask":            {http.MethodPost, 0, nil, (*Server).queryTask},
	"/wxa/icp/query_icp_subject_types":         {http.MethodGet, 0, nil, dictionary("subject_types")},
	"/wxa/icp/query_icp_certificate_types":     {http.MethodGet, 0, nil, dictionary("certificate_types")},
	"/wxa/icp/query_icp_nrlx_types":            {http.MethodGet, 0, nil, dictionary("nrlx_types")},
	"/wxa/icp/query_icp_district_code":         {http.MethodGet, 0, nil, dictionary("district_code")},
	"/wxa/icp/query_icp_service_content_types": {http.MethodGet, 0, nil, dictionary("service_content_types")},
	"/wxa/sec/submit_auth_and_icp":             {http.MethodPost, 0, prepareSubmitAuth, (*Server).submitAuth},
	"/wxa/sec/query_auth_and_icp":              {http.MethodPost, 0, nil, (*Server).queryAuth},
}

// catalogueJSON is the fake's dictionaries: WeChat's documented examples
// (subject types 1–5, certificate types 1 and 2, the pre-approval types of
// the query_icp_nrlx_types example with 24 for "以上都不涉及", the two
// service types of the query_icp_service_content_types example under
// 生活服务) and three GB/T 2260 districts. A sample, not WeChat's lists.
//
//go:embed catalogue.json
var catalogueJSON []byte

var catalogue = func() map[string]json.RawMessage {
	m := map[string]json.RawMessage{}
	if err := json.Unmarshal(catalogueJSON, &m); err != nil {
		panic(err)
	}
	return m
}()

// checkCatalogue is the same sample as the checks read it.
var checkCatalogue = func() *filing.Catalogue {
	var lists dict.Lists
	if err := json.Unmarshal(catalogueJSON, &lists); err != nil {
		panic(err)
	}
	c, err := filing.NewCatalogue(lists.Dictionaries("the fake WeChat's sample dictionaries"))
	if err != nil {
		panic(err)
	}
	return c
}()

// checkOptions are the options the fake's apply checks run with: its own
// dictionaries.
func checkOptions(on workday.Date) filing.CheckOptions {
	return filing.CheckOptions{On: on, Catalogue: checkCatalogue}
}

func dictionary(key string) func(*Server, *app, http.ResponseWriter, *call) {
	return func(s *Server, _ *app, w http.ResponseWriter, _ *call) {
		writeJSON(w, s.now, ok(map[string]any{"items": catalogue[key]}))
	}
}

// readJSON decodes the JSON body into v; it answers 47001 and returns
// false when it cannot.
func (s *Server) readJSON(w http.ResponseWriter, c *call, v any, optional bool) bool {
	if c.bodyErr == nil && optional && len(c.body) == 0 {
		return true
	}
	if c.bodyErr != nil || json.Unmarshal(c.body, v) != nil {
		writeJSON(w, s.now, errAnswer(47001, "data format error"))
		return false
	}
	return true
}

// hint is one item of hints[].
type hint struct {
	Code  int    `json:"errcode"`
	Msg   string `json:"errmsg"`
	Field string `json:"err_field"`
}

// submission is an apply_icp_filing or submit_auth_and_icp body, decoded
// and checked before the lock is taken.
type submission struct {
	bad   bool // the body does not decode (47001)
	req   filing.Request
	hints []hint // auth_data's and the module's checks' blocking problems
	pay   int    // auth_data.pay_type
}

// checkHints are the blocking problems of the module's own checks, with
// the fake's catalogue, on day on, as hints.
func checkHints(req *filing.Request, on workday.Date) []hint {
	var hints []hint
	for _, p := range req.Check(checkOptions(on)).Errors() {
		hints = append(hints, hint{86202, string(p.Code) + ": " + p.English, p.Field})
	}
	return hints
}

func prepareApply(c *call, on workday.Date) {
	if c.bodyErr != nil || json.Unmarshal(c.body, &c.sub.req) != nil {
		c.sub.bad = true
		return
	}
	c.sub.hints = checkHints(&c.sub.req, on)
}

// review adds to the hints of the checks those of the state, as WeChat
// gives them: the media ids (uploaded by this mini program, the video as
// a video) and the face verification task (finished with success, within
// its validity; one of the combined flow when combined).
func (s *Server) review(a *app, sub *submission, combined bool) []hint {
	hints, req := sub.hints, &sub.req
	for _, m := range mediaOf(req) {
		got, known := a.media[m.id]
		switch {
		case !known:
			hints = append(hints, hint{86205, "invalid media_id", m.field})
		case (m.field == document.MaterialPromiseVideo.Field()+"[0]") != (got.kind == "video"):
			hints = append(hints, hint{40004, "invalid media type", m.field})
		}
	}
	const taskField = "icp_applets.principal_info.verify_task_id"
	if id := req.ICPApplets.PrincipalInfo.VerifyTaskID; id != "" {
		t, known := a.tasks[id]
		switch {
		case !known || t.along != combined:
			hints = append(hints, hint{86328, "verify task not found", taskField})
		case !t.finished || t.status != wechat.FaceSucceeded:
			hints = append(hints, hint{86328, "face verification not passed", taskField})
		case t.expired(s.now):
			hints = append(hints, hint{1, "verify task expired", taskField})
		}
	}
	return hints
}

// busy reports whether a has a submission under review or a filing: a
// review step is running, or its status means a stage other than a draft.
func (a *app) busy() bool {
	stage, _ := filing.StageOf(a.status, a.sms)
	return a.step != stepNone || stage != filing.StageDraft
}

func (s *Server) apply(a *app, w http.ResponseWriter, c *call) {
	if c.sub.bad {
		writeJSON(w, s.now, errAnswer(47001, "data format error"))
		return
	}
	if a.busy() {
		refuse(w, s, []hint{{86202, "a filing is under review or done", ""}})
		return
	}
	if hints := s.review(a, &c.sub, false); len(hints) > 0 {
		refuse(w, s, hints)
		return
	}
	s.accept(a, c.sub.req, false)
	writeJSON(w, s.now, ok(nil))
}

// uploadForm is an upload_icp_media form, read and checked before the
// lock is taken: the file, or the errcode that refuses it.
type uploadForm struct {
	code int
	msg  string
	kind string
	data []byte
}

func prepareUpload(c *call, _ workday.Date) {
	refuse := func(code int, msg string) { c.up = uploadForm{code: code, msg: msg} }
	if c.bodyErr != nil {
		refuse(40097, "invalid args")
		return
	}
	c.Body = io.NopCloser(bytes.NewReader(c.body))
	if err := c.ParseMultipartForm(int64(len(c.body))); err != nil { // in memory
		refuse(40097, "invalid args")
		return
	}
	kind, field := c.FormValue("type"), c.FormValue("icp_order_field")
	if ct := c.FormValue("certificate_type"); ct != "" {
		if n, err := strconv.Atoi(ct); err != nil || n <= 0 {
			refuse(40097, "invalid args")
			return
		}
	}
	material, known := dict.Upload(field)
	if !known {
		refuse(40097, "invalid args")
		return
	}
	if kind != material.Media() {
		refuse(40004, "invalid media type")
		return
	}
	f, _, err := c.FormFile("media")
	if err != nil {
		refuse(40097, "invalid args")
		return
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil || len(data) == 0 {
		refuse(40097, "invalid args")
		return
	}
	c.up = uploadForm{kind: kind, data: data}
}

func (s *Server) upload(a *app, w http.ResponseWriter, c *call) {
	if c.up.code != 0 {
		writeJSON(w, s.now, errAnswer(c.up.code, c.up.msg))
		return
	}
	ct := "video/mp4"
	if c.up.kind == "image" {
		ct = http.DetectContentType(c.up.data)
	}
	id := s.nextID("media-")
	a.media[id] = media{kind: c.up.kind, contentType: ct, data: c.up.data}
	writeJSON(w, s.now, ok(map[string]any{"type": c.up.kind, "media_id": id, "created_at": s.now.Unix()}))
}

func (s *Server) getMedia(a *app, w http.ResponseWriter, r *call) {
	m, known := a.media[r.URL.Query().Get("media_id")]
	if !known {
		writeJSON(w, s.now, errAnswer(86205, "invalid media_id"))
		return
	}
	w.Header().Set("Content-Type", m.contentType)
	_, _ = w.Write(m.data)
}

func (s *Server) withdraw(a *app, w http.ResponseWriter, _ *call) {
	switch {
	case a.step == stepPlatform:
		a.status, a.step, a.withdrawn = filing.StatusNotFiled, stepNone, true
		writeJSON(w, s.now, ok(nil))
	case a.busy():
		writeJSON(w, s.now, errAnswer(86330, "order status not allowed to cancel"))
	default:
		writeJSON(w, s.now, errAnswer(86368, "no cancelable order"))
	}
}

func (s *Server) deregister(a *app, w http.ResponseWriter, r *call) {
	var in struct {
		CancelType int `json:"cancel_type"`
		ReasonType int `json:"reason_type"`
	}
	if !s.readJSON(w, r, &in, false) {
		return
	}
	switch {
	case in.CancelType < 1 || in.CancelType > 3 || in.ReasonType < 0 || in.ReasonType > 2:
		writeJSON(w, s.now, errAnswer(40097, "invalid args"))
	case a.canceling:
		writeJSON(w, s.now, errAnswer(86324, "cancel icp filing under review"))
	case a.status != filing.StatusFiled:
		writeJSON(w, s.now, errAnswer(86353, "not filed"))
	default:
		a.canceling, a.cancelAt = true, s.now.Add(deregistration)
		writeJSON(w, s.now, ok(nil))
	}
}

func (s *Server) entrance(a *app, w http.ResponseWriter, _ *call) {
	info := map[string]any{"status": a.status, "is_canceling": a.canceling, "available": 1}
	if a.rejected() {
		info["audit_data"] = a.audit
	}
	if a.smsShown() {
		info["sms_verify_status"] = a.sms
	}
	writeJSON(w, s.now, ok(map[string]any{"info": info}))
}

func (s *Server) onlineOrder(a *app, w http.ResponseWriter, _ *call) {
	if a.status != filing.StatusFiled {
		writeJSON(w, s.now, errAnswer(86328, "resource not found"))
		return
	}
	req := a.req.Clone()
	req.ICPSubject.BaseInfo.RecordNumber = a.subjectNumber
	req.ICPApplets.BaseInfo.RecordNumber = a.number
	b, err := json.Marshal(req)
	if err != nil {
		writeJSON(w, s.now, errAnswer(-1, "system error"))
		return
	}
	var members map[string]json.RawMessage
	_ = json.Unmarshal(b, &members)
	out := ok(nil)
	for k, v := range members {
		out[k] = v
	}
	writeJSON(w, s.now, out)
}

// rejected reports whether a's status is a rejection, which comes with
// audit_data.
func (a *app) rejected() bool {
	return a.status == filing.StatusPlatformRejected || a.status == filing.StatusBureauRejected
}

// smsShown reports whether a's answers carry sms_verify_status: during
// the bureau's review, and for a filing returned because the SMS timed
// out.
func (a *app) smsShown() bool {
	return a.status == filing.StatusBureauReview || a.status == filing.StatusBureauRejected && a.sms == filing.SMSTimedOut
}

// refuse answers 86202 with hints.
func refuse(w http.ResponseWriter, s *Server, hints []hint) {
	writeJSON(w, s.now, map[string]any{"errcode": 86202, "errmsg": "apply icp filing fail", "hints": hints})
}

// mediaRef is one media_id of a request and its field path.
type mediaRef struct{ field, id string }

// mediaOf lists the media ids a request refers to.
func mediaOf(r *filing.Request) []mediaRef {
	var out []mediaRef
	add := func(field, id string) {
		if id != "" {
			out = append(out, mediaRef{field, id})
		}
	}
	sub, app := r.ICPSubject, r.ICPApplets
	if sub.PersonalInfo != nil {
		add("icp_subject.personal_info.residence_permit", sub.PersonalInfo.ResidencePermit)
	}
	add("icp_subject.organize_info.certificate_photo", sub.OrganizeInfo.CertificatePhoto)
	for prefix, p := range map[string]filing.PrincipalInfo{"icp_subject": sub.PrincipalInfo, "icp_applets": app.PrincipalInfo} {
		add(prefix+".principal_info.certificate_photo_front", p.CertificatePhotoFront)
		add(prefix+".principal_info.certificate_photo_back", p.CertificatePhotoBack)
		add(prefix+".principal_info.authorization_letter", p.AuthorizationLetter)
	}
	for i, n := range app.BaseInfo.NrlxDetails {
		add("icp_applets.base_info.nrlx_details["+strconv.Itoa(i)+"].media", n.Media)
	}
	m := r.ICPMaterials
	for name, ids := range map[string][]string{
		"commitment_letter": m.CommitmentLetter, "business_name_change_letter": m.BusinessNameChangeLetter,
		"party_building_confirmation_letter": m.PartyBuildingConfirmationLetter, "promise_video": m.PromiseVideo,
		"authenticity_responsibility_letter": m.AuthenticityResponsibilityLetter,
		"authenticity_commitment_letter":     m.AuthenticityCommitmentLetter,
		"website_construction_proposal":      m.WebsiteConstructionProposal, "subject_other_materials": m.SubjectOtherMaterials,
		"applets_other_materials": m.AppletsOtherMaterials, "holding_certificate_photo": m.HoldingCertificatePhoto,
	} {
		for i, id := range ids {
			add("icp_materials."+name+"["+strconv.Itoa(i)+"]", id)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].field < out[j].field })
	return out
}

func (s *Server) createTask(a *app, w http.ResponseWriter, r *call) {
	var in struct {
		AlongWithAuth bool `json:"along_with_auth"`
	}
	if !s.readJSON(w, r, &in, true) {
		return
	}
	id := s.nextID("face-task-")
	a.tasks[id] = &task{along: in.AlongWithAuth, created: s.now}
	out := map[string]any{"task_id": id}
	if in.AlongWithAuth {
		out["verify_url"] = "https://verify.wechattest.invalid/face?task_id=" + id
	}
	writeJSON(w, s.now, ok(out))
}

func (s *Server) queryTask(a *app, w http.ResponseWriter, r *call) {
	var in struct {
		TaskID string `json:"task_id"`
	}
	if !s.readJSON(w, r, &in, false) {
		return
	}
	t, known := a.tasks[in.TaskID]
	switch {
	case !known:
		writeJSON(w, s.now, errAnswer(86328, "resource not found"))
	case t.expired(s.now):
		writeJSON(w, s.now, errAnswer(1, "task expired"))
	default:
		out := map[string]any{"is_finish": t.finished, "face_status": t.status}
		if t.along && t.status == wechat.FaceSucceeded {
			out["along_with_auth_result"] = 9
		}
		writeJSON(w, s.now, ok(out))
	}
}

func prepareSubmitAuth(c *call, on workday.Date) {
	var members map[string]json.RawMessage
	var auth struct {
		CustomerType    int    `json:"customer_type"`
		AccountName     string `json:"account_name"`
		AccountNameType int    `json:"account_name_type"`
		PayType         int    `json:"pay_type"`
	}
	if c.bodyErr != nil || json.Unmarshal(c.body, &members) != nil {
		c.sub.bad = true
		return
	}
	authJSON := members["auth_data"]
	delete(members, "auth_data")
	rest, _ := json.Marshal(members)
	sub := &c.sub
	if len(authJSON) == 0 || json.Unmarshal(authJSON, &auth) != nil || json.Unmarshal(rest, &sub.req) != nil {
		sub.bad = true
		return
	}
	if auth.CustomerType != 1 && auth.CustomerType != 12 && auth.CustomerType != 15 {
		sub.hints = append(sub.hints, hint{86202, "invalid customer_type", "auth_data.customer_type"})
	}
	if auth.AccountName == "" {
		sub.hints = append(sub.hints, hint{86202, "account_name required", "auth_data.account_name"})
	}
	if auth.AccountNameType != 1 && auth.AccountNameType != 2 {
		sub.hints = append(sub.hints, hint{86202, "invalid account_name_type", "auth_data.account_name_type"})
	}
	if auth.PayType != 1 && auth.PayType != 2 {
		sub.hints = append(sub.hints, hint{86202, "invalid pay_type", "auth_data.pay_type"})
	}
	sub.hints = append(sub.hints, checkHints(&sub.req, on)...)
	sub.pay = auth.PayType
}

func (s *Server) submitAuth(a *app, w http.ResponseWriter, c *call) {
	if c.sub.bad {
		writeJSON(w, s.now, errAnswer(47001, "data format error"))
		return
	}
	if a.busy() || a.step == stepAuth {
		refuse(w, s, []hint{{86202, "a filing is under review or done", ""}})
		return
	}
	if hints := s.review(a, &c.sub, true); len(hints) > 0 {
		refuse(w, s, hints)
		return
	}
	s.accept(a, c.sub.req, true)
	a.proc = s.nextID("procedure-")
	s.procs[a.proc] = a.id
	out := map[string]any{"procedure_id": a.proc}
	if c.sub.pay == 2 {
		out["pay_url"] = "https://pay.wechattest.invalid/?procedure_id=" + a.proc
	}
	writeJSON(w, s.now, ok(out))
}

func (s *Server) queryAuth(a *app, w http.ResponseWriter, r *call) {
	var in struct {
		ProcedureID string `json:"procedure_id"`
	}
	if !s.readJSON(w, r, &in, false) {
		return
	}
	if s.procs[in.ProcedureID] != a.id || in.ProcedureID != a.proc {
		writeJSON(w, s.now, errAnswer(86328, "resource not found"))
		return
	}
	audit := map[string]any{"hints": []hint{}}
	if a.rejected() {
		audit["audit_data"] = a.audit
	}
	if a.smsShown() {
		audit["sms_verify_status"] = a.sms
	}
	writeJSON(w, s.now, ok(map[string]any{"procedure_status": a.procedureStatus(), "icp_audit": audit}))
}
