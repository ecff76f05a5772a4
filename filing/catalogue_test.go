package filing

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultCatalogue(t *testing.T) {
	c := DefaultCatalogue()
	require.Same(t, c, DefaultCatalogue(), "built once")
	assert.Equal(t, "embedded snapshot", c.Source())
	d := c.Dictionaries()
	assert.True(t, d.Partial)
	assert.Len(t, d.SubjectTypes, 5)
	assert.Equal(t, []Entry{{Code: 1, Parent: 4, Name: "营业执照（个人或企业）"}, {Code: 2, Parent: 5, Name: "居民身份证"}}, d.CertificateTypes)
	assert.Empty(t, d.ServiceTypes)
	assert.Zero(t, c.none, "the code of 以上都不涉及 is not documented")
	for _, e := range d.PreApprovalTypes {
		assert.NotEqual(t, noneOfTheAboveName, e.Name)
	}
	// The districts: 31 provinces, every city under its province and
	// every district under its city.
	assert.Len(t, c.regions[levelProvince], 31)
	assert.Greater(t, len(c.regions[levelCity]), 300)
	assert.Greater(t, len(c.regions[levelDistrict]), 2800)
	for code, e := range c.regions[levelDistrict] {
		city, ok := c.regions[levelCity][e.Parent]
		require.True(t, ok, "%d", code)
		_, ok = c.regions[levelProvince][city.Parent]
		require.True(t, ok, "%d", code)
	}
	sz, _ := c.region(levelCity, 440300)
	assert.Equal(t, "深圳市", sz.Name)
	dg, _ := c.region(levelDistrict, 441900)
	assert.Equal(t, Entry{Code: 441900, Parent: 441900, Name: "东莞市"}, dg, "a city without districts lists itself")
	assert.Equal(t, 430100, c.cityNames["长沙市"])
	assert.Zero(t, c.cityNames["市辖区"], "a name used twice tells nothing")

	// Dictionaries is a copy.
	d.SubjectTypes[0].Name = "changed"
	assert.NotEqual(t, "changed", c.Dictionaries().SubjectTypes[0].Name)
	var nilCat *Catalogue
	assert.Equal(t, c.Source(), nilCat.Source())
	assert.Equal(t, c.Dictionaries(), nilCat.Dictionaries())
}

func TestNewCatalogue(t *testing.T) {
	good := Dictionaries{
		Source:           "WeChat query_icp_*, 2026-12-01",
		SubjectTypes:     []Entry{{Code: 4, Name: "企业"}},
		CertificateTypes: []Entry{{Code: 1, Parent: 4, Name: "营业执照"}},
		PreApprovalTypes: []Entry{{Code: 3, Name: "教育"}, {Code: 99, Name: " 以上都不涉及 "}},
		ServiceTypes:     []Entry{{Code: 500, Name: "生活服务"}, {Code: 1, Parent: 500, Name: "生活缴费"}},
		Districts:        []Entry{{Code: 440305, Parent: 440300, Name: "南山区"}, {Code: 440300, Parent: 440000, Name: "深圳市"}, {Code: 440000, Name: "广东省"}},
	}
	c, err := NewCatalogue(good)
	require.NoError(t, err)
	assert.Equal(t, 99, c.none, "the entry named 以上都不涉及")
	assert.Equal(t, good.Source, c.Source())
	good.SubjectTypes[0].Name = "changed"
	assert.Equal(t, "企业", c.Dictionaries().SubjectTypes[0].Name, "NewCatalogue copies")

	bad := []struct {
		name string
		d    Dictionaries
	}{
		{"zero code", Dictionaries{SubjectTypes: []Entry{{Code: 0}}}},
		{"negative code", Dictionaries{PreApprovalTypes: []Entry{{Code: -3}}}},
		{"listed twice", Dictionaries{CertificateTypes: []Entry{{Code: 2, Parent: 5}, {Code: 2, Parent: 4}}}},
		{"service listed twice", Dictionaries{ServiceTypes: []Entry{{Code: 2}, {Code: 2}}}},
		{"district without its city", Dictionaries{Districts: []Entry{{Code: 440000}, {Code: 440305, Parent: 440300}}}},
		{"district listed twice", Dictionaries{Districts: []Entry{{Code: 440000}, {Code: 440000}}}},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			c, err := NewCatalogue(tc.d)
			assert.ErrorIs(t, err, ErrCatalogue)
			assert.Nil(t, c)
		})
	}
}

// A city that WeChat's district tree lists without districts is its own
// district, the only one a filing there can give; a city with districts
// is not.
func TestCatalogueCityWithoutDistricts(t *testing.T) {
	cat, err := NewCatalogue(Dictionaries{
		Source: "WeChat query_icp_district_code, 2026-12-01",
		Districts: []Entry{
			{Code: 440000, Name: "广东省"},
			{Code: 440300, Parent: 440000, Name: "深圳市"}, {Code: 440305, Parent: 440300, Name: "南山区"},
			{Code: 441900, Parent: 440000, Name: "东莞市"},
		},
	})
	require.NoError(t, err)
	tests := []struct {
		name       string
		city, dist string
		want       Code // "" for none
	}{
		{"a district of its city", "440300", "440305", ""},
		{"a city without districts", "441900", "441900", ""},
		{"a city with districts", "440300", "440300", codeCatalogueUnknown},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Request{ICPSubject: Subject{BaseInfo: SubjectBaseInfo{Province: "440000", City: tc.city, District: tc.dist}}}
			var got Code
			for _, p := range r.Check(CheckOptions{Catalogue: cat}) {
				if p.Field == pathDistrict || p.Field == pathCity {
					got = p.Code
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
	empty, err := NewCatalogue(Dictionaries{Districts: []Entry{{Code: 440000}, {Code: 441900, Parent: 440000}}})
	require.NoError(t, err)
	assert.Empty(t, empty.regions[levelDistrict], "a dictionary without districts stays without them")
}

// A client builds the catalogue from WeChat's answers; a code missing from
// it is then an error, and its "none of the above" is known.
func ExampleNewCatalogue() {
	cat, err := NewCatalogue(Dictionaries{
		Source:           "WeChat query_icp_nrlx_types, 2026-12-01",
		PreApprovalTypes: []Entry{{Code: 3, Name: "教育"}, {Code: 24, Name: "以上都不涉及"}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	req := Request{ICPApplets: Applets{BaseInfo: AppletBaseInfo{NrlxDetails: []NrlxDetail{{Type: 7}}}}}
	for _, p := range req.Check(CheckOptions{Catalogue: cat}) {
		if p.Field == "icp_applets.base_info.nrlx_details[0].type" {
			fmt.Println(p.Severity, p.Code)
			fmt.Println(p.English)
		}
	}
	// Output:
	// error catalogue.unknown
	// pre-approval type 7: not in WeChat's catalogue (WeChat query_icp_nrlx_types, 2026-12-01)
}
