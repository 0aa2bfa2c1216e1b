// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

import {AppRegistry} from "../registry/AppRegistry.sol";
import {DatasetRegistry} from "../registry/DatasetRegistry.sol";
import {WorkerpoolRegistry} from "../registry/WorkerpoolRegistry.sol";
import {Deal} from "./Types.sol";

/// @title HubBase — storage, errors, events, escrow and categories shared by the hub's parts
/// @dev The escrow only moves amounts between internal accounts: tokens enter by deposit and leave
/// by withdraw. Invariant: token.balanceOf(hub) == Σ balance + Σ frozen + kitty.
abstract contract HubBase is Ownable, EIP712 {
    using SafeERC20 for IERC20;

    // ---- protocol constants (PROTOCOL.md §3, §5, §8) ----

    /// @notice Percent of the workerpool price its owner stakes per task.
    uint256 public constant WORKERPOOL_STAKE_RATIO = 30;
    /// @notice Contributions are accepted until startTime + 7 T.
    uint256 public constant CONTRIBUTION_DEADLINE_RATIO = 7;
    /// @notice A task must be finalized before startTime + 10 T, or anyone may claim it.
    uint256 public constant FINAL_DEADLINE_RATIO = 10;
    /// @notice Winners reveal within 2 T of consensus.
    uint256 public constant REVEAL_DEADLINE_RATIO = 2;
    /// @notice Percent of the kitty a successful scheduler takes (at least kittyMin).
    uint256 public constant KITTY_RATIO = 10;
    /// @notice Gas given to a deal's callback contract.
    uint256 public constant CALLBACK_GAS = 100_000;
    /// @notice At most this many contributions per task.
    uint256 public constant MAX_CONTRIBUTIONS = 32;
    /// @notice Highest trust a request may ask for.
    uint256 public constant MAX_TRUST = 1 << 32;
    /// @notice Tag bit 0: the task runs in a TEE.
    bytes32 public constant TAG_TEE = bytes32(uint256(1));

    // Order kinds, used in errors.
    uint8 internal constant KIND_APP = 0;
    uint8 internal constant KIND_DATASET = 1;
    uint8 internal constant KIND_WORKERPOOL = 2;
    uint8 internal constant KIND_REQUEST = 3;

    // Task status, the low byte of a task's storage slot.
    uint8 internal constant TASK_UNSET = 0;
    uint8 internal constant TASK_ACTIVE = 1;
    uint8 internal constant TASK_REVEALING = 2;
    uint8 internal constant TASK_COMPLETED = 3;
    uint8 internal constant TASK_FAILED = 4;

    // Contribution status.
    uint8 internal constant CONTRIBUTION_CONTRIBUTED = 1;
    uint8 internal constant CONTRIBUTION_REVEALED = 2;
    uint8 internal constant CONTRIBUTION_REJECTED = 3;

    struct Category {
        string name;
        string description;
        uint256 workClockTimeRef;
    }

    // ---- state ----

    /// @notice The ERC-20 every price and stake is paid in.
    IERC20 public immutable token;
    AppRegistry public immutable appRegistry;
    DatasetRegistry public immutable datasetRegistry;
    WorkerpoolRegistry public immutable workerpoolRegistry;
    /// @notice Least amount a successful scheduler takes from the kitty (when it holds that much).
    uint256 public immutable kittyMin;

    /// @dev One word per account: the free balance in the low 128 bits, the frozen amount in
    /// the high 128 bits, so each escrow operation is one read and one write.
    mapping(address account => uint256) internal _accounts;
    /// @notice Stakes seized from pools whose tasks failed; paid out to successful schedulers.
    uint256 public kitty;
    Category[] internal _categories;
    /// @notice Volume of each order (by EIP-712 hash) already used by deals, or its whole volume
    /// once cancelled.
    mapping(bytes32 orderHash => uint256) public consumed;
    /// @notice Who presigned an order on-chain (valid while that address owns the asset).
    mapping(bytes32 orderHash => address) public presigner;
    /// @notice keccak256(abi.encode(deal)) of every deal.
    mapping(bytes32 dealid => bytes32) public dealHash;
    /// @dev Low byte: task status; other bits: the high 248 bits of keccak256(abi.encode(state))
    /// while the task runs, of its result digest once completed.
    mapping(bytes32 taskid => uint256) internal _tasks;
    /// @notice Reputation of each worker (PROTOCOL.md §7).
    mapping(address worker => uint256) public workerScore;

    // ---- errors ----

    /// @notice `account` has `available` free but `needed` is required. Deposit the difference.
    error InsufficientBalance(address account, uint256 needed, uint256 available);
    /// @notice A deposit or withdrawal of zero.
    error ZeroAmount();
    /// @notice The category does not exist.
    error UnknownCategory(uint256 category);
    /// @notice A category needs a positive workClockTimeRef.
    error ZeroTimeRef();
    /// @notice The asset of an order (kind: 0 app, 1 dataset, 2 workerpool) is not registered.
    error UnknownAsset(uint8 kind, address asset);
    /// @notice The order's signature is not its owner's, and the owner did not presign it.
    error BadOrderSignature(uint8 kind, bytes32 orderHash, address owner);
    /// @notice Only the owner of an order's asset (or the requester) may presign or cancel it.
    error NotOrderOwner(uint8 kind, bytes32 orderHash, address owner, address caller);
    /// @notice The request's category differs from the workerpool order's.
    error CategoryMismatch(uint256 requestCategory, uint256 workerpoolCategory);
    /// @notice The request asks for more trust than the workerpool offers (or than MAX_TRUST).
    error TrustTooHigh(uint256 requestTrust, uint256 workerpoolTrust);
    /// @notice An order's price is above what the request accepts.
    error PriceTooHigh(uint8 kind, uint256 price, uint256 maxPrice);
    /// @notice The workerpool order lacks these tag bits that the app, dataset or request need.
    error TagNotSupported(bytes32 missing);
    /// @notice The TEE bit of the deal differs from the app order's.
    error TeeMismatch();
    /// @notice The request names another asset (kind) than the order offers.
    error AssetMismatch(uint8 kind, address requested, address offered);
    /// @notice An order of kind `kind` restricts the counterpart of kind `restricted` to `allowed`.
    error Restricted(uint8 kind, uint8 restricted, address allowed, address actual);
    /// @notice The order has no volume left (consumed or cancelled).
    error OrderConsumed(uint8 kind, bytes32 orderHash);
    /// @notice The deal does not exist or the deal passed does not hash to the stored one.
    error DealMismatch(bytes32 dealid);
    /// @notice The task index is outside the deal's bag of tasks.
    error TaskOutOfRange(uint256 index, uint256 botFirst, uint256 botSize);
    /// @notice The task state passed does not hash to the stored one (read it again from events).
    error StateMismatch(bytes32 taskid);
    /// @notice The task is not in a status that allows this (1 active, 2 revealing, 3 completed, 4 failed).
    error WrongStatus(bytes32 taskid, uint8 status);
    /// @notice Contributions closed at `deadline`.
    error ContributionDeadlinePassed(bytes32 taskid, uint256 deadline);
    /// @notice The worker already contributed to this task.
    error AlreadyContributed(bytes32 taskid, address worker);
    /// @notice The scheduler's authorization for this worker and task is missing or invalid.
    error BadAuthorization(bytes32 taskid, address worker);
    /// @notice A worker's relayed signature does not verify.
    error BadWorkerSignature(bytes32 taskid);
    /// @notice A TEE task needs an enclave challenge.
    error EnclaveChallengeRequired(bytes32 taskid);
    /// @notice The enclave's signature over the result does not verify.
    error BadEnclaveSignature(bytes32 taskid);
    /// @notice A contribution must commit to a non-zero resultHash.
    error ZeroResultHash(bytes32 taskid);
    /// @notice The task already has MAX_CONTRIBUTIONS contributions.
    error TooManyContributions(bytes32 taskid);
    /// @notice Reveals closed at `deadline`.
    error RevealDeadlinePassed(bytes32 taskid, uint256 deadline);
    /// @notice The reveal window is still open until `deadline`.
    error RevealDeadlineNotReached(bytes32 taskid, uint256 deadline);
    /// @notice Only a winner that has not revealed yet may reveal.
    error NotAWinner(bytes32 taskid, address worker);
    /// @notice The digest does not recompute the worker's resultHash and resultSeal.
    error BadReveal(bytes32 taskid, address worker);
    /// @notice Only the deal's scheduler may do this.
    error NotScheduler(address caller, address scheduler);
    /// @notice Some winners have not revealed and the reveal window is still open.
    error NotAllRevealed(bytes32 taskid, uint256 revealed, uint256 winners);
    /// @notice No winner revealed.
    error NoReveal(bytes32 taskid);
    /// @notice Reopen needs no reveal at all; some winner revealed.
    error HasReveals(bytes32 taskid);
    /// @notice The task's final deadline passed: it can only be claimed.
    error FinalDeadlinePassed(bytes32 taskid, uint256 deadline);
    /// @notice The task can be claimed only after its final deadline.
    error FinalDeadlineNotReached(bytes32 taskid, uint256 deadline);
    /// @notice keccak256(taskid, digest) is not the consensus.
    error DigestMismatch(bytes32 taskid);
    /// @notice keccak256(callbackData) is not the result digest.
    error CallbackDataMismatch(bytes32 taskid);
    /// @notice Not enough gas left to give the callback its allowance.
    error NotEnoughGasForCallback(bytes32 taskid);
    /// @notice contributeAndFinalize is only for deals of trust 1 or less.
    error TrustTooHighForShortcut(uint256 trust);

    // ---- events ----

    /// @notice `amount` tokens deposited by `from` to `account`.
    event Deposit(address indexed account, address indexed from, uint256 amount);
    /// @notice `amount` tokens withdrawn from `account` to `to`.
    event Withdraw(address indexed account, address indexed to, uint256 amount);
    /// @notice A category was created.
    event CategoryCreated(uint256 indexed category, string name, string description, uint256 workClockTimeRef);
    /// @notice An order was presigned on-chain by its owner.
    event OrderPresigned(bytes32 indexed orderHash, address indexed owner);
    /// @notice An order was cancelled by its owner.
    event OrderCancelled(bytes32 indexed orderHash, address indexed owner);
    /// @notice Orders matched: a deal of `deal.botSize` tasks. Consumed volumes grew by botSize.
    event DealCreated(
        bytes32 indexed dealid,
        address indexed workerpool,
        address indexed requester,
        Deal deal,
        bytes32 appOrderHash,
        bytes32 datasetOrderHash,
        bytes32 workerpoolOrderHash,
        bytes32 requestOrderHash,
        string params
    );
    /// @notice A worker committed to a result.
    event TaskContribute(bytes32 indexed taskid, address indexed worker, bytes32 resultHash, bytes32 resultSeal, uint256 weight);
    /// @notice Consensus reached on the resultHash of the contribution just made; winners reveal
    /// before `revealDeadline`.
    event TaskConsensus(bytes32 indexed taskid, uint256 revealDeadline);
    /// @notice A winner revealed (the digest is the one TaskFinalize reports).
    event TaskReveal(bytes32 indexed taskid, address indexed worker);
    /// @notice Nobody revealed in time: the winners were rejected and contributions reopen.
    event TaskReopen(bytes32 indexed taskid);
    /// @notice The task completed; `results` points to the result, `digest` is what it hashes to.
    event TaskFinalize(bytes32 indexed taskid, bytes32 digest, string results);
    /// @notice The task failed past its final deadline and was refunded.
    event TaskClaimed(bytes32 indexed taskid);
    /// @notice The deal's callback contract failed (finalization still happened).
    event CallbackFailed(bytes32 indexed taskid);

    constructor(
        IERC20 token_,
        AppRegistry apps_,
        DatasetRegistry datasets_,
        WorkerpoolRegistry workerpools_,
        uint256 kittyMin_,
        address owner_
    ) Ownable(owner_) EIP712("Ergon", "1") {
        token = token_;
        appRegistry = apps_;
        datasetRegistry = datasets_;
        workerpoolRegistry = workerpools_;
        kittyMin = kittyMin_;
    }

    // ---- escrow ----

    /// @notice Move `amount` tokens from the caller (who approved the hub) to its account.
    function deposit(uint256 amount) external {
        _deposit(msg.sender, amount);
    }

    /// @notice Move `amount` tokens from the caller to `account` (e.g. a pool funding a worker's stake).
    function depositFor(uint256 amount, address account) external {
        _deposit(account, amount);
    }

    /// @notice Move `amount` free tokens of the caller's account back to the caller.
    function withdraw(uint256 amount) external {
        _withdraw(amount, msg.sender);
    }

    /// @notice Move `amount` free tokens of the caller's account to `to`.
    function withdrawTo(uint256 amount, address to) external {
        _withdraw(amount, to);
    }

    /// @notice Free and locked amounts of `account`.
    function accountOf(address account) external view returns (uint256 balance, uint256 frozen) {
        uint256 v = _accounts[account];
        return (uint128(v), v >> 128);
    }

    function _deposit(address account, uint256 amount) private {
        if (amount == 0) revert ZeroAmount();
        token.safeTransferFrom(msg.sender, address(this), amount);
        _reward(account, amount);
        emit Deposit(account, msg.sender, amount);
    }

    function _withdraw(uint256 amount, address to) private {
        if (amount == 0) revert ZeroAmount();
        uint256 v = _accounts[msg.sender];
        if (uint128(v) < amount) revert InsufficientBalance(msg.sender, amount, uint128(v));
        _accounts[msg.sender] = v - amount;
        token.safeTransfer(to, amount);
        emit Withdraw(msg.sender, to, amount);
    }

    /// @dev free → locked
    function _lock(address account, uint256 amount) internal {
        uint256 v = _accounts[account];
        uint256 balance = uint128(v);
        if (balance < amount) revert InsufficientBalance(account, amount, balance);
        _accounts[account] = _pack(balance - amount, (v >> 128) + amount);
    }

    /// @dev locked → free
    function _unlock(address account, uint256 amount) internal {
        _settle(account, amount, 0);
    }

    /// @dev locked → gone from this account (the caller credits it elsewhere)
    function _seize(address account, uint256 amount) internal {
        uint256 v = _accounts[account];
        _accounts[account] = _pack(uint128(v), (v >> 128) - amount);
    }

    /// @dev → free
    function _reward(address account, uint256 amount) internal {
        uint256 v = _accounts[account];
        _accounts[account] = _pack(uint128(v) + amount, v >> 128);
    }

    /// @dev `unlocked` locked → free, plus `rewarded` → free, in one write
    function _settle(address account, uint256 unlocked, uint256 rewarded) internal {
        uint256 v = _accounts[account];
        _accounts[account] = _pack(uint128(v) + unlocked + rewarded, (v >> 128) - unlocked);
    }

    /// @dev Reverts when an amount passes 128 bits (more than any token supply in practice).
    function _pack(uint256 balance, uint256 frozen) private pure returns (uint256) {
        if ((balance | frozen) >> 128 != 0) revert SafeCast.SafeCastOverflowedUintDowncast(128, balance | frozen);
        return balance | (frozen << 128);
    }

    // ---- categories ----

    /// @notice Add a category whose tasks run at most `workClockTimeRef` seconds. Only the hub owner.
    function createCategory(string calldata name, string calldata description, uint256 workClockTimeRef)
        external
        onlyOwner
        returns (uint256)
    {
        return _createCategory(name, description, workClockTimeRef);
    }

    /// @notice Number of categories; ids are 0 … count-1.
    function categoryCount() external view returns (uint256) {
        return _categories.length;
    }

    /// @notice A category's fields.
    function categoryOf(uint256 category) external view returns (Category memory) {
        if (category >= _categories.length) revert UnknownCategory(category);
        return _categories[category];
    }

    function _createCategory(string memory name, string memory description, uint256 workClockTimeRef)
        internal
        returns (uint256 id)
    {
        if (workClockTimeRef == 0) revert ZeroTimeRef();
        id = _categories.length;
        _categories.push(Category(name, description, workClockTimeRef));
        emit CategoryCreated(id, name, description, workClockTimeRef);
    }

    // ---- signatures ----

    /// @notice The EIP-712 domain separator orders and relayed messages are signed under.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    /// @dev ECDSA for accounts, ERC-1271 for contracts. `sign` is 65 bytes (r, s, v) for ECDSA.
    function _signedBy(address signer, bytes32 structHash, bytes calldata sign) internal view returns (bool) {
        bytes32 digest = _hashTypedDataV4(structHash);
        if (sign.length == 65) {
            bytes32 r = bytes32(sign[0:32]);
            bytes32 s = bytes32(sign[32:64]);
            uint8 v = uint8(sign[64]);
            if (v >= 27 && _ecrecover(digest, v, r, s) == signer && signer != address(0)) return true;
        }
        return signer.code.length != 0
            && SignatureChecker.isValidERC1271SignatureNowCalldata(signer, digest, sign);
    }

    /// @dev The signer of an EIP-2098 compact signature, or zero when it is invalid.
    function _recoverCompact(bytes32 digest, bytes32 r, bytes32 vs) internal view returns (address) {
        return _ecrecover(digest, uint8(uint256(vs) >> 255) + 27, r, vs & bytes32(~uint256(0) >> 1));
    }

    /// @dev ecrecover without Solidity's wrapper; zero for an invalid or malleable signature
    /// (s in the upper half of the curve order, as OpenZeppelin's ECDSA refuses).
    function _ecrecover(bytes32 digest, uint8 v, bytes32 r, bytes32 s) internal view returns (address signer) {
        if (uint256(s) > 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0) return address(0);
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, digest)
            mstore(add(m, 0x20), v)
            mstore(add(m, 0x40), r)
            mstore(add(m, 0x60), s)
            let ok := staticcall(gas(), 1, m, 0x80, 0x00, 0x20)
            signer := mul(mload(0x00), and(ok, eq(returndatasize(), 0x20)))
        }
    }
}

