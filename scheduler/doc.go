// Package scheduler is the workerpool manager (`ergon scheduler`): it finds its pool's deals on
// the chain, turns them into tasks, hands replicas of each task to the workers that pull work
// over its HTTP API (PROTOCOL.md §10), decides how many replicas a task needs with the
// consensus arithmetic of chain/poco, relays the workers' signed contributions and reveals to
// the hub in batches (contributeAndFinalizeBatch for trust 1, contributeBatch then
// finalizeBatch carrying the reveals otherwise), reopens tasks whose winners did not reveal,
// and publishes its workerpool orders.
//
// State lives in memory and is written through to a Store (SQLite by default, or PostgreSQL) before the
// scheduler acts on it; the chain is the truth for task states, rebuilt from events after a
// restart. Every worker's signature is persisted before it is acknowledged, so a `kill -9` at
// any point loses no contribution, and the scheduler never relays a contribution the chain
// already holds.
package scheduler
