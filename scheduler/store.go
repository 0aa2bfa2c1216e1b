package scheduler

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain/bindings"
)

// Store persists what the scheduler must not forget across a crash: the deals it found, their
// tasks, every replica it handed out and every signature a worker sent it. The scheduler keeps
// its working set in memory and writes through to the Store before it acts on a change (before
// answering a worker, before sending a transaction that depends on it), so a restart from the
// Store plus the chain loses nothing. SQLiteStore is the embedded implementation,
// PostgresStore the one for deployments that want a database server; both pass one test suite.
type Store interface {
	// Apply writes a batch of upserts (by primary key: deal id, task id, task id + worker)
	// and, when Cursor is set, the watcher's cursor, in one transaction.
	Apply(ctx context.Context, b *Batch) error
	// Load returns every deal that is not Done with all of its tasks and replicas, and the
	// cursor (ok false when none was saved).
	Load(ctx context.Context) (*Snapshot, error)
	// Close releases the database.
	Close() error
}

// Batch is a set of writes applied atomically.
type Batch struct {
	Deals    []DealRecord
	Tasks    []TaskRecord
	Replicas []ReplicaRecord
	// Cursor, when not nil, is the last block whose deals are all in the store.
	Cursor *uint64
}

// Empty reports whether b writes nothing.
func (b *Batch) Empty() bool {
	return b == nil || len(b.Deals) == 0 && len(b.Tasks) == 0 && len(b.Replicas) == 0 && b.Cursor == nil
}

// Snapshot is what Load returns.
type Snapshot struct {
	Deals     []DealRecord
	Tasks     []TaskRecord
	Replicas  []ReplicaRecord
	Cursor    uint64
	HasCursor bool
}

// DealRecord is a deal of the scheduler's pool, as DealCreated gave it.
type DealRecord struct {
	ID     common.Hash   `json:"id"`
	Deal   bindings.Deal `json:"deal"`
	Params string        `json:"params"`
	// Block is the block of the DealCreated event.
	Block uint64 `json:"block"`
	// Done: every task of the deal ended; the deal is not loaded any more.
	Done bool `json:"done"`
}

// TaskStatus is the scheduler's view of a task.
type TaskStatus uint8

const (
	// TaskPending: collecting contributions (on-chain unset or active).
	TaskPending TaskStatus = iota
	// TaskRevealing: consensus reached on-chain, waiting for reveals and finalize.
	TaskRevealing
	// TaskCompleted: finalized on-chain.
	TaskCompleted
	// TaskFailed: ended without a result (final deadline passed, claimed or claimable).
	TaskFailed
)

var taskStatusNames = [...]string{"pending", "revealing", "completed", "failed"}

func (s TaskStatus) String() string {
	if int(s) < len(taskStatusNames) {
		return taskStatusNames[s]
	}
	return "unknown"
}

// Final reports whether the task ended.
func (s TaskStatus) Final() bool { return s == TaskCompleted || s == TaskFailed }

// TaskRecord is one task of a deal.
type TaskRecord struct {
	ID     common.Hash `json:"id"`
	DealID common.Hash `json:"deal_id"`
	Index  uint64      `json:"index"`
	Status TaskStatus  `json:"status"`
	// Digest and Results are set once the task completed.
	Digest  common.Hash `json:"digest"`
	Results string      `json:"results"`
}

// ReplicaStatus is where one worker's replica of a task stands.
type ReplicaStatus uint8

const (
	// ReplicaAssigned: handed to the worker, no contribution yet.
	ReplicaAssigned ReplicaStatus = iota
	// ReplicaCommitted: the worker sent its signed contribution; not yet on-chain.
	ReplicaCommitted
	// ReplicaContributed: the contribution is on-chain.
	ReplicaContributed
	// ReplicaRevealed: the worker sent its signed reveal (it won consensus).
	ReplicaRevealed
	// ReplicaFinalized: the task completed with this replica on-chain (won or lost).
	ReplicaFinalized
	// ReplicaLost: the worker stopped heartbeating or gave up before contributing; the
	// replica went to another worker.
	ReplicaLost
	// ReplicaLate: the contribution came after consensus or after the deadline and was not
	// sent to the chain; the worker loses nothing.
	ReplicaLate
	// ReplicaRejected: the contribution is on-chain but lost (another result won, or the
	// worker did not reveal in time).
	ReplicaRejected
)

var replicaStatusNames = [...]string{"assigned", "committed", "contributed", "revealed", "finalized", "lost", "late", "rejected"}

func (s ReplicaStatus) String() string {
	if int(s) < len(replicaStatusNames) {
		return replicaStatusNames[s]
	}
	return "unknown"
}

// Open reports whether the replica still counts towards the task's consensus (it may still
// contribute or has contributed).
func (s ReplicaStatus) Open() bool { return s <= ReplicaRevealed }

// ReplicaRecord is one worker's replica of one task and the signatures it sent.
type ReplicaRecord struct {
	TaskID common.Hash    `json:"task_id"`
	Worker common.Address `json:"worker"`
	Status ReplicaStatus  `json:"status"`
	// AssignedAt is when the replica was handed out.
	AssignedAt time.Time `json:"assigned_at"`

	// The signed contribution (ReplicaCommitted on).
	ResultHash common.Hash `json:"result_hash"`
	ResultSeal common.Hash `json:"result_seal"`
	Sign       []byte      `json:"sign,omitempty"`

	// The reveal (ReplicaRevealed, or with the contribution of a one-step task).
	Digest       common.Hash `json:"digest"`
	RevealSign   []byte      `json:"reveal_sign,omitempty"`
	Results      string      `json:"results,omitempty"`
	CallbackData []byte      `json:"callback_data,omitempty"`
}
