// Package store is Ergon's content-addressed blob store: the apps' WASM modules, the
// datasets and the tasks' results (the archived /out of PROTOCOL.md §10) are stored
// and fetched under the sha256 of their bytes.
//
// A blob is named by its Digest and referred to on-chain and in orders by a pointer,
// ergon://<64 lowercase hex> (Pointer, ParsePointer). Because the name is the hash, a
// reader never has to trust whoever serves the bytes: Client verifies every download
// against the digest it asked for, so a result fetched from any store is checked
// against the digest the chain recorded.
//
// The embedded default (DESIGN.md, "Embedded default") is made of two parts:
//
//   - Local keeps blobs as files under dir/sha256/ab/cdef…, written to a temp file,
//     fsynced and renamed into place, so nothing partial is ever visible under a
//     digest and a crash leaves at most a temp file that the next NewLocal removes.
//   - Server exposes a Local over HTTP under /v1/ (openapi.yaml beside this file):
//     anyone may read; uploads carry an Ethereum personal_sign signature
//     (Authorization: Ergon <address>:<expiry>:<signature>) and an injected
//     Authorizer decides whose uploads are accepted — the scheduler admits the
//     workers of a task, the CLI an asset's owner.
//
// Client is the HTTP side used by workers, the scheduler and the CLI. At scale the same
// digests and pointers name blobs held in IPFS or S3.
package store
