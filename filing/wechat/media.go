package wechat

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/filing/internal/dict"
	"github.com/beian-go/beian/internal/xerr"
	"github.com/beian-go/beian/workday"
)

// MediaID is a media_id from upload_icp_media, for the Request's media
// fields; the zero value is none. It is safe for concurrent use.
type MediaID string

// Upload is one file for upload_icp_media: the payload Field it is for
// (icp_order_field; a file used in several fields of a filing is uploaded
// once, for any of them; pre-approval documents use
// "icp_applets.base_info.nrlx_details"), the CertificateType it shows
// (required for certificate photos; 0 is not sent), its Name or MIME type
// (optional, compared with the content), its Data, and the Limits checked
// (zero: WeChat's portal rules; MaxBytes applies to the video too). It is
// a plain value, safe for concurrent reads; the zero Upload is refused.
type Upload struct {
	Field           string
	CertificateType document.CertificateType
	Name            string
	Data            []byte
	Limits          document.ImageLimits
}

// Upload checks u and sends it to upload_icp_media. Nothing is sent, and
// the error matches ErrUpload, when Field is not a media field of the
// payload, an image fails document.CheckImage with u.Limits (so an
// oversized or too small picture never leaves the machine), or the
// commitment video (icp_materials.promise_video, type video) is not MP4
// (an "ftyp" box first) within Limits.MaxBytes; its duration and codec
// are not checked. It is not retried.
func (c *Client) Upload(ctx context.Context, u Upload) (MediaID, error) {
	field := u.Field
	material, ok := dict.Upload(field)
	if !ok {
		hint := ""
		if strings.HasPrefix(field, document.MaterialPreApproval.Field()) {
			hint = ` (use "` + document.MaterialPreApproval.Field() + `")`
		}
		return "", fmt.Errorf("%w: %s is not a media field of the filing%s", ErrUpload, xerr.Quote(field), hint)
	}
	kind := material.Media()
	if kind == "video" {
		if err := checkVideo(u); err != nil {
			return "", err
		}
	} else if _, err := document.CheckImage(u.Data, u.Name, u.Limits); err != nil {
		return "", fmt.Errorf("%w: %w", ErrUpload, err)
	}
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	_ = w.WriteField("type", kind)
	_ = w.WriteField("icp_order_field", field)
	if u.CertificateType != 0 {
		_ = w.WriteField("certificate_type", strconv.Itoa(int(u.CertificateType)))
	}
	// The caller's file name is not sent: it may name a person.
	fw, err := w.CreateFormFile("media", kind+extension(u.Data, kind))
	if err != nil {
		return "", err
	}
	_, _ = fw.Write(u.Data)
	if err := w.Close(); err != nil {
		return "", err
	}
	var out struct {
		MediaID   string `json:"media_id"`
		Type      string `json:"type"`
		CreatedAt int64  `json:"created_at"`
	}
	_, err = c.do(ctx, call{method: http.MethodPost, path: pathUpload, body: buf.Bytes(),
		contentType: w.FormDataContentType()}, &out)
	if err != nil {
		return "", err
	}
	if out.MediaID == "" {
		return "", missing(pathUpload, "no media_id")
	}
	return MediaID(out.MediaID), nil
}

// checkVideo checks what can be checked of the commitment video without
// decoding it.
func checkVideo(u Upload) error {
	if len(u.Data) == 0 {
		return fmt.Errorf("%w: the video is empty", ErrUpload)
	}
	if len(u.Data) < 12 || string(u.Data[4:8]) != "ftyp" {
		return fmt.Errorf("%w: the video is not an MP4 file", ErrUpload)
	}
	if ext := strings.ToLower(path.Ext(u.Name)); ext != "" && ext != ".mp4" && u.Name != "video/mp4" {
		return fmt.Errorf("%w: the video is declared as %s, not MP4", ErrUpload, xerr.Quote(ext))
	}
	limit := u.Limits.MaxBytes
	if limit == 0 {
		limit = document.DefaultMaxImageBytes
	}
	if limit > 0 && len(u.Data) > limit {
		return fmt.Errorf("%w: the video has %d bytes, more than %d", ErrUpload, len(u.Data), limit)
	}
	return nil
}

// extension guesses a file name extension from the content.
func extension(data []byte, kind string) string {
	switch {
	case kind == "video":
		return ".mp4"
	case bytes.HasPrefix(data, []byte("\x89PNG")):
		return ".png"
	}
	return ".jpg"
}

// Media downloads an uploaded file (get_icp_media, at most 32 MiB) with
// its content type; 86205 (ErrMediaID) for an unknown id.
func (c *Client) Media(ctx context.Context, id MediaID) ([]byte, string, error) {
	if id == "" {
		return nil, "", errors.New("wechat: empty media_id")
	}
	a, err := c.do(ctx, call{method: http.MethodGet, path: pathMedia, query: url.Values{"media_id": {string(id)}},
		read: true, raw: true}, nil)
	if err != nil {
		return nil, "", err
	}
	return a.body, a.contentType, nil
}

// unixCST converts WeChat's Unix seconds to China Standard Time; 0 gives
// the zero time.
func unixCST(sec int64) time.Time {
	if sec == 0 {
		return time.Time{}
	}
	return time.Unix(sec, 0).In(workday.CST)
}
