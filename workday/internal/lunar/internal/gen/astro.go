package main

import "math"

// This file holds the astronomy: the instants of mean-corrected new moons
// (Meeus, Astronomical Algorithms, 2nd ed., ch. 49), the sun's apparent
// ecliptic longitude (ch. 25, with the abridged VSOP87 Earth series of
// Appendix III), nutation in longitude (ch. 22, main terms) and ΔT
// (Espenak–Meeus polynomials). Times are Julian Ephemeris Days (TT) unless a
// name says UT.

const (
	j2000       = 2451545.0 // JDE of 2000-01-01 12:00 TT
	unixEpochJD = 2440587.5 // JD of 1970-01-01 00:00 UT
	deg         = math.Pi / 180
)

// term is one periodic term A·cos(B + C·τ) of a VSOP87 series.
type term struct{ a, b, c float64 }

// earthL holds the abridged VSOP87D series L0..L5 for the Earth's
// heliocentric longitude (units of 1e-8 rad; τ in Julian millennia from
// J2000.0), as tabulated in Meeus, Appendix III.
var earthL = [][]term{
	{ // L0
		{175347046, 0, 0}, {3341656, 4.6692568, 6283.0758500}, {34894, 4.62610, 12566.15170},
		{3497, 2.7441, 5753.3849}, {3418, 2.8289, 3.5231}, {3136, 3.6277, 77713.7715},
		{2676, 4.4181, 7860.4194}, {2343, 6.1352, 3930.2097}, {1324, 0.7425, 11506.7698},
		{1273, 2.0371, 529.6910}, {1199, 1.1096, 1577.3435}, {990, 5.233, 5884.927},
		{902, 2.045, 26.298}, {857, 3.508, 398.149}, {780, 1.179, 5223.694},
		{753, 2.533, 5507.553}, {505, 4.583, 18849.228}, {492, 4.205, 775.523},
		{357, 2.920, 0.067}, {317, 5.849, 11790.629}, {284, 1.899, 796.298},
		{271, 0.315, 10977.079}, {243, 0.345, 5486.778}, {206, 4.806, 2544.314},
		{205, 1.869, 5573.143}, {202, 2.4458, 6069.777}, {156, 0.833, 213.299},
		{132, 3.411, 2942.463}, {126, 1.083, 20.775}, {115, 0.645, 0.980},
		{103, 0.636, 4694.003}, {102, 0.976, 15720.839}, {102, 4.267, 7.114},
		{99, 6.21, 2146.17}, {98, 0.68, 155.42}, {86, 5.98, 161000.69},
		{85, 1.30, 6275.96}, {85, 3.67, 71430.70}, {80, 1.81, 17260.15},
		{79, 3.04, 12036.46}, {71, 1.76, 5088.63}, {74, 3.50, 3154.69},
		{74, 4.68, 801.82}, {70, 0.83, 9437.76}, {62, 3.98, 8827.39},
		{61, 1.82, 7084.90}, {57, 2.78, 6286.60}, {56, 4.39, 14143.50},
		{56, 3.47, 6279.55}, {52, 0.19, 12139.55}, {52, 1.33, 1748.02},
		{51, 0.28, 5856.48}, {49, 0.49, 1194.45}, {41, 5.37, 8429.24},
		{41, 2.40, 19651.05}, {39, 6.17, 10447.39}, {37, 6.04, 10213.29},
		{37, 2.57, 1059.38}, {36, 1.71, 2352.87}, {36, 1.78, 6812.77},
		{33, 0.59, 17789.85}, {30, 0.44, 83996.85}, {30, 2.74, 1349.87},
		{25, 3.16, 4690.48},
	},
	{ // L1
		{628331966747, 0, 0}, {206059, 2.678235, 6283.075850}, {4303, 2.6351, 12566.1517},
		{425, 1.590, 3.523}, {119, 5.796, 26.298}, {109, 2.966, 1577.344},
		{93, 2.59, 18849.23}, {72, 1.14, 529.69}, {68, 1.87, 398.15},
		{67, 4.41, 5507.55}, {59, 2.89, 5223.69}, {56, 2.17, 155.42},
		{45, 0.40, 796.30}, {36, 0.47, 775.52}, {29, 2.65, 7.11},
		{21, 5.34, 0.98}, {19, 1.85, 5486.78}, {19, 4.97, 213.30},
		{17, 2.99, 6275.96}, {16, 0.03, 2544.31}, {16, 1.43, 2146.17},
		{15, 1.21, 10977.08}, {12, 2.83, 1748.02}, {12, 3.26, 5088.63},
		{12, 5.27, 1194.45}, {12, 2.08, 4694.00}, {11, 0.77, 553.57},
		{10, 1.30, 3286.60}, {10, 4.24, 1349.87}, {9, 2.70, 242.73},
		{9, 5.64, 951.72}, {8, 5.30, 2352.87}, {6, 2.65, 9437.76},
		{6, 4.67, 4690.48},
	},
	{ // L2
		{52919, 0, 0}, {8720, 1.0721, 6283.0758}, {309, 0.867, 12566.152},
		{27, 0.05, 3.52}, {16, 5.19, 26.30}, {16, 3.68, 155.42},
		{10, 0.76, 18849.23}, {9, 2.06, 77713.77}, {7, 0.83, 775.52},
		{5, 4.66, 1577.34}, {4, 1.03, 7.11}, {4, 3.44, 5573.14},
		{3, 5.14, 796.30}, {3, 6.05, 5507.55}, {3, 1.19, 242.73},
		{3, 6.12, 529.69}, {3, 0.31, 398.15}, {3, 2.28, 553.57},
		{2, 4.38, 5223.69}, {2, 3.75, 0.98},
	},
	{ // L3
		{289, 5.844, 6283.076}, {35, 0, 0}, {17, 5.49, 12566.15},
		{3, 5.20, 155.42}, {1, 4.72, 3.52}, {1, 5.30, 18849.23},
		{1, 5.97, 242.73},
	},
	{ // L4
		{114, 3.142, 0}, {8, 4.13, 6283.08}, {1, 3.84, 12566.15},
	},
	{ // L5
		{1, 3.14, 0},
	},
}

// earthR holds the first two abridged VSOP87D series for the Earth–Sun
// distance (1e-8 AU); the rest change the aberration by far less than 0.01″.
var earthR = [][]term{
	{ // R0
		{100013989, 0, 0}, {1670700, 3.0984635, 6283.0758500}, {13956, 3.05525, 12566.15170},
		{3084, 5.1985, 77713.7715}, {1628, 1.1739, 5753.3849}, {1576, 2.8469, 7860.4194},
		{925, 5.453, 11506.770}, {542, 4.564, 3930.210}, {472, 3.661, 5884.927},
		{346, 0.964, 5507.553}, {329, 5.900, 5223.694}, {307, 0.299, 5573.143},
		{243, 4.273, 11790.629}, {212, 5.847, 1577.344}, {186, 5.022, 10977.079},
		{175, 3.012, 18849.228}, {110, 5.055, 5486.778},
	},
	{ // R1
		{103019, 1.107490, 6283.075850}, {1721, 1.0644, 12566.1517}, {702, 3.142, 0},
	},
}

// series evaluates Σ_i τ^i · Σ_j A cos(B + C τ) over a VSOP87 series set.
func series(s [][]term, tau float64) float64 {
	sum, pow := 0.0, 1.0
	for _, ts := range s {
		part := 0.0
		for _, t := range ts {
			part += t.a * math.Cos(t.b+t.c*tau)
		}
		sum += part * pow
		pow *= tau
	}
	return sum * 1e-8
}

// normDeg reduces an angle to [0, 360).
func normDeg(x float64) float64 {
	x = math.Mod(x, 360)
	if x < 0 {
		x += 360
	}
	return x
}

// nutationLongitude is Δψ in degrees from the four largest terms (Meeus
// ch. 22, accurate to about 0.5″).
func nutationLongitude(jde float64) float64 {
	t := (jde - j2000) / 36525
	omega := (125.04452 - 1934.136261*t) * deg
	lSun := (280.4665 + 36000.7698*t) * deg
	lMoon := (218.3165 + 481267.8813*t) * deg
	arcsec := -17.20*math.Sin(omega) - 1.32*math.Sin(2*lSun) - 0.23*math.Sin(2*lMoon) + 0.21*math.Sin(2*omega)
	return arcsec / 3600
}

// sunApparentLongitude is the sun's apparent geocentric ecliptic longitude,
// in degrees in [0, 360), referred to the true equinox of date.
func sunApparentLongitude(jde float64) float64 {
	tau := (jde - j2000) / 365250
	l := series(earthL, tau) / deg // heliocentric longitude of the Earth
	r := series(earthR, tau)
	theta := l + 180 // geometric geocentric longitude of the sun
	// Conversion to the FK5 system (−0.09033″), nutation, and aberration.
	lambda := theta - 0.09033/3600 + nutationLongitude(jde) - 20.4898/3600/r
	return normDeg(lambda)
}

// solarTerm returns the JDE at which the sun's apparent longitude reaches
// lambda degrees, searching near the estimate guess (within about ±15 days).
func solarTerm(lambda, guess float64) float64 {
	jde := guess
	for i := 0; i < 50; i++ {
		diff := lambda - sunApparentLongitude(jde)
		diff = math.Mod(diff+540, 360) - 180 // into [-180, 180)
		step := diff * 365.242189 / 360
		jde += step
		if math.Abs(step) < 1e-8 {
			break
		}
	}
	return jde
}

// newMoon returns the JDE of the new moon of lunation k (k = 0 is the new
// moon of 2000-01-06), Meeus ch. 49, with periodic and planetary terms.
func newMoon(k float64) float64 {
	t := k / 1236.85
	t2, t3, t4 := t*t, t*t*t, t*t*t*t
	jde := 2451550.09766 + 29.530588861*k + 0.00015437*t2 - 0.000000150*t3 + 0.00000000073*t4
	e := 1 - 0.002516*t - 0.0000074*t2
	m := (2.5534 + 29.10535670*k - 0.0000014*t2 - 0.00000011*t3) * deg
	mp := (201.5643 + 385.81693528*k + 0.0107582*t2 + 0.00001238*t3 - 0.000000058*t4) * deg
	f := (160.7108 + 390.67050284*k - 0.0016118*t2 - 0.00000227*t3 + 0.000000011*t4) * deg
	om := (124.7746 - 1.56375588*k + 0.0020672*t2 + 0.00000215*t3) * deg
	s := math.Sin
	c := -0.40720*s(mp) +
		0.17241*e*s(m) +
		0.01608*s(2*mp) +
		0.01039*s(2*f) +
		0.00739*e*s(mp-m) -
		0.00514*e*s(mp+m) +
		0.00208*e*e*s(2*m) -
		0.00111*s(mp-2*f) -
		0.00057*s(mp+2*f) +
		0.00056*e*s(2*mp+m) -
		0.00042*s(3*mp) +
		0.00042*e*s(m+2*f) +
		0.00038*e*s(m-2*f) -
		0.00024*e*s(2*mp-m) -
		0.00017*s(om) -
		0.00007*s(mp+2*m) +
		0.00004*s(2*mp-2*f) +
		0.00004*s(3*m) +
		0.00003*s(mp+m-2*f) +
		0.00003*s(2*mp+2*f) -
		0.00003*s(mp+m+2*f) +
		0.00003*s(mp-m+2*f) -
		0.00002*s(mp-m-2*f) -
		0.00002*s(3*mp+m) +
		0.00002*s(4*mp)
	// Planetary arguments A1..A14 with their coefficients.
	planetary := [14][3]float64{
		{299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165},
		{251.83, 26.651886, 0.000164}, {349.42, 36.412478, 0.000126},
		{84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
		{207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056},
		{34.52, 27.261239, 0.000047}, {207.19, 0.121824, 0.000042},
		{291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
		{239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023},
	}
	for i, p := range planetary {
		a := p[0] + p[1]*k
		if i == 0 {
			a -= 0.009173 * t2
		}
		c += p[2] * s(a*deg)
	}
	return jde + c
}

// deltaT is TT − UT in seconds at the given JD, from the polynomial
// expressions of Espenak and Meeus (NASA Five Millennium Canon, 2006).
func deltaT(jd float64) float64 {
	y := 2000 + (jd-j2000)/365.25
	switch {
	case y < 1800:
		u := (y - 1820) / 100
		return -20 + 32*u*u
	case y < 1860:
		t := y - 1800
		return 13.72 - 0.332447*t + 0.0068612*t*t + 0.0041116*math.Pow(t, 3) - 0.00037436*math.Pow(t, 4) +
			0.0000121272*math.Pow(t, 5) - 0.0000001699*math.Pow(t, 6) + 0.000000000875*math.Pow(t, 7)
	case y < 1900:
		t := y - 1860
		return 7.62 + 0.5737*t - 0.251754*t*t + 0.01680668*math.Pow(t, 3) - 0.0004473624*math.Pow(t, 4) + math.Pow(t, 5)/233174
	case y < 1920:
		t := y - 1900
		return -2.79 + 1.494119*t - 0.0598939*t*t + 0.0061966*math.Pow(t, 3) - 0.000197*math.Pow(t, 4)
	case y < 1941:
		t := y - 1920
		return 21.20 + 0.84493*t - 0.076100*t*t + 0.0020936*math.Pow(t, 3)
	case y < 1961:
		t := y - 1950
		return 29.07 + 0.407*t - t*t/233 + math.Pow(t, 3)/2547
	case y < 1986:
		t := y - 1975
		return 45.45 + 1.067*t - t*t/260 - math.Pow(t, 3)/718
	case y < 2005:
		t := y - 2000
		return 63.86 + 0.3345*t - 0.060374*t*t + 0.0017275*math.Pow(t, 3) + 0.000651814*math.Pow(t, 4) + 0.00002373599*math.Pow(t, 5)
	case y < 2050:
		t := y - 2000
		return 62.92 + 0.32217*t + 0.005589*t*t
	case y < 2150:
		u := (y - 1820) / 100
		return -20 + 32*u*u - 0.5628*(2150-y)
	default:
		u := (y - 1820) / 100
		return -20 + 32*u*u
	}
}

// toUT converts a JDE to a JD in UT.
func toUT(jde float64) float64 { return jde - deltaT(jde)/86400 }

// cstDay returns the day number (days since 1970-01-01) of the civil date in
// China Standard Time (UTC+8) on which the UT instant jd falls.
func cstDay(jd float64) int {
	return int(math.Floor(jd - unixEpochJD + 8.0/24))
}

// minutesFromMidnight is how far, in minutes, the UT instant jd lies from the
// nearest CST midnight.
func minutesFromMidnight(jd float64) float64 {
	x := jd - unixEpochJD + 8.0/24
	frac := x - math.Floor(x)
	return math.Min(frac, 1-frac) * 1440
}
