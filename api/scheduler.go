package api

import (
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"ergon/chain/bindings"
)

// ChallengeRequest asks for a login challenge.
type ChallengeRequest struct {
	Worker common.Address `json:"worker"`
}

// Challenge is what a worker signs to log in (LoginMessage), valid until Expires (unix s).
type Challenge struct {
	Challenge hexutil.Bytes `json:"challenge"`
	Expires   int64         `json:"expires"`
}

// Login proves a worker holds its key: an EIP-191 signature of LoginMessage.
type Login struct {
	Worker    common.Address `json:"worker"`
	Challenge hexutil.Bytes  `json:"challenge"`
	Signature hexutil.Bytes  `json:"signature"`
	// Slots is how many tasks the worker runs at once.
	Slots int `json:"slots"`
}

// LoginMessage is the text a worker signs (EIP-191 personal_sign) to log in to the scheduler
// of workerpool: binding the pool keeps a signature from being replayed to another pool.
func LoginMessage(workerpool common.Address, challenge []byte) []byte {
	return []byte("Ergon worker login\nworkerpool: " + workerpool.Hex() + "\nchallenge: " + hexutil.Encode(challenge))
}

// LoginHash is the EIP-191 hash of LoginMessage, what the signature recovers from.
func LoginHash(workerpool common.Address, challenge []byte) common.Hash {
	return common.BytesToHash(accounts.TextHash(LoginMessage(workerpool, challenge)))
}

// Session is a logged-in worker's bearer token and what it needs to know of the pool.
type Session struct {
	Token      string         `json:"token"`
	Workerpool common.Address `json:"workerpool"`
	Scheduler  common.Address `json:"scheduler"`
	Hub        common.Address `json:"hub"`
	ChainID    uint64         `json:"chain_id"`
	// StoreURL is where results are uploaded and apps downloaded from.
	StoreURL string `json:"store_url"`
	// HeartbeatMS is how often the worker must heartbeat; after LeaseMS without one it is
	// lost and its pending replicas go to others.
	HeartbeatMS int64 `json:"heartbeat_ms"`
	LeaseMS     int64 `json:"lease_ms"`
}

// Heartbeat says the worker is alive and which tasks it is running.
type Heartbeat struct {
	Running []common.Hash `json:"running,omitempty"`
	Slots   int           `json:"slots"`
}

// HeartbeatReply acknowledges a heartbeat.
type HeartbeatReply struct {
	// Cancel lists tasks the worker should stop: its replica was given to another worker or
	// the task ended.
	Cancel []common.Hash `json:"cancel,omitempty"`
}

// WorkRequest asks for up to Free new tasks, waiting up to WaitMS for some to come.
type WorkRequest struct {
	Free   int   `json:"free"`
	WaitMS int64 `json:"wait_ms"`
}

// Work is the scheduler's answer to a WorkRequest: new tasks to run and winners to reveal.
type Work struct {
	Assignments []Assignment `json:"assignments,omitempty"`
	// Reveals lists tasks where the worker's contribution won consensus: reveal them.
	Reveals []common.Hash `json:"reveals,omitempty"`
	// Done lists tasks of this worker that ended (finalized, failed, or its replica was
	// rejected or lost): the worker may drop what it keeps for them.
	Done []common.Hash `json:"done,omitempty"`
}

// Assignment is one replica of one task given to a worker.
type Assignment struct {
	TaskID  common.Hash    `json:"task_id"`
	DealID  common.Hash    `json:"deal_id"`
	Index   uint64         `json:"index"`
	BotSize uint64         `json:"bot_size"`
	App     common.Address `json:"app"`
	// Params is the request's params (see ParseParams).
	Params string `json:"params"`
	Trust  uint64 `json:"trust"`
	// OneStep: trust ≤ 1, the contribution carries the digest and results and finalizes the
	// task in one step (contributeAndFinalize); no reveal follows.
	OneStep  bool           `json:"one_step"`
	Callback common.Address `json:"callback"`
	// WorkerStake is what contributing locks from the worker's hub account.
	WorkerStake *hexutil.Big `json:"worker_stake"`
	// ContributionDeadline is the unix time after which a contribution is refused.
	ContributionDeadline uint64 `json:"contribution_deadline"`
	// TimeoutMS bounds the app's run time (the category's reference time).
	TimeoutMS int64 `json:"timeout_ms"`
	// Authorization is the scheduler's EIP-712 signature of Authorization(worker, taskid, 0),
	// for a worker that sends its own contribute transaction.
	Authorization hexutil.Bytes `json:"authorization"`
}

// StatusReport tells the scheduler how a task is going on the worker.
type StatusReport struct {
	// State is one of "downloading", "running", "uploading", "failed".
	State   string `json:"state"`
	Message string `json:"message,omitempty"`
}

// Contribution is a worker's signed commitment to a result: Sign is its EIP-712 signature
// of Contribution(taskid, resultHash, resultSeal, 0). For a OneStep assignment it also
// carries the digest, the results pointer and the callback data.
type Contribution struct {
	ResultHash common.Hash   `json:"result_hash"`
	ResultSeal common.Hash   `json:"result_seal"`
	Sign       hexutil.Bytes `json:"sign"`

	Digest       *common.Hash  `json:"digest,omitempty"`
	Results      string        `json:"results,omitempty"`
	CallbackData hexutil.Bytes `json:"callback_data,omitempty"`
}

// Reveal is a winner's signed reveal (EIP-712 Reveal(taskid, digest)) with the pointer to
// the uploaded result and the callback data.
type Reveal struct {
	Digest       common.Hash   `json:"digest"`
	Sign         hexutil.Bytes `json:"sign"`
	Results      string        `json:"results"`
	CallbackData hexutil.Bytes `json:"callback_data,omitempty"`
}

// TaskInfo is the scheduler's view of one task.
type TaskInfo struct {
	TaskID common.Hash `json:"task_id"`
	DealID common.Hash `json:"deal_id"`
	Index  uint64      `json:"index"`
	// Status is "pending", "running", "revealing", "completed", "failed".
	Status   string        `json:"status"`
	Replicas []ReplicaInfo `json:"replicas,omitempty"`
	Results  string        `json:"results,omitempty"`
}

// ReplicaInfo is one worker's part in a task.
type ReplicaInfo struct {
	Worker common.Address `json:"worker"`
	// Status is "assigned", "committed" (signed, not yet on-chain), "contributed",
	// "revealed", "finalized", "rejected", "lost", "late".
	Status string `json:"status"`
}

// SignedWorkerpoolOrder is a published workerpool order with its EIP-712 hash.
type SignedWorkerpoolOrder struct {
	Hash  common.Hash              `json:"hash"`
	Order bindings.WorkerpoolOrder `json:"order"`
}

// Health is the scheduler's liveness answer.
type Health struct {
	Workerpool common.Address `json:"workerpool"`
	Workers    int            `json:"workers"`
	Block      uint64         `json:"block"`
}
