// fmt-verbs: Stringer values nested in maps, arrays, struct fields, and pointer-to-struct fields
package main

import "fmt"

type Suit int

const (
	Clubs Suit = iota
	Hearts
)

func (s Suit) String() string { return [...]string{"♣", "♥"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string { return fmt.Sprintf("%d%v", c.Rank, c.Suit) }

type Hand struct {
	Owner string
	Cards []Card
	Best  *Card
}

func main() {
	h := Hand{"ann", []Card{{10, Hearts}, {2, Clubs}}, &Card{1, Hearts}}
	fmt.Println("hand:", h)
	fmt.Printf("hand %%+v: %+v\n", h)
	fmt.Println("map keys are Stringers:", map[Suit]int{Hearts: 2, Clubs: 1})
	fmt.Println("array:", [2]Suit{Hearts, Clubs})
	fmt.Println("pointer to card:", &Card{7, Clubs})
	fmt.Println("slice of pointers to cards:", []*Card{{3, Hearts}}[0])
	fmt.Println("card in any slice:", []any{Card{5, Clubs}, Suit(1), 3})
	fmt.Printf("%%d of Stringer card: %d\n", Card{9, Hearts})
	fmt.Printf("%%s of suits: %s\n", []Suit{Clubs, Hearts})
}
