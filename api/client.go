package api

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Limits and defaults of SchedulerClient.
const (
	// DefaultRequestTimeout bounds a call when the http.Client given has no Timeout. A
	// long-poll (Work) gets its wait on top.
	DefaultRequestTimeout = 30 * time.Second
	// DefaultMaxResponseSize bounds a response body: a Work reply with many assignments
	// of MaxParamsSize params is the largest expected.
	DefaultMaxResponseSize = 8 << 20
	// maxErrorBody bounds how much of an error response is read.
	maxErrorBody = 64 << 10
	// maxChallenge bounds the challenge a worker agrees to sign.
	maxChallenge = 1024
)

// SchedulerClient is a typed client of a scheduler's worker API (see the package
// documentation). Login keeps the session's bearer token, which the calls that need one
// send; a call answered 401 returns an error wrapping ErrUnauthorized, and the caller logs
// in again. Error responses come back as *Error. It is safe for concurrent use; set its
// exported fields before the first call.
type SchedulerClient struct {
	// Workerpool, when not zero, is the pool the worker means to join: Login signs the
	// challenge for it and refuses a session of another pool. When zero, Login asks the
	// scheduler (GET /v1/health) which pool it serves and signs for that one, trusting the
	// scheduler it was pointed at.
	Workerpool common.Address
	// MaxResponseSize bounds response bodies; a longer one fails with ErrTooLarge.
	// NewSchedulerClient sets DefaultMaxResponseSize.
	MaxResponseSize int64

	endpoint

	mu      sync.Mutex
	session *Session
}

// NewSchedulerClient returns a client of the scheduler at baseURL (http or https,
// optionally with a path prefix). httpClient nil means http.DefaultClient. Its Timeout, if
// any, bounds each call (DefaultRequestTimeout otherwise); a long-poll is given its wait
// on top, so that the timeout never cuts a Work call short. A malformed baseURL makes
// every call fail with ErrBadRequest.
func NewSchedulerClient(baseURL string, httpClient *http.Client) *SchedulerClient {
	return &SchedulerClient{MaxResponseSize: DefaultMaxResponseSize, endpoint: newEndpoint("scheduler", baseURL, httpClient)}
}

// Session returns the current session (ok false before a successful Login).
func (c *SchedulerClient) Session() (s Session, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.session == nil {
		return Session{}, false
	}
	return *c.session, true
}

// Token returns the current bearer token ("" before a successful Login).
func (c *SchedulerClient) Token() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.session == nil {
		return ""
	}
	return c.session.Token
}

// Login logs the worker holding key in: it asks for a challenge, signs LoginHash of it for
// the pool (a 65-byte [R‖S‖V] signature, V 27 or 28), sends it with the number of slots,
// and keeps the session's token for the calls that follow.
func (c *SchedulerClient) Login(ctx context.Context, key *ecdsa.PrivateKey, slots int) (*Session, error) {
	if key == nil {
		return nil, errors.New("scheduler: login: no key")
	}
	worker := crypto.PubkeyToAddress(key.PublicKey)
	pool := c.Workerpool
	if pool == (common.Address{}) {
		h, err := c.Health(ctx)
		if err != nil {
			return nil, fmt.Errorf("ask the scheduler which workerpool it serves: %w", err)
		}
		if h.Workerpool == (common.Address{}) {
			return nil, errors.New("scheduler: login: the scheduler names no workerpool")
		}
		pool = h.Workerpool
	}
	var ch Challenge
	if err := c.do(ctx, http.MethodPost, "/v1/login/challenge", false, 0, ChallengeRequest{Worker: worker}, &ch); err != nil {
		return nil, err
	}
	if len(ch.Challenge) == 0 || len(ch.Challenge) > maxChallenge {
		return nil, fmt.Errorf("scheduler: login: challenge of %d bytes, want 1…%d", len(ch.Challenge), maxChallenge)
	}
	h := LoginHash(pool, ch.Challenge)
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return nil, fmt.Errorf("scheduler: login: sign: %w", err)
	}
	sig[64] += 27
	var s Session
	if err := c.do(ctx, http.MethodPost, "/v1/login", false, 0, Login{Worker: worker, Challenge: ch.Challenge, Signature: sig, Slots: slots}, &s); err != nil {
		return nil, err
	}
	if s.Token == "" {
		return nil, errors.New("scheduler: login: the session has no token")
	}
	if s.Workerpool != pool {
		return nil, fmt.Errorf("scheduler: login: signed in to workerpool %s but the session is for %s", pool.Hex(), s.Workerpool.Hex())
	}
	c.mu.Lock()
	c.session = &s
	c.mu.Unlock()
	return &s, nil
}

// Heartbeat tells the scheduler the worker is alive and which tasks it runs.
func (c *SchedulerClient) Heartbeat(ctx context.Context, hb Heartbeat) (*HeartbeatReply, error) {
	var r HeartbeatReply
	if err := c.do(ctx, http.MethodPost, "/v1/heartbeat", true, 0, hb, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// Work asks for up to req.Free new tasks and the reveals owed, waiting up to req.WaitMS
// for some (long-poll): the call's timeout is the client's plus the wait.
func (c *SchedulerClient) Work(ctx context.Context, req WorkRequest) (*Work, error) {
	if req.WaitMS < 0 {
		return nil, fmt.Errorf("%w: negative wait %d ms", ErrBadRequest, req.WaitMS)
	}
	var w Work
	if err := c.do(ctx, http.MethodPost, "/v1/work", true, time.Duration(req.WaitMS)*time.Millisecond, req, &w); err != nil {
		return nil, err
	}
	return &w, nil
}

// Status reports how a task is going; "failed" gives the replica up.
func (c *SchedulerClient) Status(ctx context.Context, taskid common.Hash, r StatusReport) error {
	return c.do(ctx, http.MethodPost, taskPath(taskid, "/status"), true, 0, r, nil)
}

// Contribute sends a signed contribution to a task.
func (c *SchedulerClient) Contribute(ctx context.Context, taskid common.Hash, ct Contribution) error {
	return c.do(ctx, http.MethodPost, taskPath(taskid, "/contribution"), true, 0, ct, nil)
}

// Reveal sends a winner's signed reveal.
func (c *SchedulerClient) Reveal(ctx context.Context, taskid common.Hash, r Reveal) error {
	return c.do(ctx, http.MethodPost, taskPath(taskid, "/reveal"), true, 0, r, nil)
}

// Task returns the scheduler's view of a task.
func (c *SchedulerClient) Task(ctx context.Context, taskid common.Hash) (*TaskInfo, error) {
	var t TaskInfo
	if err := c.do(ctx, http.MethodGet, taskPath(taskid, ""), false, 0, nil, &t); err != nil {
		return nil, err
	}
	return &t, nil
}

// Orders returns the workerpool orders the scheduler publishes.
func (c *SchedulerClient) Orders(ctx context.Context) ([]SignedWorkerpoolOrder, error) {
	var o []SignedWorkerpoolOrder
	if err := c.do(ctx, http.MethodGet, "/v1/orders", false, 0, nil, &o); err != nil {
		return nil, err
	}
	return o, nil
}

// Health returns the scheduler's liveness answer.
func (c *SchedulerClient) Health(ctx context.Context) (*Health, error) {
	var h Health
	if err := c.do(ctx, http.MethodGet, "/v1/health", false, 0, nil, &h); err != nil {
		return nil, err
	}
	return &h, nil
}

func taskPath(taskid common.Hash, suffix string) string {
	return "/v1/tasks/" + taskid.Hex() + suffix
}

// do sends in as JSON (nil: no body) and decodes a 2xx answer into out (nil: discarded).
// needAuth calls send the bearer token and fail with ErrUnauthorized without one; the
// others send it when there is one. wait is added to the call's timeout.
func (c *SchedulerClient) do(ctx context.Context, method, path string, needAuth bool, wait time.Duration, in, out any) error {
	token := c.Token()
	if needAuth && token == "" && c.baseErr == nil {
		return &Error{Status: http.StatusUnauthorized, Code: "unauthorized", Message: "not logged in"}
	}
	return c.call(ctx, method, path, token, wait, c.MaxResponseSize, in, out)
}

// decodeError turns an error response into an *Error. A body that is not an Ergon API's
// error (a proxy's page) leaves the code empty.
func decodeError(resp *http.Response) error {
	e := &Error{Status: resp.StatusCode}
	b, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	var body ErrorBody
	if err := json.Unmarshal(b, &body); err == nil && body.Error.Code != "" {
		e.Code, e.Message = body.Error.Code, body.Error.Message
		return e
	}
	e.Message = http.StatusText(resp.StatusCode)
	if t := strings.TrimSpace(string(b)); t != "" && utf8.ValidString(t) {
		if len(t) > 200 {
			t = t[:200] + "…"
		}
		e.Message += ": " + t
	}
	return e
}
