package wechat

import (
	"context"
	"errors"
)

// FaceStatus is query_icp_verifytask's face_status; the zero value is
// WeChat's 0, not started. It is safe for concurrent use.
type FaceStatus int

// The face_status values (queryIcpVerifyTask documentation); a filing
// needs FaceSucceeded.
const (
	FaceNotStarted FaceStatus = 0
	FaceWaiting    FaceStatus = 1
	FaceFailed     FaceStatus = 2
	FaceSucceeded  FaceStatus = 3
)

// FaceTask is the mini-program principal's face verification task: its
// task_id (for verify_task_id; valid 3 days, 1 in the combined flow) and
// verify_url (combined flow) from create_icp_verifytask, and is_finish,
// face_status and along_with_auth_result (9: the combined flow's SMS
// check passed) from query_icp_verifytask. It is a plain value; the zero
// FaceTask is no task.
type FaceTask struct {
	ID, URL             string
	Finished            bool
	Status              FaceStatus
	AlongWithAuthResult int
}

// CreateFaceTask starts the face verification (create_icp_verifytask;
// alongWithAuth for the combined flow): WeChat notifies the principal, who
// has 24 hours. It is not retried.
func (c *Client) CreateFaceTask(ctx context.Context, alongWithAuth bool) (FaceTask, error) {
	in := struct {
		AlongWithAuth bool `json:"along_with_auth,omitempty"`
	}{alongWithAuth}
	var out struct {
		TaskID    string `json:"task_id"`
		VerifyURL string `json:"verify_url"`
	}
	if err := c.post(ctx, pathCreateFace, in, &out, false); err != nil {
		return FaceTask{}, err
	}
	if out.TaskID == "" {
		return FaceTask{}, missing(pathCreateFace, "no task_id")
	}
	return FaceTask{ID: out.TaskID, URL: out.VerifyURL}, nil
}

// FaceTask reads a task (query_icp_verifytask): 1 (ErrTaskExpired) when
// expired, 86328 (ErrNotFound) when unknown.
func (c *Client) FaceTask(ctx context.Context, id string) (FaceTask, error) {
	if id == "" {
		return FaceTask{}, errors.New("wechat: empty task_id")
	}
	in := struct {
		TaskID string `json:"task_id"`
	}{id}
	var out struct {
		Finished bool       `json:"is_finish"`
		Status   FaceStatus `json:"face_status"`
		Along    int        `json:"along_with_auth_result"`
	}
	if err := c.post(ctx, pathQueryFace, in, &out, true); err != nil {
		return FaceTask{}, err
	}
	return FaceTask{ID: id, Finished: out.Finished, Status: out.Status, AlongWithAuthResult: out.Along}, nil
}
