package wechat_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/wechat"
	"github.com/beian-go/beian/filing/wechattest"
)

// counter counts the requests a client sends, per path.
type counter struct {
	mu    sync.Mutex
	paths map[string]int
}

func (c *counter) RoundTrip(r *http.Request) (*http.Response, error) {
	c.mu.Lock()
	if c.paths == nil {
		c.paths = map[string]int{}
	}
	c.paths[r.URL.Path]++
	c.mu.Unlock()
	return http.DefaultTransport.RoundTrip(r)
}

func (c *counter) count(path string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.paths[path]
}

// counted returns c with its requests counted.
func counted(c *wechat.Client) (*wechat.Client, *counter) {
	n := &counter{}
	cc := *c
	cc.HTTPClient = &http.Client{Transport: n}
	return &cc, n
}

// applied returns a fake with testApp's filing applied under plans.
func applied(t *testing.T, plans ...wechattest.Plan) (*wechattest.Server, *wechat.Client, filing.Request) {
	t.Helper()
	srv, c := newFake(t)
	srv.Script(testApp, plans...)
	req, _ := ready(t, srv, c, loadRequest(t), false)
	require.NoError(t, c.Apply(context.Background(), req))
	return srv, c, req
}

func poll(t *testing.T, c *wechat.Client) wechat.Entrance {
	t.Helper()
	e, err := c.Poll(context.Background())
	require.NoError(t, err)
	return e
}

func TestApplyAcceptsAndRefusesWithHints(t *testing.T) {
	ctx := context.Background()
	srv, c := newFake(t)
	req, _ := ready(t, srv, c, loadRequest(t), false)

	bad := req.Clone()
	bad.ICPApplets.PrincipalInfo.CertificateNumber = "440306199203084565" // check digit mistyped
	bad.ICPMaterials.CommitmentLetter = []string{"media-unknown"}
	err := c.Apply(ctx, bad)
	require.ErrorIs(t, err, wechat.ErrApply)
	var e *wechat.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, 86202, e.Code)
	assert.Equal(t, "/wxa/icp/apply_icp_filing", e.Path)
	var ps filing.Problems
	require.ErrorAs(t, err, &ps)
	fields := map[string]filing.Code{}
	for _, p := range ps {
		fields[p.Field] = p.Code
		assert.NotContains(t, p.Message, "440306199203084565")
	}
	assert.Equal(t, filing.Code("wechat.86202"), fields["icp_applets.principal_info.certificate_number"])
	assert.Equal(t, filing.Code("wechat.86205"), fields["icp_materials.commitment_letter[0]"])
	assert.NotContains(t, err.Error(), "440306199203084565")
	assert.Equal(t, filing.StatusNotFiled, poll(t, c).Status, "a refused filing changes nothing")

	require.NoError(t, c.Apply(ctx, req))
	assert.Equal(t, filing.StatusPlatformReview, poll(t, c).Status)
	assert.ErrorIs(t, c.Apply(ctx, req), wechat.ErrApply, "a second filing while one is under review")
}

func TestApplyRefusesFaceTaskProblems(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		edit func(srv *wechattest.Server, c *wechat.Client, req *filing.Request)
		code filing.Code
	}{
		{"unknown task", func(_ *wechattest.Server, _ *wechat.Client, r *filing.Request) {
			r.ICPApplets.PrincipalInfo.VerifyTaskID = "face-task-none"
		}, "wechat.86328"},
		{"task not finished", func(_ *wechattest.Server, c *wechat.Client, r *filing.Request) {
			task, err := c.CreateFaceTask(ctx, false)
			require.NoError(t, err)
			r.ICPApplets.PrincipalInfo.VerifyTaskID = task.ID
		}, "wechat.86328"},
		{"task past its 3 days", func(srv *wechattest.Server, _ *wechat.Client, _ *filing.Request) {
			require.NoError(t, srv.Advance(72*time.Hour))
		}, "wechat.1"},
		{"task of the combined flow", func(srv *wechattest.Server, c *wechat.Client, r *filing.Request) {
			task, err := c.CreateFaceTask(ctx, true)
			require.NoError(t, err)
			require.NoError(t, srv.Advance(time.Hour))
			r.ICPApplets.PrincipalInfo.VerifyTaskID = task.ID
		}, "wechat.86328"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, c := newFake(t)
			req, _ := ready(t, srv, c, loadRequest(t), false)
			tc.edit(srv, c, &req)
			var ps filing.Problems
			require.ErrorAs(t, c.Apply(ctx, req), &ps)
			require.Len(t, ps, 1)
			assert.Equal(t, "icp_applets.principal_info.verify_task_id", ps[0].Field)
			assert.Equal(t, tc.code, ps[0].Code)
		})
	}
}

func TestUploadAndDownloadMedia(t *testing.T) {
	ctx := context.Background()
	_, c := newFake(t)
	id, err := c.Upload(ctx, wechat.Upload{Field: "icp_applets.principal_info.certificate_photo_front", CertificateType: 2, Name: "front.png", Data: photo()})
	require.NoError(t, err)
	assert.NotEmpty(t, id)
	data, ct, err := c.Media(ctx, id)
	require.NoError(t, err)
	assert.Equal(t, photo(), data)
	assert.Equal(t, "image/png", ct)

	video := append([]byte("\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"), bytes.Repeat([]byte{0}, 64)...)
	vid, err := c.Upload(ctx, wechat.Upload{Field: "icp_materials.promise_video", Name: "promise.mp4", Data: video})
	require.NoError(t, err)
	data, ct, err = c.Media(ctx, vid)
	require.NoError(t, err)
	assert.Equal(t, video, data)
	assert.Equal(t, "video/mp4", ct)

	_, _, err = c.Media(ctx, "media-404")
	assert.ErrorIs(t, err, wechat.ErrMediaID)
	assert.ErrorIs(t, err, wechat.ErrAPI)
}

func TestUploadRefusesBeforeSending(t *testing.T) {
	ctx := context.Background()
	_, base := newFake(t)
	c, n := counted(base)
	small := func() []byte { return pngOf(16, 16) } // complete, but far below 720×1280
	mp4 := []byte("\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00")
	for _, tc := range []struct {
		name  string
		u     wechat.Upload
		cause error
	}{
		{"picture too small", wechat.Upload{Field: "icp_subject.organize_info.certificate_photo", Data: small()}, document.ErrRange},
		{"picture too large", wechat.Upload{Field: "icp_subject.organize_info.certificate_photo", Data: photo(), Limits: document.ImageLimits{MaxBytes: 100}}, document.ErrRange},
		{"not a picture", wechat.Upload{Field: "icp_subject.organize_info.certificate_photo", Data: []byte("%PDF-1.7")}, document.ErrFormat},
		{"empty", wechat.Upload{Field: "icp_subject.organize_info.certificate_photo"}, document.ErrMissing},
		{"pre-approval field with .media", wechat.Upload{Field: "icp_applets.base_info.nrlx_details.media", Data: photo()}, nil},
		{"unknown field", wechat.Upload{Field: "icp_subject.base_info.name", Data: photo()}, nil},
		{"video not mp4", wechat.Upload{Field: "icp_materials.promise_video", Data: photo()}, nil},
		{"video declared otherwise", wechat.Upload{Field: "icp_materials.promise_video", Name: "v.avi", Data: mp4}, nil},
		{"video too large", wechat.Upload{Field: "icp_materials.promise_video", Data: mp4, Limits: document.ImageLimits{MaxBytes: 8}}, nil},
		{"video empty", wechat.Upload{Field: "icp_materials.promise_video"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := c.Upload(ctx, tc.u)
			require.ErrorIs(t, err, wechat.ErrUpload)
			if tc.cause != nil {
				assert.ErrorIs(t, err, tc.cause)
			}
			assert.Zero(t, n.count("/wxa/icp/upload_icp_media"), "nothing sent")
		})
	}
}

func TestWithdraw(t *testing.T) {
	ctx := context.Background()
	_, c := newFake(t)
	assert.ErrorIs(t, c.Withdraw(ctx), wechat.ErrNoOrder, "nothing applied")

	_, c, _ = applied(t)
	require.NoError(t, c.Withdraw(ctx))
	assert.Equal(t, filing.StatusNotFiled, poll(t, c).Status)
	assert.ErrorIs(t, c.Withdraw(ctx), wechat.ErrNoOrder, "already withdrawn")

	srv, c, _ := applied(t)
	require.NoError(t, srv.Advance(24*time.Hour))
	assert.ErrorIs(t, c.Withdraw(ctx), wechat.ErrNotWithdrawable, "past the platform review")
}

func TestDeregister(t *testing.T) {
	ctx := context.Background()
	srv, c, _ := applied(t)
	assert.ErrorIs(t, c.Deregister(ctx, wechat.DeregisterApplet, wechat.ReasonNotOperated), wechat.ErrNotFiled)
	require.NoError(t, srv.Advance(100*time.Hour))
	require.Equal(t, filing.StatusFiled, poll(t, c).Status)

	require.NoError(t, c.Deregister(ctx, wechat.DeregisterApplet, wechat.ReasonNotOperated))
	e := poll(t, c)
	assert.True(t, e.Canceling)
	assert.Equal(t, filing.StatusFiled, e.Status)
	assert.ErrorIs(t, c.Deregister(ctx, wechat.DeregisterApplet, 0), wechat.ErrUnderReview)
	require.NoError(t, srv.Advance(24*time.Hour))
	e = poll(t, c)
	assert.False(t, e.Canceling)
	assert.Equal(t, filing.StatusNotFiled, e.Status)

	for _, args := range [][2]int{{0, 0}, {4, 0}, {1, 3}, {1, -1}} {
		err := c.Deregister(ctx, args[0], args[1])
		require.Error(t, err, "%v", args)
		assert.NotErrorIs(t, err, wechat.ErrAPI, "refused before sending")
	}
}

func TestPollThroughTheStages(t *testing.T) {
	reasons := []filing.Rejection{{Field: "主办单位名称", Reason: "与证件不一致", Suggestion: "按营业执照填写"}}
	srv, c, _ := applied(t, wechattest.Plan{RejectBureau: reasons})
	step := func(d time.Duration) wechat.Entrance {
		require.NoError(t, srv.Advance(d))
		return poll(t, c)
	}
	e := poll(t, c)
	assert.Equal(t, wechat.Entrance{Poll: filing.Poll{Status: 2}, Available: true}, e)
	e = step(24 * time.Hour)
	assert.Equal(t, filing.Poll{Status: 4, SMSVerifyStatus: filing.SMSWaiting}, e.Poll)
	e = step(time.Hour)
	assert.Equal(t, filing.Poll{Status: 4, SMSVerifyStatus: filing.SMSVerified}, e.Poll)
	e = step(72 * time.Hour)
	assert.Equal(t, filing.Poll{Status: 5, AuditData: reasons}, e.Poll)
}

func TestPollReportsSMSExpiry(t *testing.T) {
	srv, c, _ := applied(t, wechattest.Plan{SMSVerify: -1})
	require.NoError(t, srv.Advance(24*time.Hour))
	require.Equal(t, filing.SMSWaiting, poll(t, c).SMSVerifyStatus)
	require.NoError(t, srv.Advance(23*time.Hour))
	require.Equal(t, filing.SMSWaiting, poll(t, c).SMSVerifyStatus, "still within 24 hours")
	require.NoError(t, srv.Advance(time.Hour))
	e := poll(t, c)
	assert.Equal(t, filing.StatusBureauRejected, e.Status)
	assert.Equal(t, filing.SMSTimedOut, e.SMSVerifyStatus)
	assert.NotEmpty(t, e.AuditData)
}

func TestOnlineOrderAndFilingNumber(t *testing.T) {
	ctx := context.Background()
	srv, c, req := applied(t)
	_, err := c.OnlineOrder(ctx)
	assert.ErrorIs(t, err, wechat.ErrNotFound)
	require.NoError(t, srv.Advance(100*time.Hour))

	order, err := c.OnlineOrder(ctx)
	require.NoError(t, err)
	number := order.ICPApplets.BaseInfo.RecordNumber
	fn, err := document.ParseFilingNumber(number)
	require.NoError(t, err, number)
	assert.True(t, strings.HasSuffix(number, "X"))
	assert.True(t, strings.HasPrefix(number, "粤ICP备"), "the filing province's abbreviation")
	assert.Equal(t, order.ICPSubject.BaseInfo.RecordNumber, number[:strings.LastIndex(number, "-")])
	assert.Equal(t, document.FilingKindMiniProgram, fn.Kind())
	assert.True(t, strings.HasSuffix(number, "-1X"), "the first service of the subject")
	assert.Equal(t, req.ICPSubject.BaseInfo.Name, order.ICPSubject.BaseInfo.Name)
	assert.Equal(t, number, poll(t, c).FilingNumber, "Poll reads the number once filed")
	assert.Empty(t, order.Extra, "errcode and errmsg are not members of the filing")

	srv.Inject(wechattest.Fault{Path: "/wxa/icp/get_online_icp_order", Body: `{"errcode":0,"errmsg":"ok","icp_subject":"440305198506121237"}`})
	_, err = c.OnlineOrder(ctx)
	require.ErrorIs(t, err, wechat.ErrResponse)
	assert.NotContains(t, err.Error(), "440305198506121237")
}

func TestFaceTasks(t *testing.T) {
	ctx := context.Background()
	srv, c := newFake(t)
	task, err := c.CreateFaceTask(ctx, false)
	require.NoError(t, err)
	assert.Empty(t, task.URL)
	got, err := c.FaceTask(ctx, task.ID)
	require.NoError(t, err)
	assert.Equal(t, wechat.FaceTask{ID: task.ID, Status: wechat.FaceNotStarted}, got)
	require.NoError(t, srv.Advance(5*time.Minute))
	got, err = c.FaceTask(ctx, task.ID)
	require.NoError(t, err)
	assert.Equal(t, wechat.FaceTask{ID: task.ID, Finished: true, Status: wechat.FaceSucceeded}, got)
	require.NoError(t, srv.Advance(72*time.Hour))
	_, err = c.FaceTask(ctx, task.ID)
	assert.ErrorIs(t, err, wechat.ErrTaskExpired)
	_, err = c.FaceTask(ctx, "face-task-404")
	assert.ErrorIs(t, err, wechat.ErrNotFound)

	along, err := c.CreateFaceTask(ctx, true)
	require.NoError(t, err)
	assert.Contains(t, along.URL, along.ID)
	require.NoError(t, srv.Advance(time.Hour))
	got, err = c.FaceTask(ctx, along.ID)
	require.NoError(t, err)
	assert.Equal(t, 9, got.AlongWithAuthResult)
	require.NoError(t, srv.Advance(24*time.Hour))
	_, err = c.FaceTask(ctx, along.ID)
	assert.ErrorIs(t, err, wechat.ErrTaskExpired, "a combined task lasts one day")
}

func TestCatalogueFeedsTheChecks(t *testing.T) {
	_, c := newFake(t)
	cat, err := c.Catalogue(context.Background())
	require.NoError(t, err)
	d := cat.Dictionaries()
	assert.Contains(t, d.SubjectTypes, filing.Entry{Code: 4, Name: "企业"})
	assert.Contains(t, d.CertificateTypes, filing.Entry{Code: 2, Parent: 5, Name: "居民身份证"})
	assert.Contains(t, d.PreApprovalTypes, filing.Entry{Code: 24, Name: "以上都不涉及"})
	assert.Contains(t, d.ServiceTypes, filing.Entry{Code: 2, Parent: 500, Name: "招聘"})
	// The district tree arrives flattened, each node under its parent.
	assert.Contains(t, d.Districts, filing.Entry{Code: 440000, Name: "广东省"})
	assert.Contains(t, d.Districts, filing.Entry{Code: 440300, Parent: 440000, Name: "深圳市"})
	assert.Contains(t, d.Districts, filing.Entry{Code: 440305, Parent: 440300, Name: "南山区"})
	assert.Contains(t, cat.Source(), "query_icp_nrlx_types")
	assert.Contains(t, cat.Source(), "answered at 2026-03-02 09:00:00 CST")

	req := loadRequest(t)
	req.ICPApplets.BaseInfo.ServiceContentTypes = []filing.ServiceContentType{500, 7}
	ps := req.Check(filing.CheckOptions{Catalogue: cat})
	assert.True(t, ps.Has("applet.service_types.first_level"), "%v", ps)
	// The unknown type 7 is the same field: one problem per field, the
	// first-level one reported.
	req.ICPApplets.BaseInfo.ServiceContentTypes = []filing.ServiceContentType{7}
	ps = req.Check(filing.CheckOptions{Catalogue: cat})
	assert.True(t, ps.Has("catalogue.unknown"), "%v", ps)
}

func TestCombinedFlow(t *testing.T) {
	ctx := context.Background()
	srv, c := newFake(t)
	srv.Script(testApp, wechattest.Plan{RejectPlatform: []filing.Rejection{{Field: "备注", Reason: "不清楚"}}})
	req, _ := ready(t, srv, c, loadRequest(t), true)
	auth := wechat.AuthData{CustomerType: 1, AccountName: "示例预约", AccountNameType: 1, PayType: 2,
		Contact: wechat.Contact{Name: "张三", Email: "zhangsan@example.com", Mobile: "13012344321"},
		Extra:   filing.Extra{"service_appid": json.RawMessage(`"wx00000000000market"`)}}

	_, _, err := c.SubmitAuthAndICP(ctx, req, wechat.AuthData{})
	var ps filing.Problems
	require.ErrorAs(t, err, &ps)
	fields := map[string]bool{}
	for _, p := range ps {
		fields[p.Field] = true
	}
	assert.True(t, fields["auth_data.customer_type"] && fields["auth_data.account_name"] && fields["auth_data.pay_type"], "%v", ps)

	id, payURL, err := c.SubmitAuthAndICP(ctx, req, auth)
	require.NoError(t, err)
	assert.Contains(t, payURL, id)
	_, err = c.QueryAuthAndICP(ctx, "procedure-404")
	assert.ErrorIs(t, err, wechat.ErrNotFound)
	for _, tc := range []struct {
		after  time.Duration
		status int
		poll   filing.Poll
	}{
		{0, 17, filing.Poll{}},
		{24 * time.Hour, 22, filing.Poll{Status: 2}},
		{24 * time.Hour, 23, filing.Poll{Status: 3, AuditData: []filing.Rejection{{Field: "备注", Reason: "不清楚"}}}},
	} {
		require.NoError(t, srv.Advance(tc.after))
		p, err := c.QueryAuthAndICP(ctx, id)
		require.NoError(t, err)
		assert.Equal(t, tc.status, p.Status)
		got, ok := p.Poll()
		assert.Equal(t, tc.poll.Status != 0, ok)
		assert.Equal(t, tc.poll, got)
	}

	// Resubmitted through the same endpoint, it is filed.
	req, _ = ready(t, srv, c, req, true)
	id, payURL, err = c.SubmitAuthAndICP(ctx, req, wechat.AuthData{CustomerType: 1, AccountName: "示例预约", AccountNameType: 1, PayType: 1})
	require.NoError(t, err)
	assert.Empty(t, payURL)
	require.NoError(t, srv.Advance(24*time.Hour+24*time.Hour+time.Hour))
	p, err := c.QueryAuthAndICP(ctx, id)
	require.NoError(t, err)
	assert.Equal(t, filing.Poll{Status: 4, SMSVerifyStatus: filing.SMSVerified}, func() filing.Poll { pl, _ := p.Poll(); return pl }())
	require.NoError(t, srv.Advance(72*time.Hour))
	p, err = c.QueryAuthAndICP(ctx, id)
	require.NoError(t, err)
	assert.Equal(t, 26, p.Status)
	assert.NotContains(t, fmt.Sprint(auth), "13012344321")
	assert.NotContains(t, fmt.Sprint(auth), "zhangsan")
}
