package document_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/document"
)

func TestProvinces(t *testing.T) {
	ps := document.Provinces()
	require.Len(t, ps, 34)
	mainland := 0
	prev := ""
	abbrs := map[string]bool{}
	for _, p := range ps {
		assert.Greater(t, p.Code, prev, "code order")
		prev = p.Code
		if p.Mainland {
			mainland++
			assert.NotEmpty(t, p.Abbr, p.Name)
		} else {
			assert.Empty(t, p.Abbr, p.Name)
		}
		for _, a := range []string{p.Abbr, p.Alt} {
			if a == "" {
				continue
			}
			assert.False(t, abbrs[a], "abbreviation %s used twice", a)
			abbrs[a] = true
		}
		assert.False(t, p.IsZero())
		assert.NotEmpty(t, p.Name)
		assert.NotEmpty(t, p.Short)
		assert.NotEmpty(t, p.English)
		assert.Equal(t, p.Name, p.String())
	}
	assert.Equal(t, 31, mainland)
	ps[0].Name = "changed"
	assert.Equal(t, "北京市", document.Provinces()[0].Name, "Provinces returns a copy")
}

func TestProvinceByCode(t *testing.T) {
	tests := []struct {
		name, code, want string
		ok               bool
	}{
		{"two digits", "44", "广东省", true},
		{"six digits", "440305", "广东省", true},
		{"province region code", "510000", "四川省", true},
		{"hong kong", "81", "香港特别行政区", true},
		{"taiwan", "710000", "台湾省", true},
		{"unknown province", "99", "", false},
		{"gap in codes", "16", "", false},
		{"empty", "", "", false},
		{"one digit", "4", "", false},
		{"four digits", "4403", "", false},
		{"letters", "4a", "", false},
		{"six with letter", "44030x", "", false},
		{"non-ascii", "４４", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, ok := document.ProvinceByCode(tc.code)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, p.Name)
			if !ok {
				assert.True(t, p.IsZero())
			}
		})
	}
}

func TestProvinceByAbbr(t *testing.T) {
	tests := []struct {
		name, abbr, want string
		ok, alt          bool
	}{
		{"guangdong", "粤", "广东省", true, false},
		{"beijing", "京", "北京市", true, false},
		{"sichuan canonical", "蜀", "四川省", true, false},
		{"sichuan alternative", "川", "四川省", true, true},
		{"guizhou canonical", "黔", "贵州省", true, false},
		{"guizhou alternative", "贵", "贵州省", true, true},
		{"yunnan canonical", "滇", "云南省", true, false},
		{"yunnan alternative", "云", "云南省", true, true},
		{"gansu canonical", "陇", "甘肃省", true, false},
		{"gansu alternative", "甘", "甘肃省", true, true},
		{"hong kong has none", "港", "", false, false},
		{"taiwan has none", "台", "", false, false},
		{"empty", "", "", false, false},
		{"two characters", "粤粤", "", false, false},
		{"ascii", "G", "", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, ok := document.ProvinceByAbbr(tc.abbr)
			require.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, p.Name)
			if ok {
				assert.Equal(t, tc.alt, p.Abbr != tc.abbr)
				assert.Equal(t, tc.alt, p.Alt == tc.abbr)
			}
		})
	}
}
