package fullbill

// Arch is the instruction set a function runs on.
type Arch string

// The two architectures Lambda offers.
const (
	X86   Arch = "x86_64"
	ARM64 Arch = "arm64"
)

// Function is one function's month in an account.
type Function struct {
	Name          string
	Invocations   int     // requests this month
	AvgDurationMs float64 // average billed duration of one request
	MemoryMB      int     // configured memory; 0 means the default, 128
	Arch          Arch    // "" means X86
}

// Bill is an account's monthly Lambda bill, in dollars. Each line is
// rounded to the cent; the total is the sum of the two lines.
type Bill struct {
	RequestsUSD float64
	ComputeUSD  float64
	TotalUSD    float64
}
