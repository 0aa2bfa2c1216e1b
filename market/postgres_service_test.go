package market_test

import (
	"testing"

	"ergon/api"
	"ergon/chain/simnet"
	"ergon/market"
	"ergon/pgtest"
)

// TestServiceOnPostgres: the service on a PostgreSQL book — publish, refuse a replay, follow
// a deal, match on-chain, restart from the cursor. (Every Store behaviour is checked against
// both databases by the store suite; this checks the service uses it the same way.)
func TestServiceOnPostgres(t *testing.T) {
	st, err := market.OpenPostgres(t.Context(), pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	e := newEnvOn(t, st, nil)
	o := e.orders(terms(3), func(o *simnet.Orders) { o.Request.Volume = big64(1) })
	e.publishAll(o)
	_, err = e.publish(o.App)
	wantCode(t, err, "already_published")

	res, err := e.c.Match(e.ctx, api.MatchRequestFor(api.RequestOrderFrom(o.Request)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.matchOnChain(res, o.Request); err != nil {
		t.Fatal(err)
	}
	e.waitStatus(hashOf(o.Request), api.StatusFilled, 0)
	e.waitStatus(hashOf(o.App), api.StatusOpen, 2)

	e.halt()
	second := e.orders(terms(3), func(o *simnet.Orders) { o.Request.Volume = big64(2) }).Request
	o.Request = second
	if _, _, err := e.n.Match(e.ctx, e.m.Requester, o); err != nil {
		t.Fatal(err)
	}
	e.start()
	e.waitStatus(hashOf(o.App), api.StatusFilled, 0)
}
