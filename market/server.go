package market

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"ergon/api"
)

// The market's HTTP API (openapi.yaml beside this file), all JSON, under /v1/:
//
//	POST /v1/orders                  PublishRequest  → 201 OrderRecord
//	GET  /v1/orders?kind=…&…                         → OrderPage
//	GET  /v1/orders/{hash}                           → OrderRecord
//	POST /v1/orders/{hash}/unpublish Unpublish       → OrderRecord
//	POST /v1/match                   MatchRequest    → MatchResult
//	GET  /v1/categories                              → []Category
//	GET  /v1/health                                  → MarketHealth
//	GET  /v1/openapi.yaml                            → this API's description
//
// Errors are {"error":{"code","message"}} with the stable codes of api/errors.go.

type handler func(w http.ResponseWriter, r *http.Request) error

// OpenAPI is the description of the API (openapi.yaml).
//
//go:embed openapi.yaml
var OpenAPI []byte

// routes are the API's routes, method and pattern.
func (m *Market) routes() map[string]handler {
	return map[string]handler{
		"POST /v1/orders":                  m.handlePublish,
		"GET /v1/orders":                   m.handleQuery,
		"GET /v1/orders/{hash}":            m.handleGet,
		"POST /v1/orders/{hash}/unpublish": m.handleUnpublish,
		"POST /v1/match":                   m.handleMatch,
		"GET /v1/categories": func(w http.ResponseWriter, r *http.Request) error {
			return writeJSON(w, http.StatusOK, m.Categories())
		},
		"GET /v1/health": func(w http.ResponseWriter, r *http.Request) error {
			return writeJSON(w, http.StatusOK, m.Health())
		},
		"GET /v1/openapi.yaml": func(w http.ResponseWriter, r *http.Request) error {
			w.Header().Set("Content-Type", "application/yaml")
			_, err := w.Write(OpenAPI)
			return err
		},
	}
}

// Handler returns the HTTP API.
func (m *Market) Handler() http.Handler {
	mux := http.NewServeMux()
	for pattern, h := range m.routes() {
		mux.Handle(pattern, m.wrap(h))
	}
	mux.Handle("/", m.wrap(func(w http.ResponseWriter, r *http.Request) error {
		return reject(fmt.Errorf("%w", api.ErrNotFound), "no route %s %s (see the market's openapi.yaml)", r.Method, r.URL.Path)
	}))
	return mux
}

func (m *Market) wrap(h handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, m.cfg.MaxBody)
		err := h(w, r)
		if err == nil {
			return
		}
		if r.Context().Err() != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
			// The client went away: nobody reads an answer, and nothing failed here.
			m.log.Debug("request abandoned by the client", "method", r.Method, "path", r.URL.Path, "err", err)
			return
		}
		status, code := api.StatusOf(err)
		msg := err.Error()
		if status >= 500 && status != http.StatusServiceUnavailable {
			m.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
			msg = "internal error: see the market's log"
		}
		writeJSON(w, status, api.ErrorBody{Error: api.ErrorDetail{Code: code, Message: msg}})
	})
}

// body reads the request body, at most Config.MaxBody bytes.
func (m *Market) body(r *http.Request) ([]byte, error) {
	b, err := io.ReadAll(r.Body)
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return nil, reject(ErrTooLarge, "body larger than %d bytes", m.cfg.MaxBody)
	}
	if err != nil {
		return nil, reject(ErrMalformed, "read body: %v", err)
	}
	return b, nil
}

func writeJSON(w http.ResponseWriter, status int, v any) error {
	b, err := marshalJSON(v)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	w.Write(b)
	return nil
}

// marshalJSON is JSON without HTML escaping, newline-terminated: a request's params may hold
// `<`, `>` and `&`, which json.Marshal writes as six bytes each.
func marshalJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func (m *Market) handlePublish(w http.ResponseWriter, r *http.Request) error {
	b, err := m.body(r)
	if err != nil {
		return err
	}
	req, err := decodePublish(b)
	if err != nil {
		return err
	}
	rec, err := m.Publish(r.Context(), req)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, rec)
}

func (m *Market) handleGet(w http.ResponseWriter, r *http.Request) error {
	h, err := pathHash(r)
	if err != nil {
		return err
	}
	rec, err := m.Get(r.Context(), h)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, rec)
}

func (m *Market) handleUnpublish(w http.ResponseWriter, r *http.Request) error {
	h, err := pathHash(r)
	if err != nil {
		return err
	}
	b, err := m.body(r)
	if err != nil {
		return err
	}
	u, err := decodeUnpublish(b)
	if err != nil {
		return err
	}
	rec, err := m.Unpublish(r.Context(), h, u)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, rec)
}

func (m *Market) handleMatch(w http.ResponseWriter, r *http.Request) error {
	b, err := m.body(r)
	if err != nil {
		return err
	}
	req, err := decodeMatch(b)
	if err != nil {
		return err
	}
	res, err := m.Match(r.Context(), req)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, res)
}

func (m *Market) handleQuery(w http.ResponseWriter, r *http.Request) error {
	q, err := parseQuery(r)
	if err != nil {
		return err
	}
	q.MaxBytes = api.OrderPageBytes
	p, err := m.store.Query(r.Context(), q)
	if errors.Is(err, ErrBadCursor) {
		return rejectField(ErrMalformed, "after", "not a cursor of this market: pass the `next` of the previous page")
	}
	if err != nil {
		return err
	}
	out := api.OrderPage{Orders: make([]api.OrderRecord, 0, len(p.Records)), Next: p.Next}
	for _, rec := range p.Records {
		o, err := toAPI(rec)
		if err != nil {
			return err
		}
		out.Orders = append(out.Orders, *o)
	}
	return writeJSON(w, http.StatusOK, out)
}

func pathHash(r *http.Request) (common.Hash, error) {
	s := r.PathValue("hash")
	if len(s) != 66 || !strings.HasPrefix(s, "0x") {
		return common.Hash{}, rejectField(ErrMalformed, "hash", "%q: want 0x and 64 hex digits", s)
	}
	var h common.Hash
	if err := h.UnmarshalText([]byte(s)); err != nil {
		return common.Hash{}, rejectField(ErrMalformed, "hash", "%q: %v", s, err)
	}
	return h, nil
}

// parseQuery reads the parameters of GET /v1/orders strictly: each known one at most once.
func parseQuery(r *http.Request) (Query, error) {
	var q Query
	vals := r.URL.Query()
	get := func(name string) (string, bool, error) {
		v, ok := vals[name]
		delete(vals, name)
		if !ok {
			return "", false, nil
		}
		if len(v) != 1 {
			return "", false, rejectField(ErrMalformed, name, "given %d times", len(v))
		}
		return v[0], true, nil
	}
	var err error
	s, ok, err := get("kind")
	if err != nil {
		return q, err
	}
	k, known := kindOf(s)
	if !ok || !known {
		return q, rejectField(ErrMalformed, "kind", "%q: want app, dataset, workerpool or request", s)
	}
	q.Kind = k
	// Not by reputation: it changes between pages, and a keyset on it would skip or repeat
	// orders. Matchmaking ranks equal prices by reputation (one page, no cursor).
	addr := func(name string) (*common.Address, error) {
		s, ok, err := get(name)
		if err != nil || !ok {
			return nil, err
		}
		if !common.IsHexAddress(s) || !strings.HasPrefix(s, "0x") {
			return nil, rejectField(ErrMalformed, name, "%q: want 0x and 40 hex digits", s)
		}
		a := common.HexToAddress(s)
		return &a, nil
	}
	hash := func(name string) (*common.Hash, error) {
		s, ok, err := get(name)
		if err != nil || !ok {
			return nil, err
		}
		var h common.Hash
		if len(s) != 66 || h.UnmarshalText([]byte(s)) != nil {
			return nil, rejectField(ErrMalformed, name, "%q: want 0x and 64 hex digits", s)
		}
		return &h, nil
	}
	num := func(name string) (*uint64, error) {
		s, ok, err := get(name)
		if err != nil || !ok {
			return nil, err
		}
		x, perr := api.ParseUint256(s)
		if perr != nil || !x.IsUint64() {
			return nil, rejectField(ErrMalformed, name, "%q: want an integer 0…2^64-1", s)
		}
		n := x.Uint64()
		return &n, nil
	}
	if a, err := addr("asset"); err != nil {
		return q, err
	} else if a != nil {
		q.Asset = *a
	}
	if a, err := addr("owner"); err != nil {
		return q, err
	} else if a != nil {
		q.Owner = *a
	}
	if q.App, err = addr("app"); err != nil {
		return q, err
	}
	if q.Dataset, err = addr("dataset"); err != nil {
		return q, err
	}
	if q.Workerpool, err = addr("workerpool"); err != nil {
		return q, err
	}
	if q.Requester, err = addr("requester"); err != nil {
		return q, err
	}
	if q.TagIncludes, err = hash("tag"); err != nil {
		return q, err
	}
	if q.TagWithin, err = hash("tag_within"); err != nil {
		return q, err
	}
	if q.Category, err = num("category"); err != nil {
		return q, err
	}
	if q.MaxTrust, err = num("max_trust"); err != nil {
		return q, err
	}
	if n, err := num("min_trust"); err != nil {
		return q, err
	} else if n != nil {
		q.MinTrust = *n
	}
	if n, err := num("min_volume"); err != nil {
		return q, err
	} else if n != nil {
		q.MinRemaining = *n
	}
	if n, err := num("limit"); err != nil {
		return q, err
	} else if n != nil {
		if *n == 0 || *n > MaxPageSize {
			return q, rejectField(ErrMalformed, "limit", "%d: want 1…%d", *n, MaxPageSize)
		}
		q.Limit = int(*n)
	}
	if s, ok, err := get("max_price"); err != nil {
		return q, err
	} else if ok {
		x, perr := api.ParseUint256(s)
		if perr != nil {
			return q, rejectField(ErrMalformed, "max_price", "%v", perr)
		}
		q.MaxPrice = new(big.Int).Set(x)
	}
	if s, ok, err := get("unfunded"); err != nil {
		return q, err
	} else if ok {
		switch s {
		case "true":
			q.Unfunded = true
		case "false":
		default:
			return q, rejectField(ErrMalformed, "unfunded", "%q: want true or false", s)
		}
	}
	if s, ok, err := get("sort"); err != nil {
		return q, err
	} else if ok {
		switch s {
		case "price":
		case "-price":
			q.Descending = true
		default:
			return q, rejectField(ErrMalformed, "sort", "%q: want price (cheapest first) or -price", s)
		}
	}
	if s, ok, err := get("after"); err != nil {
		return q, err
	} else if ok {
		q.After = s
	}
	for name := range vals {
		return q, rejectField(ErrMalformed, name, "unknown query parameter (see openapi.yaml)")
	}
	return q, nil
}
