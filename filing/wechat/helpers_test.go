package wechat_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"net/http/httptest"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/wechat"
	"github.com/beian-go/beian/filing/wechattest"
)

const testApp = "wx1234567890abcdef"

// loadRequest reads the fictional enterprise filing the fake accepts once
// its media ids and face task are filled in.
func loadRequest(t testing.TB) filing.Request {
	t.Helper()
	b, err := os.ReadFile("../wechattest/testdata/enterprise.json")
	require.NoError(t, err)
	var r filing.Request
	require.NoError(t, json.Unmarshal(b, &r))
	return r
}

var pngOnce = sync.OnceValue(func() []byte { return pngOf(720, 1280) })

// pngOf encodes a w×h grey PNG.
func pngOf(w, h int) []byte {
	img := image.NewGray(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = uint8(i % 251)
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// photo is a PNG that passes document.CheckImage's defaults.
func photo() []byte { return pngOnce() }

// newFake starts a fake WeChat and a client for testApp.
func newFake(t testing.TB) (*wechattest.Server, *wechat.Client) {
	t.Helper()
	srv := wechattest.NewServer(time.Time{})
	t.Cleanup(srv.Close)
	return srv, srv.Client(testApp)
}

// ready fills req's media fields with one uploaded photo and its face task
// with a verified one, as a service does before applying.
func ready(t testing.TB, srv *wechattest.Server, c *wechat.Client, req filing.Request, combined bool) (filing.Request, wechat.FaceTask) {
	t.Helper()
	ctx := context.Background()
	id, err := c.Upload(ctx, wechat.Upload{Field: "icp_subject.organize_info.certificate_photo", CertificateType: 1, Name: "licence.png", Data: photo()})
	require.NoError(t, err)
	m := string(id)
	s, a := &req.ICPSubject, &req.ICPApplets
	s.OrganizeInfo.CertificatePhoto = m
	for _, p := range []*filing.PrincipalInfo{&s.PrincipalInfo, &a.PrincipalInfo} {
		p.CertificatePhotoFront, p.CertificatePhotoBack = m, m
		if p.AuthorizationLetter != "" {
			p.AuthorizationLetter = m
		}
	}
	mat := &req.ICPMaterials
	for _, l := range []*[]string{&mat.CommitmentLetter, &mat.AppletsOtherMaterials, &mat.SubjectOtherMaterials} {
		for i := range *l {
			(*l)[i] = m
		}
	}
	task, err := c.CreateFaceTask(ctx, combined)
	require.NoError(t, err)
	require.NoError(t, srv.Advance(10*time.Minute))
	task, err = c.FaceTask(ctx, task.ID)
	require.NoError(t, err)
	require.True(t, task.Finished)
	require.Equal(t, wechat.FaceSucceeded, task.Status)
	a.PrincipalInfo.VerifyTaskID = task.ID
	return req, task
}

// submitted is the record of req, applied to srv: created and submitted
// at srv's time, its face task verified.
func submitted(t testing.TB, srv *wechattest.Server, req filing.Request) *filing.Application {
	t.Helper()
	app, err := filing.NewApplication(filing.Identity{ID: "app-1", AppID: "wx0123456789abcdef"}, req, srv.Now())
	require.NoError(t, err)
	require.NoError(t, app.RecordFaceVerification(req.ICPApplets.PrincipalInfo.VerifyTaskID, time.Time{}, srv.Now()))
	_, err = app.Submit(srv.Now(), filing.CheckOptions{})
	require.NoError(t, err)
	return app
}

// fakeCrypto is the crypto of the fake's pushes.
func fakeCrypto(t testing.TB) *wechat.Crypto {
	t.Helper()
	c, err := wechat.NewCrypto(wechattest.Token, wechattest.EncodingAESKey, wechattest.ComponentAppID)
	require.NoError(t, err)
	return c
}

// listen serves a push Handler calling onEvent, as the event URL of srv,
// until the test ends.
func listen(t testing.TB, srv *wechattest.Server, onEvent func(context.Context, wechat.Event) error) {
	t.Helper()
	events := httptest.NewServer(&wechat.Handler{Crypto: fakeCrypto(t), OnEvent: onEvent, Now: srv.Now})
	t.Cleanup(events.Close)
	srv.SetEventURL(events.URL)
}

// fmtV prints v in every fmt form.
func fmtV(v any) string { return fmt.Sprintf("%v %+v %#v %s", v, v, v, v) }
