// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AssetRegistry} from "./AssetRegistry.sol";

/// @title WorkerpoolRegistry — pools of workers run by a scheduler
/// @notice A pool's owner earns its income and stakes for its deals; the scheduler key (the owner
/// unless named otherwise) authorizes workers and relays their contributions. The stake and reward
/// policies apply to deals made after they change.
contract WorkerpoolRegistry is AssetRegistry {
    /// @notice Default worker stake: 30 % of the workerpool price per contribution.
    uint8 public constant DEFAULT_WORKER_STAKE_RATIO = 30;
    /// @notice Default scheduler reward: 1 % of the task's reward pot.
    uint8 public constant DEFAULT_SCHEDULER_REWARD_RATIO = 1;

    struct Workerpool {
        string description;
        /// HTTP endpoint of the scheduler's worker API
        string api;
    }

    /// @dev One slot, read by the hub at every match.
    struct Policy {
        address scheduler;
        uint8 workerStakeRatio;
        uint8 schedulerRewardRatio;
    }

    /// @notice A ratio is above 100 %.
    error RatioTooHigh(uint256 ratio);

    /// @notice A new workerpool was registered.
    event WorkerpoolCreated(address indexed workerpool, address indexed owner, string description, string api);
    /// @notice The pool's stake or reward policy changed.
    event PolicyUpdated(address indexed workerpool, uint8 workerStakeRatio, uint8 schedulerRewardRatio);
    /// @notice The pool's scheduler key changed (zero: the owner schedules).
    event SchedulerUpdated(address indexed workerpool, address scheduler);
    /// @notice The pool's scheduler endpoint changed.
    event ApiUpdated(address indexed workerpool, string api);

    mapping(address workerpool => Workerpool) private _pools;
    mapping(address workerpool => Policy) private _policies;

    constructor() AssetRegistry("Ergon Workerpools", "ERGPOOL") {}

    /// @notice Register a workerpool owned by `owner` with the default policies.
    function createWorkerpool(address owner, string calldata description, string calldata api)
        external
        returns (address workerpool)
    {
        _requireText(description, "description");
        workerpool = _register(owner, keccak256(abi.encode(owner, description)));
        _pools[workerpool] = Workerpool(description, api);
        _policies[workerpool] = Policy(address(0), DEFAULT_WORKER_STAKE_RATIO, DEFAULT_SCHEDULER_REWARD_RATIO);
        emit WorkerpoolCreated(workerpool, owner, description, api);
    }

    /// @notice The address createWorkerpool would give these arguments.
    function predictWorkerpool(address owner, string calldata description) external view returns (address) {
        return _assetAddress(keccak256(abi.encode(owner, description)));
    }

    /// @notice Change the stake each worker locks per contribution and the scheduler's share of
    /// rewards, both in percent of the workerpool price. Only the owner.
    function setPolicy(address workerpool, uint8 workerStakeRatio, uint8 schedulerRewardRatio) external {
        _requireOwner(workerpool);
        if (workerStakeRatio > 100) revert RatioTooHigh(workerStakeRatio);
        if (schedulerRewardRatio > 100) revert RatioTooHigh(schedulerRewardRatio);
        Policy storage p = _policies[workerpool];
        p.workerStakeRatio = workerStakeRatio;
        p.schedulerRewardRatio = schedulerRewardRatio;
        emit PolicyUpdated(workerpool, workerStakeRatio, schedulerRewardRatio);
    }

    /// @notice Name the key that schedules this pool (zero: the owner). Only the owner.
    function setScheduler(address workerpool, address scheduler) external {
        _requireOwner(workerpool);
        _policies[workerpool].scheduler = scheduler;
        emit SchedulerUpdated(workerpool, scheduler);
    }

    /// @notice Change the scheduler endpoint workers connect to. Only the owner.
    function setApi(address workerpool, string calldata api) external {
        _requireOwner(workerpool);
        _pools[workerpool].api = api;
        emit ApiUpdated(workerpool, api);
    }

    /// @notice What the hub needs to make a deal with `workerpool`; owner is zero if unregistered.
    function policyOf(address workerpool)
        external
        view
        returns (address owner, address scheduler, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
    {
        owner = ownerOfAsset(workerpool);
        Policy memory p = _policies[workerpool];
        scheduler = p.scheduler == address(0) ? owner : p.scheduler;
        return (owner, scheduler, p.workerStakeRatio, p.schedulerRewardRatio);
    }

    /// @notice The registered fields of `workerpool`.
    function workerpoolInfo(address workerpool) external view returns (Workerpool memory) {
        if (ownerOfAsset(workerpool) == address(0)) revert UnknownAsset(workerpool);
        return _pools[workerpool];
    }

    /// @dev A new owner does not inherit the previous owner's scheduler key.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address from) {
        from = super._update(to, tokenId, auth);
        address pool = address(uint160(tokenId));
        if (from != address(0) && _policies[pool].scheduler != address(0)) {
            _policies[pool].scheduler = address(0);
            emit SchedulerUpdated(pool, address(0));
        }
    }
}
