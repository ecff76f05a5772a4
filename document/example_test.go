package document_test

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/png"

	"github.com/beian-go/beian/document"
)

// A user interface shows an error's message in the merchant's language;
// the message never repeats what was typed.
func ExampleMessage() {
	err := document.ValidateMobile("+86 138 0013 8000")
	var e *document.Error
	if errors.As(err, &e) {
		zh, en, _ := document.Message(e.Code())
		fmt.Println(e.Code())
		fmt.Println(zh)
		fmt.Println(en)
	}
	// Output:
	// mobile.country_code
	// 手机号码请填写11位手机号码，不要加+86
	// mobile number: use the 11-digit number without +86
}

func ExampleCheckImage() {
	var buf bytes.Buffer
	_ = png.Encode(&buf, image.NewGray(image.Rect(0, 0, 1280, 720)))

	// A landscape scan is accepted by default.
	info, err := document.CheckImage(buf.Bytes(), "licence.png", document.ImageLimits{})
	fmt.Println(info.Format, info.Width, info.Height, err)

	// Declared as JPEG, but the bytes are PNG.
	_, err = document.CheckImage(buf.Bytes(), "image/jpeg", document.ImageLimits{})
	var ie *document.ImageError
	fmt.Println(errors.As(err, &ie), ie.Code(), errors.Is(err, document.ErrFormat))

	// Cut short.
	_, err = document.CheckImage(buf.Bytes()[:buf.Len()-8], "", document.ImageLimits{})
	fmt.Println(errors.As(err, &ie), ie.Code())
	// Output:
	// png 1280 720 <nil>
	// true media.mismatch true
	// true media.truncated
}

func ExampleProvinceByCode() {
	p, _ := document.ProvinceByCode("510107")
	fmt.Println(p.Name, p.Short, p.Abbr, p.English)
	// Output: 四川省 四川 蜀 Sichuan
}
