// labels-goto: labels live in their own namespace, so a label may share a name with a variable or function
package main

import "fmt"

func count() int { return 3 }

func main() {
	count := count()
	total := 0
count:
	for i := 0; i < count; i++ {
		for j := 0; j < count; j++ {
			if j == i {
				continue count
			}
			total += 10*i + j
		}
	}
	fmt.Println("total:", total, "count var:", count)

	done := false
	n := 0
done:
	for !done {
		n++
		if n == 4 {
			done = true
			continue done
		}
		if n > 10 {
			break done
		}
	}
	fmt.Println("done label and var:", done, n)

	i := 0
i:
	if i < 3 {
		i++
		goto i
	}
	fmt.Println("label named i:", i)
}
