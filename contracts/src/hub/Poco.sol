// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";

import {HubBase} from "./HubBase.sol";
import {Orders} from "./Orders.sol";
import {IErgonCallback} from "../interfaces/IErgonCallback.sol";
import {
    Deal,
    Contribution,
    TaskState,
    Signature,
    SignedContribution,
    Enclave,
    ContributeItem,
    RevealItem,
    FinalizeItem,
    ContributeAndFinalizeItem,
    ClaimItem
} from "./Types.sol";

/// @title Poco — the task life cycle: contribute, consensus, reveal, finalize, reopen, claim
/// (PROTOCOL.md §6–§9)
/// @dev A task has no initialization transaction: it comes alive at its first contribution, its
/// deadlines derived from its deal. Its state lives in calldata and its hash in one storage slot;
/// every call passes the deal and the task state back and the hub checks both hashes. Workers may
/// send their own transactions (contribute, reveal, contributeAndFinalize) or sign EIP-712
/// messages the scheduler relays in batches across tasks.
///
/// A state is worked on as a Work: the header in fields and the contributions packed as 160-byte
/// records — worker, weight, resultHash, resultSeal, status, one word each, which is exactly their
/// ABI encoding, so loading is one calldatacopy. The committed hash is
/// keccak256(abi.encode(consensus, revealDeadline, total, keccak256(records))).
abstract contract Poco is HubBase {
    struct Work {
        bytes32 consensus;
        uint256 revealDeadline;
        uint256 total;
        /// records in use
        uint256 n;
        /// room for n records and those the call may add
        bytes list;
    }

    /// @dev What a batch owes the deal's parties, paid once at its end.
    struct Payout {
        uint256 sponsorPaid;
        uint256 appEarned;
        uint256 datasetEarned;
        uint256 poolUnlocked;
        uint256 poolEarned;
        uint256 kitty;
    }

    uint256 private constant RECORD = 0xa0;
    uint256 private constant ADDRESS_MASK = (1 << 160) - 1;

    // ---- views ----

    /// @notice The id of task `index` of deal `dealid`.
    function taskId(bytes32 dealid, uint256 index) external pure returns (bytes32) {
        return keccak256(abi.encodePacked(dealid, index));
    }

    /// @notice Status of a task: 0 unset, 1 active, 2 revealing, 3 completed, 4 failed (claimed).
    function taskStatus(bytes32 taskid) external view returns (uint8) {
        return uint8(_tasks[taskid]);
    }

    /// @notice The raw task slot: status in the low byte; the high 248 bits of the state hash
    /// (active, revealing) or of the result digest (completed).
    function taskSlot(bytes32 taskid) external view returns (uint256) {
        return _tasks[taskid];
    }

    /// @notice Whether the task completed with result digest `digest`.
    function resultDigestMatches(bytes32 taskid, bytes32 digest) external view returns (bool) {
        uint256 slot = _tasks[taskid];
        return uint8(slot) == TASK_COMPLETED && (slot ^ uint256(digest)) >> 8 == 0;
    }

    /// @notice The hash a task state is committed under.
    function taskStateHash(TaskState calldata state) external pure returns (bytes32) {
        return _hash(_copy(state, 0));
    }

    // ---- transactions sent by workers ----

    /// @notice Commit to a result: resultHash = keccak256(taskid, digest), resultSeal =
    /// keccak256(worker, taskid, digest). Needs the scheduler's EIP-712 Authorization(worker,
    /// taskid, enclaveChallenge) and locks the deal's worker stake.
    function contribute(
        bytes32 dealid,
        Deal calldata deal,
        uint256 index,
        TaskState calldata state,
        bytes32 resultHash,
        bytes32 resultSeal,
        address enclaveChallenge,
        bytes calldata enclaveSign,
        bytes calldata authorizationSign
    ) external {
        _checkDeal(dealid, deal);
        bytes32 taskid = _taskOf(dealid, deal, index);
        _checkAuthorization(taskid, deal, enclaveChallenge, authorizationSign);
        (uint8 status, Work memory w) = _load(taskid, state, 1, 0);
        _checkContributionOpen(taskid, deal, status);
        (bytes32 r, bytes32 vs) = _compact(enclaveSign);
        _checkEnclave(taskid, deal, resultHash, resultSeal, enclaveChallenge, r, vs);
        _contribute(taskid, deal, w, msg.sender, resultHash, resultSeal);
        _store(taskid, w);
    }

    /// @notice Reveal the digest behind the caller's winning contribution.
    function reveal(bytes32 taskid, TaskState calldata state, bytes32 digest) external {
        (uint8 status, Work memory w) = _load(taskid, state, 0, digest);
        if (status != TASK_REVEALING) revert WrongStatus(taskid, status);
        _reveal(taskid, w, msg.sender, digest);
        _store(taskid, w);
    }

    /// @notice Contribute, reveal and finalize in one call, for deals of trust 1 or less.
    function contributeAndFinalize(
        bytes32 dealid,
        Deal calldata deal,
        uint256 index,
        bytes32 digest,
        string calldata results,
        bytes calldata callbackData,
        address enclaveChallenge,
        bytes calldata enclaveSign,
        bytes calldata authorizationSign
    ) external {
        _checkDeal(dealid, deal);
        bytes32 taskid = _taskOf(dealid, deal, index);
        _checkAuthorization(taskid, deal, enclaveChallenge, authorizationSign);
        bytes32 resultHash = _resultHash(taskid, digest);
        bytes32 resultSeal = _resultSeal(msg.sender, taskid, digest);
        (bytes32 r, bytes32 vs) = _compact(enclaveSign);
        _checkEnclave(taskid, deal, resultHash, resultSeal, enclaveChallenge, r, vs);
        Payout memory p = _openPayout();
        _contributeAndFinalize(taskid, deal, msg.sender, digest, resultHash, resultSeal, results, callbackData, p);
        _pay(deal, p);
        if (deal.callback != address(0)) _callback(taskid, deal.callback, callbackData);
    }

    // ---- transactions sent by the scheduler ----

    /// @notice Relay workers' signed contributions, grouped by task, for tasks of one deal.
    function contributeBatch(bytes32 dealid, Deal calldata deal, ContributeItem[] calldata items) external {
        _checkDeal(dealid, deal);
        _onlyScheduler(deal);
        for (uint256 i; i < items.length; ++i) {
            ContributeItem calldata item = items[i];
            bytes32 taskid = _taskOf(dealid, deal, item.index);
            SignedContribution[] calldata cs = item.contributions;
            if (cs.length == 0) continue; // nothing to record: the task stays as it is
            Enclave[] calldata enclaves = item.enclaves;
            bool tee = enclaves.length != 0;
            if (tee && enclaves.length != cs.length) revert BadEnclaveSignature(taskid);
            (uint8 status, Work memory w) = _load(taskid, item.state, cs.length, 0);
            _checkContributionOpen(taskid, deal, status);
            for (uint256 j; j < cs.length; ++j) {
                if (w.consensus != 0) revert WrongStatus(taskid, TASK_REVEALING);
                SignedContribution calldata c = cs[j];
                (address challenge, bytes32 er, bytes32 evs) =
                    tee ? (enclaves[j].challenge, enclaves[j].sign.r, enclaves[j].sign.vs) : (address(0), bytes32(0), bytes32(0));
                address worker = _recover(
                    taskid, Orders.contribution(taskid, c.resultHash, c.resultSeal, challenge), c.workerSign
                );
                _checkEnclave(taskid, deal, c.resultHash, c.resultSeal, challenge, er, evs);
                _contribute(taskid, deal, w, worker, c.resultHash, c.resultSeal);
            }
            _store(taskid, w);
        }
    }

    /// @notice Relay winners' signed reveals. Anyone may send it: the signatures authorize it.
    function revealBatch(RevealItem[] calldata items) external {
        for (uint256 i; i < items.length; ++i) {
            RevealItem calldata item = items[i];
            (uint8 status, Work memory w) = _load(item.taskid, item.state, 0, item.digest);
            if (status != TASK_REVEALING) revert WrongStatus(item.taskid, status);
            _applyReveals(item.taskid, w, item.digest, item.workerSigns);
            _store(item.taskid, w);
        }
    }

    /// @notice Finalize tasks of one deal with the pointers to their results; pays everyone
    /// (PROTOCOL.md §8) and calls the deal's callback. Each task needs every winner revealed, or
    /// one revealed and the reveal window closed; reveals may come with the finalization
    /// (`revealSigns`, applied first).
    function finalizeBatch(bytes32 dealid, Deal calldata deal, FinalizeItem[] calldata items) external {
        _checkDeal(dealid, deal);
        _onlyScheduler(deal);
        Payout memory p = _openPayout();
        for (uint256 i; i < items.length; ++i) {
            FinalizeItem calldata item = items[i];
            bytes32 taskid = _taskOf(dealid, deal, item.index);
            (uint8 status, Work memory w) = _load(taskid, item.state, 0, item.digest);
            if (status != TASK_REVEALING) revert WrongStatus(taskid, status);
            _applyReveals(taskid, w, item.digest, item.revealSigns);
            _finalize(taskid, deal, w, item.digest, item.results, item.callbackData, p);
        }
        _pay(deal, p);
        if (deal.callback != address(0)) {
            for (uint256 i; i < items.length; ++i) {
                _callback(keccak256(abi.encodePacked(dealid, items[i].index)), deal.callback, items[i].callbackData);
            }
        }
    }

    /// @notice Relay trust-1 tasks done in one step, each signed by its worker.
    function contributeAndFinalizeBatch(
        bytes32 dealid,
        Deal calldata deal,
        ContributeAndFinalizeItem[] calldata items
    ) external {
        _checkDeal(dealid, deal);
        _onlyScheduler(deal);
        Payout memory p = _openPayout();
        for (uint256 i; i < items.length; ++i) {
            ContributeAndFinalizeItem calldata item = items[i];
            bytes32 taskid = _taskOf(dealid, deal, item.index);
            bytes32 resultHash = _resultHash(taskid, item.digest);
            bytes32 resultSeal = _resultSeal(item.worker, taskid, item.digest);
            bytes32 structHash = Orders.contribution(taskid, resultHash, resultSeal, item.enclaveChallenge);
            if (_recover(taskid, structHash, item.workerSign) != item.worker) revert BadWorkerSignature(taskid);
            _checkEnclave(
                taskid, deal, resultHash, resultSeal, item.enclaveChallenge, item.enclaveSign.r, item.enclaveSign.vs
            );
            _contributeAndFinalize(
                taskid, deal, item.worker, item.digest, resultHash, resultSeal, item.results, item.callbackData, p
            );
        }
        _pay(deal, p);
        if (deal.callback != address(0)) {
            for (uint256 i; i < items.length; ++i) {
                _callback(keccak256(abi.encodePacked(dealid, items[i].index)), deal.callback, items[i].callbackData);
            }
        }
    }

    /// @notice Nobody revealed before the reveal deadline: reject the winners and collect
    /// contributions again.
    function reopen(bytes32 dealid, Deal calldata deal, uint256 index, TaskState calldata state) external {
        _checkDeal(dealid, deal);
        _onlyScheduler(deal);
        bytes32 taskid = _taskOf(dealid, deal, index);
        (uint8 status, Work memory w) = _load(taskid, state, 0, 0);
        if (status != TASK_REVEALING) revert WrongStatus(taskid, status);
        if (block.timestamp < w.revealDeadline) revert RevealDeadlineNotReached(taskid, w.revealDeadline);
        uint256 finalDeadline = _finalDeadline(deal);
        if (block.timestamp >= finalDeadline) revert FinalDeadlinePassed(taskid, finalDeadline);
        uint256 group;
        for (uint256 i; i < w.n; ++i) {
            uint256 r = _at(w, i);
            uint256 st = _word(r, 4);
            if (st == CONTRIBUTION_REVEALED) revert HasReveals(taskid);
            if (st == CONTRIBUTION_CONTRIBUTED && bytes32(_word(r, 2)) == w.consensus) {
                _setWord(r, 4, CONTRIBUTION_REJECTED);
                group = group == 0 ? _word(r, 1) : group * _word(r, 1);
            }
        }
        w.total -= group;
        w.consensus = 0;
        w.revealDeadline = 0;
        _store(taskid, w);
        emit TaskReopen(taskid);
    }

    // ---- transactions anyone may send ----

    /// @notice After the final deadline, end unfinished tasks of a deal: the payer is refunded,
    /// the pool's stake for each task goes to the kitty, contributors get their stakes back.
    function claim(bytes32 dealid, Deal calldata deal, ClaimItem[] calldata items) external {
        _checkDeal(dealid, deal);
        for (uint256 i; i < items.length; ++i) {
            _claim(dealid, deal, items[i].index, items[i].state);
        }
    }

    // ---- the life cycle ----

    function _contribute(
        bytes32 taskid,
        Deal calldata deal,
        Work memory w,
        address worker,
        bytes32 resultHash,
        bytes32 resultSeal
    ) private {
        if (resultHash == 0) revert ZeroResultHash(taskid);
        uint256 n = w.n;
        if (n >= MAX_CONTRIBUTIONS || w.list.length < (n + 1) * RECORD) revert TooManyContributions(taskid);
        uint256 group;
        for (uint256 i; i < n; ++i) {
            uint256 r = _at(w, i);
            if (address(uint160(_word(r, 0))) == worker) revert AlreadyContributed(taskid, worker);
            if (bytes32(_word(r, 2)) == resultHash && _word(r, 4) != CONTRIBUTION_REJECTED) {
                group = group == 0 ? _word(r, 1) : group * _word(r, 1);
            }
        }
        uint256 weight = _weight(workerScore[worker]);
        _lock(worker, deal.workerStake);
        _setRecord(_at(w, n), worker, weight, resultHash, resultSeal, CONTRIBUTION_CONTRIBUTED);
        w.n = n + 1;
        uint256 newGroup = (group == 0 ? 1 : group) * weight;
        w.total = w.total + newGroup - group;
        emit TaskContribute(taskid, worker, resultHash, resultSeal, weight);

        // Sarmenta's credibility: consensus when group/(1 + total) > 1 - 1/trust.
        if (newGroup * deal.trust > (w.total + 1) * (deal.trust - 1)) {
            w.consensus = resultHash;
            w.revealDeadline = block.timestamp + deal.timeRef * REVEAL_DEADLINE_RATIO;
            emit TaskConsensus(taskid, w.revealDeadline);
        }
    }

    function _applyReveals(bytes32 taskid, Work memory w, bytes32 digest, Signature[] calldata signs) private {
        if (signs.length == 0) return;
        bytes32 structHash = Orders.reveal(taskid, digest);
        for (uint256 j; j < signs.length; ++j) {
            _reveal(taskid, w, _recover(taskid, structHash, signs[j]), digest);
        }
    }

    function _reveal(bytes32 taskid, Work memory w, address worker, bytes32 digest) private {
        if (block.timestamp >= w.revealDeadline) revert RevealDeadlinePassed(taskid, w.revealDeadline);
        for (uint256 i; i < w.n; ++i) {
            uint256 r = _at(w, i);
            if (address(uint160(_word(r, 0))) != worker) continue;
            if (_word(r, 4) != CONTRIBUTION_CONTRIBUTED || bytes32(_word(r, 2)) != w.consensus) {
                revert NotAWinner(taskid, worker);
            }
            if (
                _resultHash(taskid, digest) != bytes32(_word(r, 2))
                    || _resultSeal(worker, taskid, digest) != bytes32(_word(r, 3))
            ) revert BadReveal(taskid, worker);
            _setWord(r, 4, CONTRIBUTION_REVEALED);
            emit TaskReveal(taskid, worker);
            return;
        }
        revert NotAWinner(taskid, worker);
    }

    function _finalize(
        bytes32 taskid,
        Deal calldata deal,
        Work memory w,
        bytes32 digest,
        string calldata results,
        bytes calldata callbackData,
        Payout memory p
    ) private {
        uint256 finalDeadline = _finalDeadline(deal);
        if (block.timestamp >= finalDeadline) revert FinalDeadlinePassed(taskid, finalDeadline);
        uint256 winners;
        uint256 revealed;
        for (uint256 i; i < w.n; ++i) {
            uint256 r = _at(w, i);
            uint256 st = _word(r, 4);
            if (st == CONTRIBUTION_REVEALED) {
                ++revealed;
                ++winners;
            } else if (st == CONTRIBUTION_CONTRIBUTED && bytes32(_word(r, 2)) == w.consensus) {
                ++winners;
            }
        }
        if (revealed < winners && block.timestamp < w.revealDeadline) {
            revert NotAllRevealed(taskid, revealed, winners);
        }
        if (revealed == 0) revert NoReveal(taskid);
        if (_resultHash(taskid, digest) != w.consensus) revert DigestMismatch(taskid);
        _complete(taskid, deal, w, digest, results, callbackData, p);
    }

    /// @dev The caller checked the enclave's signature over (resultHash, resultSeal).
    function _contributeAndFinalize(
        bytes32 taskid,
        Deal calldata deal,
        address worker,
        bytes32 digest,
        bytes32 resultHash,
        bytes32 resultSeal,
        string calldata results,
        bytes calldata callbackData,
        Payout memory p
    ) private {
        if (deal.trust > 1) revert TrustTooHighForShortcut(deal.trust);
        uint8 status = uint8(_tasks[taskid]);
        _checkContributionOpen(taskid, deal, status);
        if (status != TASK_UNSET) revert WrongStatus(taskid, status);
        uint256 weight = _weight(workerScore[worker]);
        _lock(worker, deal.workerStake);
        emit TaskContribute(taskid, worker, resultHash, resultSeal, weight);

        Work memory w;
        w.consensus = resultHash;
        w.n = 1;
        w.list = new bytes(RECORD);
        _setRecord(_at(w, 0), worker, weight, resultHash, resultSeal, CONTRIBUTION_REVEALED);
        _complete(taskid, deal, w, digest, results, callbackData, p);
    }

    /// @dev Marks the task completed and settles its contributors; what the deal's parties earn
    /// goes into `p`, paid by _pay. Callers call the callback after _pay (checks, effects,
    /// interactions: nothing is written after an external call).
    function _complete(
        bytes32 taskid,
        Deal calldata deal,
        Work memory w,
        bytes32 digest,
        string calldata results,
        bytes calldata callbackData,
        Payout memory p
    ) private {
        if (deal.callback != address(0) && keccak256(callbackData) != digest) revert CallbackDataMismatch(taskid);
        _tasks[taskid] = (uint256(digest) & ~uint256(0xff)) | TASK_COMPLETED;
        _distributeRewards(deal, w, p);
        emit TaskFinalize(taskid, digest, results);
    }

    /// @dev PROTOCOL.md §8. Revealed winners share the pot (workerpool price + seized stakes, less
    /// the scheduler's ratio) in proportion to log2(weight); everyone else loses its stake and a
    /// third of its score; rounding and the kitty share go to the pool owner.
    function _distributeRewards(Deal calldata deal, Work memory w, Payout memory p) private {
        uint256 n = w.n;
        uint256 stake = deal.workerStake;
        uint256 pot = deal.workerpoolPrice;
        uint256 totalLogWeight;
        for (uint256 i; i < n; ++i) {
            uint256 r = _at(w, i);
            if (_word(r, 4) == CONTRIBUTION_REVEALED) totalLogWeight += _log2(_word(r, 1));
            else pot += stake;
        }
        uint256 workersPot = pot * (100 - deal.schedulerRewardRatio) / 100;
        for (uint256 i; i < n; ++i) {
            uint256 r = _at(w, i);
            address worker = address(uint160(_word(r, 0)));
            if (_word(r, 4) == CONTRIBUTION_REVEALED) {
                uint256 share = workersPot * _log2(_word(r, 1)) / totalLogWeight;
                pot -= share;
                _settle(worker, stake, share);
                if (n > 1) workerScore[worker] += 1;
            } else {
                _seize(worker, stake);
                workerScore[worker] = workerScore[worker] * 2 / 3;
            }
        }

        p.sponsorPaid += deal.appPrice + deal.datasetPrice + deal.workerpoolPrice;
        p.appEarned += deal.appPrice;
        p.datasetEarned += deal.datasetPrice;
        uint256 k = p.kitty;
        if (k != 0) {
            uint256 share = Math.min(Math.max(k * KITTY_RATIO / 100, kittyMin), k);
            p.kitty = k - share;
            pot += share;
        }
        p.poolUnlocked += deal.workerpoolPrice * WORKERPOOL_STAKE_RATIO / 100;
        p.poolEarned += pot;
    }

    function _openPayout() private view returns (Payout memory p) {
        p.kitty = kitty;
    }

    /// @dev Pays what a batch of completed tasks owes the deal's parties, one write each.
    function _pay(Deal calldata deal, Payout memory p) private {
        if (p.sponsorPaid == 0) return;
        _seize(deal.sponsor, p.sponsorPaid);
        _reward(deal.appOwner, p.appEarned);
        if (p.datasetEarned != 0) _reward(deal.datasetOwner, p.datasetEarned);
        if (p.kitty != kitty) kitty = p.kitty;
        _settle(deal.workerpoolOwner, p.poolUnlocked, p.poolEarned);
    }

    function _callback(bytes32 taskid, address target, bytes calldata callbackData) private {
        bytes memory payload = abi.encodeCall(IErgonCallback.receiveResult, (taskid, callbackData));
        // Checked once the payload is in memory, so only the call's own cost remains: a cold
        // account (2,600) and the 1/64 the EVM keeps back. The callback gets CALLBACK_GAS in full
        // or the whole transaction reverts.
        if (gasleft() < (CALLBACK_GAS + 3_000) * 64 / 63 + 500) revert NotEnoughGasForCallback(taskid);
        bool ok;
        // A bare call: no return data is copied, so a callback cannot bomb us with it.
        assembly ("memory-safe") {
            ok := call(CALLBACK_GAS, target, 0, add(payload, 0x20), mload(payload), 0, 0)
        }
        if (!ok) emit CallbackFailed(taskid);
    }

    function _claim(bytes32 dealid, Deal calldata deal, uint256 index, TaskState calldata state) private {
        bytes32 taskid = _taskOf(dealid, deal, index);
        (uint8 status, Work memory w) = _load(taskid, state, 0, 0);
        if (status > TASK_REVEALING) revert WrongStatus(taskid, status);
        uint256 finalDeadline = _finalDeadline(deal);
        if (block.timestamp < finalDeadline) revert FinalDeadlineNotReached(taskid, finalDeadline);
        _tasks[taskid] = TASK_FAILED;
        _unlock(deal.sponsor, deal.appPrice + deal.datasetPrice + deal.workerpoolPrice);
        uint256 poolStake = deal.workerpoolPrice * WORKERPOOL_STAKE_RATIO / 100;
        _seize(deal.workerpoolOwner, poolStake);
        kitty += poolStake;
        for (uint256 i; i < w.n; ++i) {
            _unlock(address(uint160(_word(_at(w, i), 0))), deal.workerStake);
        }
        emit TaskClaimed(taskid);
    }

    // ---- task states ----

    /// @dev Reads the task's status and loads `state` with room for `extra` more contributions,
    /// checking it is the one committed (the empty state for a task never contributed to).
    /// With a non-zero digest, contributions whose resultHash is zero are first filled with what
    /// the digest gives their worker; a wrong fill cannot pass the hash check, and no
    /// contribution commits to a zero resultHash. Completed and failed tasks skip the check:
    /// callers reject them.
    function _load(bytes32 taskid, TaskState calldata state, uint256 extra, bytes32 digest)
        private
        view
        returns (uint8 status, Work memory w)
    {
        uint256 slot = _tasks[taskid];
        status = uint8(slot);
        if (state.contributions.length > MAX_CONTRIBUTIONS) revert StateMismatch(taskid);
        w = _copy(state, extra);
        if (status == TASK_UNSET) {
            if (w.n != 0 || w.consensus != 0 || w.revealDeadline != 0 || w.total != 0) revert StateMismatch(taskid);
        } else if (status <= TASK_REVEALING) {
            if (digest != 0) {
                bytes32 resultHash = _resultHash(taskid, digest);
                if (status == TASK_REVEALING && w.consensus == 0) w.consensus = resultHash;
                for (uint256 i; i < w.n; ++i) {
                    uint256 r = _at(w, i);
                    if (_word(r, 2) == 0) {
                        _setWord(r, 2, uint256(resultHash));
                        _setWord(r, 3, uint256(_resultSeal(address(uint160(_word(r, 0))), taskid, digest)));
                    }
                }
            }
            if ((slot ^ uint256(_hash(w))) >> 8 != 0) revert StateMismatch(taskid);
        }
    }

    /// @dev Copies `state` into a Work with room for `extra` more records. The records are the
    /// contributions' ABI encoding, so they are taken as they are; a dirty word cannot match a
    /// hash the hub committed from clean values.
    function _copy(TaskState calldata state, uint256 extra) private pure returns (Work memory w) {
        Contribution[] calldata cs = state.contributions;
        uint256 n = cs.length;
        w.consensus = state.consensus;
        w.revealDeadline = state.revealDeadline;
        w.total = state.total;
        w.n = n;
        bytes memory list = new bytes((n + extra) * RECORD);
        assembly ("memory-safe") {
            calldatacopy(add(list, 0x20), cs.offset, mul(n, RECORD))
        }
        w.list = list;
    }

    function _hash(Work memory w) private pure returns (bytes32) {
        bytes memory list = w.list;
        uint256 len = w.n * RECORD;
        bytes32 records;
        assembly ("memory-safe") {
            records := keccak256(add(list, 0x20), len)
        }
        return keccak256(abi.encode(w.consensus, w.revealDeadline, w.total, records));
    }

    function _store(bytes32 taskid, Work memory w) private {
        uint8 status = w.consensus == 0 ? TASK_ACTIVE : TASK_REVEALING;
        _tasks[taskid] = (uint256(_hash(w)) & ~uint256(0xff)) | status;
    }

    /// @dev Memory address of record i.
    function _at(Work memory w, uint256 i) private pure returns (uint256 p) {
        bytes memory list = w.list;
        assembly ("memory-safe") {
            p := add(add(list, 0x20), mul(i, RECORD))
        }
    }

    /// @dev Word k of the record at p: 0 worker, 1 weight, 2 resultHash, 3 resultSeal, 4 status.
    function _word(uint256 p, uint256 k) private pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := mload(add(p, mul(k, 0x20)))
        }
    }

    function _setWord(uint256 p, uint256 k, uint256 v) private pure {
        assembly ("memory-safe") {
            mstore(add(p, mul(k, 0x20)), v)
        }
    }

    function _setRecord(uint256 p, address worker, uint256 weight, bytes32 resultHash, bytes32 resultSeal, uint8 status)
        private
        pure
    {
        assembly ("memory-safe") {
            mstore(p, and(worker, ADDRESS_MASK))
            mstore(add(p, 0x20), weight)
            mstore(add(p, 0x40), resultHash)
            mstore(add(p, 0x60), resultSeal)
            mstore(add(p, 0x80), status)
        }
    }

    // ---- checks and helpers ----

    function _checkDeal(bytes32 dealid, Deal calldata deal) private view {
        if (dealHash[dealid] != keccak256(abi.encode(deal))) revert DealMismatch(dealid);
    }

    function _taskOf(bytes32 dealid, Deal calldata deal, uint256 index) private pure returns (bytes32) {
        if (index < deal.botFirst || index - deal.botFirst >= deal.botSize) {
            revert TaskOutOfRange(index, deal.botFirst, deal.botSize);
        }
        return keccak256(abi.encodePacked(dealid, index));
    }

    function _onlyScheduler(Deal calldata deal) private view {
        if (msg.sender != deal.scheduler) revert NotScheduler(msg.sender, deal.scheduler);
    }

    function _checkContributionOpen(bytes32 taskid, Deal calldata deal, uint8 status) private view {
        if (status > TASK_ACTIVE) revert WrongStatus(taskid, status);
        uint256 deadline = deal.startTime + deal.timeRef * CONTRIBUTION_DEADLINE_RATIO;
        if (block.timestamp >= deadline) revert ContributionDeadlinePassed(taskid, deadline);
    }

    function _checkAuthorization(
        bytes32 taskid,
        Deal calldata deal,
        address enclaveChallenge,
        bytes calldata authorizationSign
    ) private view {
        if (!_signedBy(deal.scheduler, Orders.authorization(msg.sender, taskid, enclaveChallenge), authorizationSign)) {
            revert BadAuthorization(taskid, msg.sender);
        }
    }

    /// @dev A TEE task needs an enclave challenge, and a challenge needs its key's signature
    /// (compact form) over (resultHash, resultSeal).
    function _checkEnclave(
        bytes32 taskid,
        Deal calldata deal,
        bytes32 resultHash,
        bytes32 resultSeal,
        address enclaveChallenge,
        bytes32 r,
        bytes32 vs
    ) private view {
        if (enclaveChallenge == address(0)) {
            if (deal.tag & TAG_TEE != 0) revert EnclaveChallengeRequired(taskid);
            return;
        }
        if (_recoverCompact(_enclaveDigest(resultHash, resultSeal), r, vs) != enclaveChallenge) {
            revert BadEnclaveSignature(taskid);
        }
    }

    /// @dev The EIP-2098 form of a 65-byte signature; zero (which recovers nobody) otherwise.
    function _compact(bytes calldata sign) private pure returns (bytes32 r, bytes32 vs) {
        if (sign.length != 65 || (uint8(sign[64]) != 27 && uint8(sign[64]) != 28)) return (0, 0);
        r = bytes32(sign[0:32]);
        vs = bytes32(sign[32:64]);
        if (uint256(vs) >> 255 != 0) return (0, 0); // s in the upper half: refused anyway
        vs |= bytes32(uint256(uint8(sign[64]) - 27) << 255);
    }

    function _recover(bytes32 taskid, bytes32 structHash, Signature calldata sign) private view returns (address signer) {
        signer = _recoverCompact(_hashTypedDataV4(structHash), sign.r, sign.vs);
        if (signer == address(0)) revert BadWorkerSignature(taskid);
    }

    function _enclaveDigest(bytes32 resultHash, bytes32 resultSeal) private pure returns (bytes32) {
        return MessageHashUtils.toEthSignedMessageHash(keccak256(abi.encodePacked(resultHash, resultSeal)));
    }

    function _finalDeadline(Deal calldata deal) private pure returns (uint256) {
        return deal.startTime + deal.timeRef * FINAL_DEADLINE_RATIO;
    }

    /// @dev Credibility weight of a worker with score `score`: max(floor(score/3), 3) - 1.
    function _weight(uint256 score) private pure returns (uint256) {
        return Math.max(score / 3, 3) - 1;
    }

    /// @dev floor(log2(x)) for x > 0, with Osaka's CLZ.
    function _log2(uint256 x) private pure returns (uint256 r) {
        assembly {
            r := sub(255, clz(x))
        }
    }

    function _resultHash(bytes32 taskid, bytes32 digest) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            mstore(0x00, taskid)
            mstore(0x20, digest)
            h := keccak256(0x00, 0x40)
        }
    }

    /// @dev keccak256(abi.encodePacked(worker, taskid, digest)), built in scratch memory.
    function _resultSeal(address worker, bytes32 taskid, bytes32 digest) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, shl(96, worker))
            mstore(add(m, 0x14), taskid)
            mstore(add(m, 0x34), digest)
            h := keccak256(m, 0x54)
        }
    }
}
