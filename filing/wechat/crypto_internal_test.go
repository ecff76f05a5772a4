package wechat

import (
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// WeChat's published sample values for its message encryption, from the
// official sample code package linked from the message encryption guide
// (https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/Message_encryption_and_decryption.html):
// https://wximg.gtimg.com/shake_tv/mpwiki/cryptoDemo.zip, the Java test
// WXBizMsgCryptTest.java (fixed random "aaaabbbbccccdddd", so the
// ciphertext is deterministic) and the C# Sample.cs (a signed request).
const (
	javaKey     = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
	javaToken   = "pamtest"
	javaAppID   = "wxb11529c136998cb6"
	javaRandom  = "aaaabbbbccccdddd"
	javaMsg     = "我是中文abcd123"
	javaCipher  = "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg=="
	javaMsg2    = "<xml><ToUserName><![CDATA[oia2Tj我是中文jewbmiOUlr6X-1crbLOvLw]]></ToUserName><FromUserName><![CDATA[gh_7f083739789a]]></FromUserName><CreateTime>1407743423</CreateTime><MsgType><![CDATA[video]]></MsgType><Video><MediaId><![CDATA[eYJ1MbwPRJtOvIEabaxHs7TX2D-HV71s79GUxqdUkjm6Gs2Ed1KF3ulAOA9H1xG0]]></MediaId><Title><![CDATA[testCallBackReplyVideo]]></Title><Description><![CDATA[testCallBackReplyVideo]]></Description></Video></xml>"
	javaCipher2 = "jn1L23DB+6ELqJ+6bruv23M2GmYfkv0xBh2h+XTBOKVKcgDFHle6gqcZ1cZrk3e1qjPQ1F4RsLWzQRG9udbKWesxlkupqcEcW7ZQweImX9+wLMa0GaUzpkycA8+IamDBxn5loLgZpnS7fVAbExOkK5DYHBmv5tptA9tklE/fTIILHR8HLXa5nQvFb3tYPKAlHF3rtTeayNf0QuM+UW/wM9enGIDIJHF7CLHiDNAYxr+r+OrJCmPQyTy8cVWlu9iSvOHPT/77bZqJucQHQ04sq7KZI27OcqpQNSto2OdHCoTccjggX5Z9Mma0nMJBU+jLKJ38YB1fBIz+vBzsYjrTmFQ44YfeEuZ+xRTQwr92vhA9OxchWVINGC50qE/6lmkwWTwGX9wtQpsJKhP+oS7rvTY8+VdzETdfakjkwQ5/Xka042OlUb1/slTwo4RscuQ+RdxSGvDahxAJ6+EAjLt9d8igHngxIbf6YyqqROxuxqIeIch3CssH/LqRs+iAcILvApYZckqmA7FNERspKA5f8GoJ9sv8xmGvZ9Yrf57cExWtnX8aCMMaBropU/1k+hKP5LVdzbWCG0hGwx/dQudYR/eXp3P0XxjlFiy+9DMlaFExWUZQDajPkdPrEeOwofJb"

	csKey       = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
	csToken     = "QDG6eK"
	csAppID     = "wx5823bf96d3bd56c7"
	csSignature = "477715d11cdb4164915debcba66cb864d751f3e6"
	csTimestamp = "1409659813"
	csNonce     = "1372623149"
	csBody      = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA[RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==]]></Encrypt></xml>"
	csPlain     = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n<FromUserName><![CDATA[mycreate]]></FromUserName>\n<CreateTime>1409659813</CreateTime>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[hello]]></Content>\n<MsgId>4561255354251345929</MsgId>\n<AgentID>218</AgentID>\n</xml>"
)

func TestEncryptMatchesPublishedSample(t *testing.T) {
	c, err := NewCrypto(javaToken, javaKey, javaAppID)
	require.NoError(t, err)
	var random [randomLen]byte
	copy(random[:], javaRandom)
	for _, tc := range []struct{ name, msg, cipher string }{
		{"short text", javaMsg, javaCipher},
		{"xml message", javaMsg2, javaCipher2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.cipher, c.encrypt(random, []byte(tc.msg)))
			got, err := c.decrypt(tc.cipher)
			require.NoError(t, err)
			assert.Equal(t, tc.msg, string(got))
		})
	}
}

func TestOpenVerifiesPublishedSignedSample(t *testing.T) {
	c, err := NewCrypto(csToken, csKey, csAppID)
	require.NoError(t, err)
	got, err := c.Open(csSignature, csTimestamp, csNonce, []byte(csBody))
	require.NoError(t, err)
	assert.Equal(t, csPlain, string(got))

	_, err = c.Open(csSignature, csTimestamp, "1372623150", []byte(csBody))
	assert.ErrorIs(t, err, ErrSignature, "another nonce")

	other, err := NewCrypto(csToken, csKey, "wx0000000000000000")
	require.NoError(t, err)
	_, err = other.Open(csSignature, csTimestamp, csNonce, []byte(csBody))
	assert.ErrorIs(t, err, ErrMessage, "another appid")
}

func TestSignatureIsSortedSHA1(t *testing.T) {
	c, err := NewCrypto(csToken, csKey, csAppID)
	require.NoError(t, err)
	enc := "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q=="
	assert.Equal(t, csSignature, hex.EncodeToString(c.signature(csTimestamp, csNonce, enc)))
}
