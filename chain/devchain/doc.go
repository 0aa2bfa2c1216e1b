// Package devchain runs the embedded go-ethereum development chain behind
// `ergon up` and `ergon chain`, and pins the chain rules every Ergon test and
// gas figure is measured against.
//
// The choices, and why:
//
//   - Pinned Osaka rules. geth's own dev configuration
//     (params.AllDevChainProtocolChanges, used by `geth --dev` and the simulated
//     backend) also activates the unreleased Bogota fork, whose state-creation
//     gas is several times mainnet's. ChainConfig is a copy with every fork after
//     Osaka disabled, so gas numbers measured here are the numbers mainnet would
//     charge. NewSimulatedBackend applies the same config to contract unit tests.
//   - Instant blocks. A simulated beacon with period 0 seals a block as soon as a
//     transaction enters the pool, so a receipt is available milliseconds after
//     sending. A fresh chain starts at block 1, not 0: Start seals one empty
//     block so geth's transaction indexer is past genesis before clients come
//     (at genesis geth answers receipt polls with an error rather than null).
//   - Crash safety: hash state scheme, archive mode, LevelDB. With geth's
//     default path scheme an unclean exit (kill -9) rewinds the chain to the
//     last clean shutdown; the hash scheme without pruning commits every block's
//     state. With geth's default Pebble engine the last blocks still vanish on
//     kill -9 (its asynchronous writes wait in an in-process WAL buffer);
//     LevelDB hands each write to the OS at once. Together: a killed process
//     loses no block it reported. Clean shutdown on signals is still done.
//   - A fixed genesis. The genesis (config, prefunded deterministic dev accounts,
//     the system contracts Osaka calls into, gas limit, timestamp, extra data) is
//     rebuilt identically on every start, so a restart reopens the same chain;
//     starting with different account or balance settings on an existing data
//     directory is refused with ErrGenesisMismatch rather than silently ignored.
//   - Small caches. geth's defaults size caches for mainnet (GiBs); a dev chain
//     needs a few tens of MB.
//
// The dev accounts' private keys are derived from public strings (see
// DevAccounts): they are for local development only.
package devchain
