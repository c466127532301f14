// functions: recursion: factorial, permutations, tree depth, towers of hanoi move count, mutual recursion
package main

import "fmt"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func perms(s []rune) []string {
	if len(s) <= 1 {
		return []string{string(s)}
	}
	var out []string
	for i := range s {
		rest := append(append([]rune{}, s[:i]...), s[i+1:]...)
		for _, p := range perms(rest) {
			out = append(out, string(s[i])+p)
		}
	}
	return out
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func sumDigits(n int) int {
	if n < 10 {
		return n
	}
	return n%10 + sumDigits(n/10)
}

func main() {
	fmt.Println("fact 12:", fact(12))
	fmt.Println("perms abc:", perms([]rune("abc")))
	var moves []string
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println("hanoi 3:", len(moves), moves)
	fmt.Println("ackermann(2,3):", ackermann(2, 3))
	fmt.Println("sumDigits:", sumDigits(987654321))
	depth := 0
	var dive func(int) int
	dive = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + dive(n-1)
	}
	depth = dive(500)
	fmt.Println("depth 500:", depth)
}
