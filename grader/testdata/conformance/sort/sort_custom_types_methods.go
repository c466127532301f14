// sort: a named slice type with Len/Less/Swap plus extra methods; sorting in place via a method
package main

import (
	"fmt"
	"sort"
)

type Version struct{ Major, Minor, Patch int }

type Versions []Version

func (v Versions) Len() int      { return len(v) }
func (v Versions) Swap(i, j int) { v[i], v[j] = v[j], v[i] }
func (v Versions) Less(i, j int) bool {
	a, b := v[i], v[j]
	if a.Major != b.Major {
		return a.Major < b.Major
	}
	if a.Minor != b.Minor {
		return a.Minor < b.Minor
	}
	return a.Patch < b.Patch
}

func (v Versions) Latest() Version {
	c := append(Versions(nil), v...)
	sort.Sort(c)
	return c[len(c)-1]
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

func main() {
	vs := Versions{{1, 10, 0}, {1, 2, 3}, {0, 9, 9}, {1, 2, 10}, {2, 0, 0}, {1, 2, 3}}
	fmt.Println("latest:", vs.Latest())
	fmt.Println("unchanged:", vs)
	sort.Sort(vs)
	fmt.Println("sorted:", vs)
	i := sort.Search(len(vs), func(i int) bool { return !vs.Less(i, 0) && vs[i].Major >= 1 })
	fmt.Println("first 1.x:", vs[i])
}
