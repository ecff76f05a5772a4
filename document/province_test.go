package document

import "testing"

func TestProvinces(t *testing.T) {
	ps := Provinces()
	if len(ps) != 34 {
		t.Fatalf("got %d provinces, want 34", len(ps))
	}
	mainland := 0
	prev := ""
	abbrs := map[string]bool{}
	for _, p := range ps {
		if p.Code <= prev {
			t.Errorf("%s after %s: not in code order", p.Code, prev)
		}
		prev = p.Code
		if p.Mainland {
			mainland++
			if p.Abbr == "" {
				t.Errorf("%s: mainland province without abbreviation", p.Name)
			}
		} else if p.Abbr != "" {
			t.Errorf("%s: non-mainland province with abbreviation %s", p.Name, p.Abbr)
		}
		for _, a := range []string{p.Abbr, p.Alt} {
			if a == "" {
				continue
			}
			if abbrs[a] {
				t.Errorf("abbreviation %s used twice", a)
			}
			abbrs[a] = true
		}
		if p.IsZero() || p.Name == "" || p.Short == "" || p.English == "" {
			t.Errorf("%+v: empty field", p)
		}
	}
	if mainland != 31 {
		t.Errorf("got %d mainland provinces, want 31", mainland)
	}
	ps[0].Name = "changed"
	if Provinces()[0].Name != "北京市" {
		t.Error("Provinces returned the package table, not a copy")
	}
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
			p, ok := ProvinceByCode(tc.code)
			if ok != tc.ok || p.Name != tc.want {
				t.Errorf("ProvinceByCode(%q) = %q, %v; want %q, %v", tc.code, p.Name, ok, tc.want, tc.ok)
			}
			if !ok && !p.IsZero() {
				t.Errorf("failed lookup returned %+v", p)
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
			p, ok := ProvinceByAbbr(tc.abbr)
			if ok != tc.ok || p.Name != tc.want {
				t.Fatalf("ProvinceByAbbr(%q) = %q, %v; want %q, %v", tc.abbr, p.Name, ok, tc.want, tc.ok)
			}
			if p.IsAlt(tc.abbr) != tc.alt {
				t.Errorf("IsAlt(%q) = %v, want %v", tc.abbr, !tc.alt, tc.alt)
			}
			if ok && !tc.alt && p.Abbr != tc.abbr {
				t.Errorf("canonical abbreviation %q, Abbr = %q", tc.abbr, p.Abbr)
			}
		})
	}
}
