package document_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/beian-go/beian/document"
)

func TestErrorIsAndCode(t *testing.T) {
	sentinels := []error{document.ErrFormat, document.ErrLength, document.ErrChecksum, document.ErrComponent, document.ErrRange, document.ErrMissing}
	kinds := []document.Kind{document.KindFormat, document.KindLength, document.KindChecksum, document.KindComponent, document.KindRange, document.KindMissing}
	for i, k := range kinds {
		t.Run(k.String(), func(t *testing.T) {
			var err error = fmt.Errorf("wrapped: %w", &document.Error{Subject: "uscc", Kind: k, Reason: "x"})
			for j, s := range sentinels {
				if errors.Is(err, s) != (i == j) {
					t.Errorf("errors.Is(%s, %v) = %v", k, s, i != j)
				}
			}
			if errors.Is(err, document.ErrOldResidentID) {
				t.Error("matches ErrOldResidentID")
			}
			var de *document.Error
			if !errors.As(err, &de) || string(de.Code()) != "uscc."+k.String() {
				t.Errorf("Code() = %q", de.Code())
			}
		})
	}
	zero := &document.Error{}
	for _, s := range sentinels {
		if errors.Is(zero, s) {
			t.Errorf("zero Error matches %v", s)
		}
	}
	if document.Kind(99).String() != "" || document.KindUnknown.String() != "" {
		t.Error("unknown kinds have names")
	}
}

func TestErrorMessage(t *testing.T) {
	tests := []struct {
		name string
		err  *document.Error
		want string
	}{
		{"with value", &document.Error{Subject: "mobile", Kind: document.KindLength, Value: "138****5", Reason: "want 11 digits"}, `document: mobile "138****5": want 11 digits`},
		{"without value", &document.Error{Subject: "mobile", Kind: document.KindMissing, Reason: "empty"}, "document: mobile: empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.err.Error(); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
