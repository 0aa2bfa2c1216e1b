// Package chain is the Go side of Ergon's contracts: EIP-712 hashing and signing of orders and of
// the workers' relayed messages (byte-identical to the hub's), a client that sends transactions
// with local nonce management and waits for receipts without second-long polls, contract
// reverts decoded into typed errors a person can act on, deployment of the whole protocol, and
// event watching with a persisted cursor. The generated bindings are in chain/bindings, the
// protocol arithmetic in chain/poco, the embedded dev chain in chain/devchain.
package chain
