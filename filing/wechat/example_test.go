package wechat_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/beian-go/beian/filing/wechat"
	"github.com/beian-go/beian/filing/wechattest"
)

// A refusal is an *Error: errors.Is tells the documented code, errors.As
// gives the detail.
func ExampleClient_Withdraw() {
	fake := wechattest.NewServer(time.Time{})
	defer fake.Close()
	c := fake.Client("wx1234567890abcdef")

	err := c.Withdraw(context.Background())
	fmt.Println(errors.Is(err, wechat.ErrNoOrder), errors.Is(err, wechat.ErrAPI))
	var e *wechat.Error
	if errors.As(err, &e) {
		fmt.Println(e.Code, e.Path)
	}
	// Output:
	// true true
	// 86368 /wxa/icp/cancel_apply_icp_filing
}

// Opening a signed push with WeChat's published sample values (the C#
// sample of https://wximg.gtimg.com/shake_tv/mpwiki/cryptoDemo.zip).
func ExampleCrypto_Open() {
	c, err := wechat.NewCrypto("QDG6eK", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", "wx5823bf96d3bd56c7")
	if err != nil {
		panic(err)
	}
	body := "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA[" + csEncrypt + "]]></Encrypt></xml>"
	msg, err := c.Open("477715d11cdb4164915debcba66cb864d751f3e6", "1409659813", "1372623149", []byte(body))
	fmt.Println(err)
	fmt.Println(string(msg))
	// Output:
	// <nil>
	// <xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>
	// <FromUserName><![CDATA[mycreate]]></FromUserName>
	// <CreateTime>1409659813</CreateTime>
	// <MsgType><![CDATA[text]]></MsgType>
	// <Content><![CDATA[hello]]></Content>
	// <MsgId>4561255354251345929</MsgId>
	// <AgentID>218</AgentID>
	// </xml>
}

const csEncrypt = "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q=="
