package lunar_test

import (
	"fmt"

	"github.com/beian-go/beian/workday/internal/lunar"
)

func ExampleFor() {
	d, ok := lunar.For(2026)
	fmt.Println(ok)
	fmt.Println("除夕", d.NewYearsEve.Month, d.NewYearsEve.Day)
	fmt.Println("春节", d.SpringFestival.Month, d.SpringFestival.Day)
	fmt.Println("清明", d.Qingming.Month, d.Qingming.Day)
	fmt.Println("端午", d.DragonBoat.Month, d.DragonBoat.Day)
	fmt.Println("中秋", d.MidAutumn.Month, d.MidAutumn.Day)

	_, ok = lunar.For(lunar.Last + 1)
	fmt.Println(ok)
	// Output:
	// true
	// 除夕 February 16
	// 春节 February 17
	// 清明 April 5
	// 端午 June 19
	// 中秋 September 25
	// false
}
