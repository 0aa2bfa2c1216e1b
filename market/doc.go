// Package market is Ergon's off-chain order book: it validates signed orders of the four kinds
// against the chain, keeps them in a Store (SQLite embedded, PostgreSQL at scale), follows the
// chain so consumed, cancelled and unfunded orders disappear, serves them over HTTP under /v1/
// and answers matchmaking queries — including why a request matched nothing.
package market
