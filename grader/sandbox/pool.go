package sandbox

import (
	"context"
	"errors"
	"sync"
)

// Pool keeps one worker started and waiting for its job, so that a grade
// does not pay for process start-up; after each job the next worker is
// started in the background. One job per process: a worker never runs a
// second learner program.
type Pool struct {
	// NoRefill stops the pool from starting a new worker after each job:
	// for a one-shot command that only wants its single worker started
	// early, while it does other work.
	NoRefill bool

	exe    string
	mu     sync.Mutex
	next   *Worker
	closed bool
}

// NewPool returns a pool that starts workers from exe ("" means this
// executable). Nothing is started until Warm or Run.
func NewPool(exe string) *Pool { return &Pool{exe: exe} }

// Warm starts the waiting worker if there is none.
func (p *Pool) Warm() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed || p.next != nil {
		return nil
	}
	w, err := Start(p.exe)
	if err != nil {
		return err
	}
	p.next = w
	return nil
}

func (p *Pool) take() (*Worker, error) {
	p.mu.Lock()
	w := p.next
	p.next = nil
	closed := p.closed
	p.mu.Unlock()
	if closed {
		if w != nil {
			w.Kill()
		}
		return nil, errors.New("sandbox: pool closed")
	}
	if w != nil {
		return w, nil
	}
	return Start(p.exe)
}

// Run runs job in the waiting worker (or a fresh one) and then starts the
// next worker in the background.
func (p *Pool) Run(ctx context.Context, job Job) (*Result, error) {
	w, err := p.take()
	if err != nil {
		return nil, err
	}
	res, err := w.Run(ctx, job)
	if errors.Is(err, ErrUnavailable) {
		// The waiting worker died (killed from outside, say); try once more.
		if w, err = Start(p.exe); err == nil {
			res, err = w.Run(ctx, job)
		}
	}
	if !p.NoRefill {
		go func() { _ = p.Warm() }()
	}
	return res, err
}

// Close stops the waiting worker. Jobs already running finish normally.
func (p *Pool) Close() {
	p.mu.Lock()
	w := p.next
	p.next = nil
	p.closed = true
	p.mu.Unlock()
	if w != nil {
		w.Kill()
	}
}
