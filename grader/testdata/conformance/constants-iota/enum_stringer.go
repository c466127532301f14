// constants-iota: iota enums with String methods, printed with %v, %d, %s and inside collections
package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Stopped
	numStates
)

var stateNames = [...]string{"idle", "running", "stopped"}

func (s State) String() string {
	if s < 0 || s >= numStates {
		return fmt.Sprintf("State(%d)", int(s))
	}
	return stateNames[s]
}

func (s State) Next() State { return (s + 1) % numStates }

func main() {
	s := Idle
	for i := 0; i < 4; i++ {
		fmt.Printf("step %d: %v %d %s\n", i, s, s, s)
		s = s.Next()
	}
	fmt.Println("out of range:", State(7), State(-1))
	fmt.Println("slice:", []State{Stopped, Idle})
	fmt.Println("map:", map[State]int{Running: 2, Idle: 1})
	fmt.Println("count:", int(numStates))
	type pair struct{ From, To State }
	fmt.Printf("struct: %v %+v\n", pair{Idle, Running}, pair{Running, Stopped})
}
