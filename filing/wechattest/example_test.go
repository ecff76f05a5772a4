package wechattest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"log"
	"net/http/httptest"
	"os"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/wechat"
	"github.com/beian-go/beian/filing/wechattest"
)

// service is an integrator's own code: it files a mini program through
// package wechat and keeps the record in step with WeChat's push events
// and polls.
type service struct {
	client *wechat.Client
	now    func() time.Time
	app    *filing.Application
}

// OnEvent is the service's push handler: a filing event triggers a poll,
// which also brings rejection reasons and the filing number.
func (s *service) OnEvent(ctx context.Context, ev wechat.Event) error {
	if _, ok := ev.Poll(); !ok {
		return nil
	}
	return s.Poll(ctx)
}

// Poll is what the service also runs on a timer.
func (s *service) Poll(ctx context.Context) error {
	e, err := s.client.Poll(ctx)
	if err != nil {
		return err
	}
	_, err = s.app.Sync(e.Poll, s.now())
	return err
}

// File uploads the materials, verifies the principal's face, applies
// and records the submission.
func (s *service) File(ctx context.Context, req filing.Request, photo []byte, wait func(time.Duration)) error {
	id, err := s.client.Upload(ctx, wechat.Upload{Field: "icp_subject.organize_info.certificate_photo", Name: "licence.png", Data: photo})
	if err != nil {
		return err
	}
	useMedia(&req, string(id))
	task, err := s.client.CreateFaceTask(ctx, false)
	if err != nil {
		return err
	}
	wait(10 * time.Minute) // the principal verifies their face
	req.ICPApplets.PrincipalInfo.VerifyTaskID = task.ID
	if s.app, err = filing.NewApplication(filing.Identity{ID: "merchant-42", AppID: "wx0123456789abcdef"}, req, s.now()); err != nil {
		return err
	}
	if err := s.app.RecordFaceVerification(task.ID, time.Time{}, s.now()); err != nil {
		return err
	}
	if err := s.client.Apply(ctx, req); err != nil {
		return err
	}
	_, err = s.app.Submit(s.now(), filing.CheckOptions{})
	return err
}

// Example tests an integrator's service end to end against the fake
// WeChat: real HTTP on the loopback interface, encrypted push events, and
// a clock the test moves. Nothing leaves the machine.
func Example() {
	ctx := context.Background()
	fake := wechattest.NewServer(time.Time{})
	defer fake.Close()
	svc := &service{client: fake.Client("wx1234567890abcdef"), now: fake.Now}

	crypto, err := wechat.NewCrypto(wechattest.Token, wechattest.EncodingAESKey, wechattest.ComponentAppID)
	if err != nil {
		log.Fatal(err)
	}
	events := httptest.NewServer(&wechat.Handler{Crypto: crypto, OnEvent: svc.OnEvent, Now: fake.Now})
	defer events.Close()
	fake.SetEventURL(events.URL)

	wait := func(d time.Duration) {
		if err := fake.Advance(d); err != nil {
			log.Fatal(err)
		}
	}
	if err := svc.File(ctx, sampleRequest(), samplePhoto(), wait); err != nil {
		log.Fatal(err)
	}
	fmt.Println(svc.app.Stage())
	wait(24 * time.Hour) // WeChat's review passes: a push event
	fmt.Println(svc.app.Stage())
	wait(time.Hour) // the principal answers MIIT's SMS: seen by polling
	if err := svc.Poll(ctx); err != nil {
		log.Fatal(err)
	}
	fmt.Println(svc.app.Stage())
	wait(72 * time.Hour) // the bureau approves: a push event
	fmt.Println(svc.app.Stage(), svc.app.FilingNumber())
	// Output:
	// platform_review
	// sms_verification
	// bureau_review
	// filed 粤ICP备2026000001号-1X
}

// sampleRequest is a fictional enterprise filing.
func sampleRequest() filing.Request {
	b, err := os.ReadFile("testdata/enterprise.json")
	if err != nil {
		log.Fatal(err)
	}
	var req filing.Request
	if err := json.Unmarshal(b, &req); err != nil {
		log.Fatal(err)
	}
	return req
}

// samplePhoto is a blank 720×1280 PNG, the smallest size WeChat accepts.
func samplePhoto() []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 720, 1280))); err != nil {
		log.Fatal(err)
	}
	return b.Bytes()
}

// useMedia puts one uploaded file in every media field of the sample.
func useMedia(req *filing.Request, id string) {
	s, a, m := &req.ICPSubject, &req.ICPApplets, &req.ICPMaterials
	s.OrganizeInfo.CertificatePhoto = id
	for _, p := range []*filing.PrincipalInfo{&s.PrincipalInfo, &a.PrincipalInfo} {
		p.CertificatePhotoFront, p.CertificatePhotoBack = id, id
		if p.AuthorizationLetter != "" {
			p.AuthorizationLetter = id
		}
	}
	for _, l := range [][]string{m.CommitmentLetter, m.AppletsOtherMaterials} {
		for i := range l {
			l[i] = id
		}
	}
}
