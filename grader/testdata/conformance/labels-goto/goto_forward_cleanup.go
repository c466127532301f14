// labels-goto: forward goto to a shared cleanup label, like error handling in C-style code
package main

import "fmt"

func process(steps []string, failAt int) (log []string) {
	for i, s := range steps {
		if i == failAt {
			log = append(log, "fail at "+s)
			goto cleanup
		}
		log = append(log, "did "+s)
	}
	log = append(log, "all done")
cleanup:
	log = append(log, "cleanup")
	return
}

func main() {
	steps := []string{"open", "read", "parse"}
	fmt.Println("no failure:", process(steps, -1))
	fmt.Println("fail at 1:", process(steps, 1))
	fmt.Println("fail at 0:", process(steps, 0))
}
