package adder

import "testing"

func TestAdd(t *testing.T) {
	for _, tt := range []struct {
		name    string
		a, b, w int
	}{{"negatives", -1, -2, -3}, {"mixed", -5, 7, 2}, {"large", 1 << 40, 1 << 40, 1 << 41}} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Add(tt.a, tt.b); got != tt.w {
				t.Errorf("Add(%d, %d) = %d, want %d", tt.a, tt.b, got, tt.w)
			}
		})
	}
}
