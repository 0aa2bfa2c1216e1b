// Package api holds the wire types of Ergon's HTTP APIs and typed Go clients for them, so
// that the services (scheduler, market), their users (worker, the CLI) and tests speak one
// definition. It does no protocol work of its own.
//
// The scheduler's worker API (PROTOCOL.md §10), all JSON, under /v1/:
//
//	POST /v1/login/challenge   {worker}                    → Challenge
//	POST /v1/login             Login                       → Session
//	POST /v1/heartbeat         Heartbeat (bearer)          → HeartbeatReply
//	POST /v1/work              WorkRequest (bearer, long-poll) → Work
//	POST /v1/tasks/{id}/status StatusReport (bearer)       → {}
//	POST /v1/tasks/{id}/contribution Contribution (bearer) → {}
//	POST /v1/tasks/{id}/reveal Reveal (bearer)             → {}
//	GET  /v1/tasks/{id}                                    → TaskInfo
//	GET  /v1/orders                                        → []SignedWorkerpoolOrder
//	GET  /v1/health                                        → Health
//
// The market's API (market.go, MarketClient; described in market/openapi.yaml):
//
//	POST /v1/orders                  PublishRequest  → 201 OrderRecord
//	GET  /v1/orders?kind=…&…                         → OrderPage (OrderQuery)
//	GET  /v1/orders/{hash}                           → OrderRecord
//	POST /v1/orders/{hash}/unpublish Unpublish       → OrderRecord
//	POST /v1/match                   MatchRequest    → MatchResult
//	GET  /v1/categories                              → []Category
//	GET  /v1/health                                  → MarketHealth
//
// Errors are {"error":{"code","message"}} with a stable code (see Error).
package api
