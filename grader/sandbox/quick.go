package sandbox

import (
	"math/rand"
	"reflect"
	"strconv"
	"testing/quick"
)

// A Generator is a type with testing/quick's Generate method, as the
// rewritten code passes it: one function per argument of the property,
// nil for an argument quick generates itself.
type generator = func(*rand.Rand, int) reflect.Value

// generateSize is the size testing/quick passes to Generate (its
// complexSize).
const generateSize = 50

// quickCheck is quick.Check for a property with arguments of interpreted
// types that have a Generate method: quick looks for the method through
// reflect, where the interpreter's types have none, so the rewritten call
// hands each one's Generate over (see the grader's rewriteQuick) and the
// arguments are made with them through Config.Values.
func quickCheck(f any, config *quick.Config, gens ...generator) error {
	config, err := withGenerators(reflect.TypeOf(f), config, gens)
	if err != nil {
		return err
	}
	return quick.Check(f, config)
}

// quickCheckEqual is quick.CheckEqual as quickCheck is quick.Check.
func quickCheckEqual(f, g any, config *quick.Config, gens ...generator) error {
	config, err := withGenerators(reflect.TypeOf(f), config, gens)
	if err != nil {
		return err
	}
	return quick.CheckEqual(f, g, config)
}

// withGenerators returns a copy of config whose Values makes the
// arguments of a function of type ft, with gens where they are given. A
// config with Values of its own is left as it is: they make the values.
func withGenerators(ft reflect.Type, config *quick.Config, gens []generator) (*quick.Config, error) {
	if config != nil && config.Values != nil {
		return config, nil
	}
	if ft == nil || ft.Kind() != reflect.Func {
		return config, nil // quick says what is wrong
	}
	c := quick.Config{}
	if config != nil {
		c = *config
	}
	probe := rand.New(rand.NewSource(1))
	for i := 0; i < ft.NumIn(); i++ {
		if i < len(gens) && gens[i] != nil {
			continue
		}
		if _, ok := quick.Value(ft.In(i), probe); !ok {
			return nil, quick.SetupError("cannot create arbitrary value of type " + ft.In(i).String() + " for argument " + strconv.Itoa(i))
		}
	}
	c.Values = func(args []reflect.Value, r *rand.Rand) {
		for i := range args {
			if i < len(gens) && gens[i] != nil {
				args[i] = gens[i](r, generateSize)
				continue
			}
			args[i], _ = quick.Value(ft.In(i), r)
		}
	}
	return &c, nil
}
