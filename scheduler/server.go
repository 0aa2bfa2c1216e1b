package scheduler

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"ergon/api"
)

// maxBody bounds request bodies: the largest is a contribution with its callback data.
const maxBody = 1 << 20

// maxWait bounds a long-poll.
const maxWait = 30 * time.Second

type handler func(w http.ResponseWriter, r *http.Request) error

// Handler returns the worker API (PROTOCOL.md §10, api/doc.go).
func (s *Scheduler) Handler() http.Handler {
	mux := http.NewServeMux()
	route := func(pattern string, h handler) { mux.Handle(pattern, s.wrap(h)) }
	route("POST /v1/login/challenge", s.handleChallenge)
	route("POST /v1/login", s.handleLogin)
	route("POST /v1/heartbeat", s.authed(s.handleHeartbeat))
	route("POST /v1/work", s.authed(s.handleWork))
	route("POST /v1/tasks/{id}/status", s.authed(s.handleStatus))
	route("POST /v1/tasks/{id}/contribution", s.authed(s.handleContribution))
	route("POST /v1/tasks/{id}/reveal", s.authed(s.handleReveal))
	route("GET /v1/tasks/{id}", s.handleTask)
	route("GET /v1/orders", s.handleOrders)
	route("GET /v1/health", s.handleHealth)
	mux.Handle("/", s.wrap(func(w http.ResponseWriter, r *http.Request) error {
		return fmt.Errorf("%w: no route %s %s", ErrNotFound, r.Method, r.URL.Path)
	}))
	return mux
}

type ctxKey struct{}

func (s *Scheduler) wrap(h handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		err := error(ErrUnavailable)
		select {
		case <-s.ready:
			err = h(w, r)
		default:
			if r.URL.Path == "/v1/health" {
				err = h(w, r)
			}
		}
		if err != nil {
			status, code := api.StatusOf(err)
			msg := err.Error()
			if status >= 500 && status != http.StatusServiceUnavailable {
				s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
				msg = "internal error: see the scheduler's log"
			}
			writeJSON(w, status, api.ErrorBody{Error: api.ErrorDetail{Code: code, Message: msg}})
		}
	})
}

// authed resolves the bearer token to a worker.
func (s *Scheduler) authed(h handler) handler {
	return func(w http.ResponseWriter, r *http.Request) error {
		tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok {
			return fmt.Errorf("%w: no bearer token", ErrUnauthorized)
		}
		worker, err := s.Authenticate(strings.TrimSpace(tok))
		if err != nil {
			return err
		}
		return h(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, worker)))
	}
}

func workerOf(r *http.Request) common.Address { return r.Context().Value(ctxKey{}).(common.Address) }

func decode(r *http.Request, v any) error {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return fmt.Errorf("%w: body larger than %d bytes", ErrBadRequest, maxBody)
		}
		return fmt.Errorf("%w: %v", ErrBadRequest, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%w: trailing data after the JSON body", ErrBadRequest)
	}
	return nil
}

func taskID(r *http.Request) (common.Hash, error) {
	s := r.PathValue("id")
	if len(s) != 66 || !strings.HasPrefix(s, "0x") {
		return common.Hash{}, fmt.Errorf("%w: task id %q: want 0x and 64 hex digits", ErrBadRequest, s)
	}
	var h common.Hash
	if err := h.UnmarshalText([]byte(s)); err != nil {
		return common.Hash{}, fmt.Errorf("%w: task id %q: %v", ErrBadRequest, s, err)
	}
	return h, nil
}

func writeJSON(w http.ResponseWriter, status int, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)+1))
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
	return nil
}

func (s *Scheduler) handleChallenge(w http.ResponseWriter, r *http.Request) error {
	var req api.ChallengeRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	if req.Worker == (common.Address{}) {
		return fmt.Errorf("%w: no worker address", ErrBadRequest)
	}
	return writeJSON(w, http.StatusOK, s.Challenge(req.Worker))
}

func (s *Scheduler) handleLogin(w http.ResponseWriter, r *http.Request) error {
	var req api.Login
	if err := decode(r, &req); err != nil {
		return err
	}
	sess, err := s.Login(r.Context(), req)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, sess)
}

func (s *Scheduler) handleHeartbeat(w http.ResponseWriter, r *http.Request) error {
	var req api.Heartbeat
	if err := decode(r, &req); err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, s.Heartbeat(workerOf(r), req))
}

func (s *Scheduler) handleWork(w http.ResponseWriter, r *http.Request) error {
	var req api.WorkRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	wait := min(max(time.Duration(req.WaitMS)*time.Millisecond, 0), maxWait)
	work, err := s.Work(r.Context(), workerOf(r), req, wait)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, work)
}

func (s *Scheduler) handleStatus(w http.ResponseWriter, r *http.Request) error {
	id, err := taskID(r)
	if err != nil {
		return err
	}
	var req api.StatusReport
	if err := decode(r, &req); err != nil {
		return err
	}
	if err := s.Status(r.Context(), workerOf(r), id, req); err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, struct{}{})
}

func (s *Scheduler) handleContribution(w http.ResponseWriter, r *http.Request) error {
	id, err := taskID(r)
	if err != nil {
		return err
	}
	var req api.Contribution
	if err := decode(r, &req); err != nil {
		return err
	}
	if err := s.Contribute(r.Context(), workerOf(r), id, req); err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, struct{}{})
}

func (s *Scheduler) handleReveal(w http.ResponseWriter, r *http.Request) error {
	id, err := taskID(r)
	if err != nil {
		return err
	}
	var req api.Reveal
	if err := decode(r, &req); err != nil {
		return err
	}
	if err := s.Reveal(r.Context(), workerOf(r), id, req); err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, struct{}{})
}

func (s *Scheduler) handleTask(w http.ResponseWriter, r *http.Request) error {
	id, err := taskID(r)
	if err != nil {
		return err
	}
	info, err := s.TaskInfo(id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, info)
}

func (s *Scheduler) handleOrders(w http.ResponseWriter, r *http.Request) error {
	return writeJSON(w, http.StatusOK, s.Orders())
}

func (s *Scheduler) handleHealth(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	h := api.Health{Workerpool: s.cfg.Workerpool, Block: s.cursor}
	now := s.now()
	for _, wk := range s.workers {
		if !wk.lost && now.Sub(wk.lastSeen) < s.cfg.Lease {
			h.Workers++
		}
	}
	s.mu.Unlock()
	return writeJSON(w, http.StatusOK, h)
}
