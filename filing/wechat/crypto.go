package wechat

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// The message-encryption scheme of WeChat's third-party platforms
// (消息加解密), as WeChat documents it:
// https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/Technical_Plan.html
// and https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/Message_encryption_and_decryption.html
//
//   - the AES key is the base64 decoding of EncodingAESKey (43 characters)
//     with "=" appended: 32 bytes, so AES-256; the mode is CBC and the IV is
//     the key's first 16 bytes;
//   - the plaintext is 16 random bytes, the message's length as 4 bytes in
//     network order, the message, and the platform's appid; it is padded
//     with PKCS#7 to a multiple of 32 bytes (not AES's 16);
//   - the ciphertext travels base64-encoded in the Encrypt element of the
//     XML body; msg_signature is the hex SHA-1 of token, timestamp, nonce
//     and that base64 text, sorted as strings and concatenated.
const (
	encodingAESKeyLen = 43
	padBlock          = 32
	randomLen         = 16
)

// Crypto verifies, decrypts and encrypts the push messages of one
// third-party platform (its token, EncodingAESKey and component appid).
// Build it with NewCrypto; the zero Crypto refuses every message. It is
// immutable and safe for concurrent use; fmt shows only the appid.
type Crypto struct {
	token string
	key   []byte
	appID string
}

// NewCrypto checks the platform's settings: a token, a 43-character
// base64 EncodingAESKey and an appid.
func NewCrypto(token, encodingAESKey, appID string) (*Crypto, error) {
	if token == "" || appID == "" {
		return nil, errors.New("wechat: crypto needs a token and an appid")
	}
	if len(encodingAESKey) != encodingAESKeyLen {
		return nil, fmt.Errorf("wechat: EncodingAESKey has %d characters, want %d", len(encodingAESKey), encodingAESKeyLen)
	}
	key, err := base64.StdEncoding.DecodeString(encodingAESKey + "=")
	if err != nil || len(key) != 32 {
		return nil, errors.New("wechat: EncodingAESKey is not base64 of 32 bytes")
	}
	return &Crypto{token: token, key: key, appID: appID}, nil
}

// Format prints only the appid, in every verb.
func (c Crypto) Format(f fmt.State, _ rune) {
	_, _ = io.WriteString(f, "wechat.Crypto("+c.appID+")")
}

// envelope is the XML body of a push: the ciphertext and the appid it is
// addressed to (AppId for platform events, ToUserName for messages).
type envelope struct {
	XMLName    xml.Name `xml:"xml"`
	AppID      string   `xml:"AppId,omitempty"`
	ToUserName string   `xml:"ToUserName,omitempty"`
	Encrypt    string   `xml:"Encrypt"`
}

// Open checks a push's msg_signature (ErrSignature) and returns the
// plaintext of its body, a message for the platform's appid (ErrMessage
// otherwise). It does not judge the timestamp's age; Handler does.
func (c *Crypto) Open(msgSignature, timestamp, nonce string, body []byte) ([]byte, error) {
	if c == nil || c.key == nil {
		return nil, fmt.Errorf("%w: no crypto settings", ErrMessage)
	}
	var env envelope
	if err := xml.Unmarshal(body, &env); err != nil || env.Encrypt == "" {
		return nil, fmt.Errorf("%w: body is not an encrypted envelope", ErrMessage)
	}
	want := c.signature(timestamp, nonce, env.Encrypt)
	got, err := hex.DecodeString(strings.ToLower(msgSignature))
	if err != nil || subtle.ConstantTimeCompare(got, want) != 1 {
		return nil, ErrSignature
	}
	return c.decrypt(env.Encrypt)
}

// Seal encrypts msg as WeChat does (16 random bytes from crypto/rand
// first) and returns the XML body and the msg_signature of a push.
func (c *Crypto) Seal(msg []byte, timestamp, nonce string) (body []byte, msgSignature string, err error) {
	if c == nil || c.key == nil {
		return nil, "", fmt.Errorf("%w: no crypto settings", ErrMessage)
	}
	var random [randomLen]byte
	if _, err := io.ReadFull(rand.Reader, random[:]); err != nil {
		return nil, "", err
	}
	enc := c.encrypt(random, msg)
	body, err = xml.Marshal(envelope{AppID: c.appID, Encrypt: enc})
	if err != nil {
		return nil, "", err
	}
	return body, hex.EncodeToString(c.signature(timestamp, nonce, enc)), nil
}

// signature is SHA-1 over the four strings in sorted order.
func (c *Crypto) signature(timestamp, nonce, encrypted string) []byte {
	parts := []string{c.token, timestamp, nonce, encrypted}
	sort.Strings(parts)
	sum := sha1.Sum([]byte(strings.Join(parts, "")))
	return sum[:]
}

// encrypt returns the base64 ciphertext of random, length, msg, appid.
func (c *Crypto) encrypt(random [randomLen]byte, msg []byte) string {
	plain := make([]byte, 0, randomLen+4+len(msg)+len(c.appID)+padBlock)
	plain = append(plain, random[:]...)
	plain = binary.BigEndian.AppendUint32(plain, uint32(len(msg)))
	plain = append(plain, msg...)
	plain = append(plain, c.appID...)
	pad := padBlock - len(plain)%padBlock
	plain = append(plain, bytes.Repeat([]byte{byte(pad)}, pad)...)
	block, _ := aes.NewCipher(c.key) // 32 bytes, checked by NewCrypto
	cipher.NewCBCEncrypter(block, c.key[:aes.BlockSize]).CryptBlocks(plain, plain)
	return base64.StdEncoding.EncodeToString(plain)
}

// decrypt reverses encrypt and checks the padding, the length and the
// appid; every failure is ErrMessage, without saying which byte was wrong.
func (c *Crypto) decrypt(encrypted string) ([]byte, error) {
	data, err := base64.StdEncoding.DecodeString(encrypted)
	if err != nil || len(data) == 0 || len(data)%aes.BlockSize != 0 {
		return nil, fmt.Errorf("%w: ciphertext is not base64 of whole AES blocks", ErrMessage)
	}
	block, _ := aes.NewCipher(c.key)
	cipher.NewCBCDecrypter(block, c.key[:aes.BlockSize]).CryptBlocks(data, data)
	pad := int(data[len(data)-1])
	if pad < 1 || pad > padBlock || pad > len(data) {
		return nil, fmt.Errorf("%w: bad padding", ErrMessage)
	}
	for _, b := range data[len(data)-pad:] {
		if int(b) != pad {
			return nil, fmt.Errorf("%w: bad padding", ErrMessage)
		}
	}
	data = data[:len(data)-pad]
	if len(data) < randomLen+4 {
		return nil, fmt.Errorf("%w: message too short", ErrMessage)
	}
	n := binary.BigEndian.Uint32(data[randomLen:])
	rest := data[randomLen+4:]
	if uint64(n) > uint64(len(rest)) {
		return nil, fmt.Errorf("%w: length beyond the message", ErrMessage)
	}
	if string(rest[n:]) != c.appID {
		return nil, fmt.Errorf("%w: message is for another appid", ErrMessage)
	}
	return rest[:n:n], nil
}
