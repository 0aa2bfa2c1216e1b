// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @notice The four orders of the marketplace, signed off-chain under EIP-712 (see Orders).
/// `sign` is the owner's ECDSA (or ERC-1271) signature; empty means the order was presigned on-chain.
struct AppOrder {
    address app;
    uint256 appprice;
    uint256 volume;
    bytes32 tag;
    address datasetrestrict;
    address workerpoolrestrict;
    address requesterrestrict;
    bytes32 salt;
    bytes sign;
}

struct DatasetOrder {
    address dataset;
    uint256 datasetprice;
    uint256 volume;
    bytes32 tag;
    address apprestrict;
    address workerpoolrestrict;
    address requesterrestrict;
    bytes32 salt;
    bytes sign;
}

struct WorkerpoolOrder {
    address workerpool;
    uint256 workerpoolprice;
    uint256 volume;
    bytes32 tag;
    uint256 category;
    uint256 trust;
    address apprestrict;
    address datasetrestrict;
    address requesterrestrict;
    bytes32 salt;
    bytes sign;
}

struct RequestOrder {
    address app;
    uint256 appmaxprice;
    address dataset;
    uint256 datasetmaxprice;
    address workerpool;
    uint256 workerpoolmaxprice;
    address requester;
    uint256 volume;
    bytes32 tag;
    uint256 category;
    uint256 trust;
    address beneficiary;
    address callback;
    string params;
    bytes32 salt;
    bytes sign;
}

/// @notice Everything the task life cycle needs about a deal, fixed when the orders matched.
/// Only keccak256(abi.encode(deal)) is stored; callers pass the deal back (it is in the
/// DealCreated event) and the hub checks it against the stored hash.
struct Deal {
    address app;
    address appOwner;
    uint256 appPrice;
    address dataset;
    address datasetOwner;
    uint256 datasetPrice;
    address workerpool;
    address workerpoolOwner;
    uint256 workerpoolPrice;
    /// key that authorizes workers, relays batches and finalizes
    address scheduler;
    address requester;
    /// account that pays (the requester, or whoever sponsored the match)
    address sponsor;
    address beneficiary;
    address callback;
    bytes32 tag;
    uint256 category;
    uint256 trust;
    /// block timestamp of the match; deadlines count from here
    uint256 startTime;
    /// the category's workClockTimeRef T, in seconds
    uint256 timeRef;
    /// tasks of this deal have indices [botFirst, botFirst + botSize)
    uint256 botFirst;
    uint256 botSize;
    /// locked from each contributor, per contribution
    uint256 workerStake;
    /// percent of the reward pot kept by the scheduler
    uint256 schedulerRewardRatio;
}

/// @notice One worker's commitment to a task. Status: CONTRIBUTED, REVEALED or REJECTED.
struct Contribution {
    address worker;
    /// credibility weight of the worker when it contributed: max(floor(score/3), 3) - 1
    uint256 weight;
    /// keccak256(taskid, digest)
    bytes32 resultHash;
    /// keccak256(worker, taskid, digest)
    bytes32 resultSeal;
    uint8 status;
}

/// @notice The state of a task between its first contribution and its end. The hub stores only
/// its status and a 248-bit hash of it; callers pass the state back (it follows from the task's
/// events) and the hub checks it against the stored hash. A task that was never contributed to
/// has the empty state (all zero, no contributions).
struct TaskState {
    /// the resultHash consensus was reached on (zero while collecting contributions)
    bytes32 consensus;
    /// end of the reveal window (zero while collecting contributions)
    uint256 revealDeadline;
    /// sum over the distinct result hashes of their group weights
    uint256 total;
    Contribution[] contributions;
}

/// @notice An ECDSA signature in the compact form of EIP-2098: vs = s | (v - 27) << 255. Relayed
/// messages use it: static, it costs less calldata and less decoding than `bytes`.
struct Signature {
    bytes32 r;
    bytes32 vs;
}

/// @notice A worker's contribution relayed by the scheduler, with the worker's EIP-712 signature
/// over Contribution(taskid, resultHash, resultSeal, enclaveChallenge).
struct SignedContribution {
    bytes32 resultHash;
    bytes32 resultSeal;
    Signature workerSign;
}

/// @notice A TEE enclave's challenge address and its signature over the contribution.
struct Enclave {
    address challenge;
    Signature sign;
}

/// @notice Contributions to one task of a deal in a contributeBatch. `enclaves` is empty, or
/// (TEE tasks) holds the enclave of each contribution, in the same order.
struct ContributeItem {
    uint256 index;
    TaskState state;
    SignedContribution[] contributions;
    Enclave[] enclaves;
}

/// @notice Reveals of one task in a revealBatch: the winners' EIP-712 signatures over
/// Reveal(taskid, digest). In `state`, a contribution whose resultHash is zero stands for the
/// one `digest` gives its worker (resultHash = keccak256(taskid, digest), resultSeal =
/// keccak256(worker, taskid, digest)), and a zero consensus stands for keccak256(taskid,
/// digest): winners need not be sent in full.
struct RevealItem {
    bytes32 taskid;
    TaskState state;
    bytes32 digest;
    Signature[] workerSigns;
}

/// @notice Finalization of one task of a deal in a finalizeBatch. `revealSigns` are reveals that
/// arrive with the finalization (Reveal(taskid, digest) signatures, applied first); it may be
/// empty. `state` may leave winners' resultHash and resultSeal zero, as in RevealItem.
struct FinalizeItem {
    uint256 index;
    TaskState state;
    bytes32 digest;
    string results;
    bytes callbackData;
    Signature[] revealSigns;
}

/// @notice A trust-1 task done in one step by one worker, relayed by the scheduler: the worker's
/// signature is over Contribution(taskid, keccak256(taskid, digest), keccak256(worker, taskid,
/// digest), enclaveChallenge).
struct ContributeAndFinalizeItem {
    uint256 index;
    address worker;
    bytes32 digest;
    string results;
    bytes callbackData;
    address enclaveChallenge;
    Signature enclaveSign;
    Signature workerSign;
}

/// @notice One task of a deal to claim in a claimBatch.
struct ClaimItem {
    uint256 index;
    TaskState state;
}
