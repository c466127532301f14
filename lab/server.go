package lab

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"time"
)

// Server is the lab's front door: an HTTP server on 127.0.0.1 that hands
// every request, whatever its path, to the lab.
type Server struct {
	lab *Lab
	ln  net.Listener
	srv *http.Server
	err chan error
}

// Listen opens the front door on 127.0.0.1:port (0: a free port) and
// serves until Close. Only the loopback interface is ever listened on.
func Listen(l *Lab, port int) (*Server, error) {
	if port < 0 || port > 65535 {
		return nil, fmt.Errorf("lab: port %d is not a port", port)
	}
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return nil, fmt.Errorf("lab: cannot listen on 127.0.0.1:%d: %w", port, err)
	}
	s := &Server{lab: l, ln: ln, err: make(chan error, 1)}
	s.srv = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second, MaxHeaderBytes: 64 << 10}
	go func() { s.err <- s.srv.Serve(ln) }()
	return s, nil
}

// URL is the front door's address, http://127.0.0.1:PORT.
func (s *Server) URL() string { return "http://" + s.ln.Addr().String() }

// Addr is the address listened on.
func (s *Server) Addr() *net.TCPAddr { return s.ln.Addr().(*net.TCPAddr) }

// Close stops listening and waits (briefly) for the requests under way.
func (s *Server) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	err := s.srv.Shutdown(ctx)
	if errors.Is(err, context.DeadlineExceeded) {
		err = s.srv.Close()
	}
	if serr := <-s.err; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

// ServeHTTP routes one request to the lab.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	cfg := s.lab.Config()
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, cfg.MaxBody))
	var resp *Response
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		rec := Record{ID: requestID(), Method: r.Method, URL: r.RequestURI, Start: time.Now(), MemoryMB: cfg.MemoryMB}
		resp = s.lab.fail(rec, http.StatusRequestEntityTooLarge,
			fmt.Sprintf("the request body is larger than %s, the lab's limit", sizeText(cfg.MaxBody)))
	case err != nil:
		return // the client went away
	default:
		resp = s.lab.Invoke(&Request{Method: r.Method, URL: r.RequestURI, Proto: r.Proto, Host: r.Host,
			RemoteAddr: r.RemoteAddr, Header: r.Header, Body: body})
	}
	h := w.Header()
	for k, vs := range resp.Header {
		h[k] = vs
	}
	rec := resp.Record
	instance := "none"
	if rec.Instance > 0 {
		instance = strconv.Itoa(rec.Instance)
	}
	init := time.Duration(0)
	if rec.Cold {
		init = rec.Init
	}
	h.Set("X-Lectern-Request-Id", rec.ID)
	h.Set("X-Lectern-Instance", instance)
	h.Set("X-Lectern-Version", strconv.Itoa(rec.Version))
	h.Set("X-Lectern-Cold-Start", strconv.FormatBool(rec.Cold))
	h.Set("X-Lectern-Init-Ms", ms(init))
	h.Set("X-Lectern-Duration-Ms", ms(rec.Duration))
	w.WriteHeader(resp.Status)
	_, _ = w.Write(resp.Body)
}
