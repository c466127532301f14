package adder

import "testing"

func TestAddExamples(t *testing.T) {
	for _, tt := range []struct {
		name    string
		a, b, w int
	}{{"one and two", 1, 2, 3}, {"zeros", 0, 0, 0}} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Add(tt.a, tt.b); got != tt.w {
				t.Errorf("Add(%d, %d) = %d, want %d", tt.a, tt.b, got, tt.w)
			}
		})
	}
}
