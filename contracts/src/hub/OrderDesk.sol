// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {HubBase} from "./HubBase.sol";
import {Orders} from "./Orders.sol";
import {AppOrder, DatasetOrder, WorkerpoolOrder, RequestOrder} from "./Types.sol";
import {AppRegistry} from "../registry/AppRegistry.sol";
import {DatasetRegistry} from "../registry/DatasetRegistry.sol";
import {WorkerpoolRegistry} from "../registry/WorkerpoolRegistry.sol";

/// @title OrderDesk — presignature and cancellation of orders (PROTOCOL.md §4)
/// @notice Runs only through the hub: the hub delegates the calls it does not know to this
/// contract, which shares its storage layout (both are HubBase). Its functions are part of the
/// hub's interface; call them at the hub's address. Kept apart because the hub alone would pass
/// the 24 KiB code-size limit, and these calls are rare.
contract OrderDesk is HubBase {
    using Orders for AppOrder;
    using Orders for DatasetOrder;
    using Orders for WorkerpoolOrder;
    using Orders for RequestOrder;

    address private immutable _self = address(this);

    /// @notice The desk was called directly instead of through the hub.
    error NotThroughHub();

    /// @dev Same arguments as the hub's, so that immutables read the same through delegatecall.
    constructor(
        IERC20 token_,
        AppRegistry apps_,
        DatasetRegistry datasets_,
        WorkerpoolRegistry workerpools_,
        uint256 kittyMin_,
        address owner_
    ) HubBase(token_, apps_, datasets_, workerpools_, kittyMin_, owner_) {}

    modifier throughHub() {
        if (address(this) == _self) revert NotThroughHub();
        _;
    }

    /// @notice Presign an app order (for owners that cannot sign, e.g. contracts). Only its owner.
    function presignAppOrder(AppOrder calldata order) external throughHub {
        _presign(KIND_APP, order.hash(), appRegistry.ownerOfAsset(order.app));
    }

    /// @notice Presign a dataset order. Only its owner.
    function presignDatasetOrder(DatasetOrder calldata order) external throughHub {
        _presign(KIND_DATASET, order.hash(), datasetRegistry.ownerOfAsset(order.dataset));
    }

    /// @notice Presign a workerpool order. Only its owner.
    function presignWorkerpoolOrder(WorkerpoolOrder calldata order) external throughHub {
        _presign(KIND_WORKERPOOL, order.hash(), workerpoolRegistry.ownerOfAsset(order.workerpool));
    }

    /// @notice Presign a request order. Only its requester.
    function presignRequestOrder(RequestOrder calldata order) external throughHub {
        _presign(KIND_REQUEST, order.hash(), order.requester);
    }

    /// @notice Cancel an app order: its whole volume counts as consumed. Only its owner.
    function cancelAppOrder(AppOrder calldata order) external throughHub {
        _cancel(KIND_APP, order.hash(), appRegistry.ownerOfAsset(order.app), order.volume);
    }

    /// @notice Cancel a dataset order. Only its owner.
    function cancelDatasetOrder(DatasetOrder calldata order) external throughHub {
        _cancel(KIND_DATASET, order.hash(), datasetRegistry.ownerOfAsset(order.dataset), order.volume);
    }

    /// @notice Cancel a workerpool order. Only its owner.
    function cancelWorkerpoolOrder(WorkerpoolOrder calldata order) external throughHub {
        _cancel(KIND_WORKERPOOL, order.hash(), workerpoolRegistry.ownerOfAsset(order.workerpool), order.volume);
    }

    /// @notice Cancel a request order. Only its requester.
    function cancelRequestOrder(RequestOrder calldata order) external throughHub {
        _cancel(KIND_REQUEST, order.hash(), order.requester, order.volume);
    }

    function _presign(uint8 kind, bytes32 orderHash, address owner) private {
        if (owner == address(0) || owner != msg.sender) revert NotOrderOwner(kind, orderHash, owner, msg.sender);
        presigner[orderHash] = owner;
        emit OrderPresigned(orderHash, owner);
    }

    function _cancel(uint8 kind, bytes32 orderHash, address owner, uint256 volume) private {
        if (owner == address(0) || owner != msg.sender) revert NotOrderOwner(kind, orderHash, owner, msg.sender);
        if (consumed[orderHash] < volume) consumed[orderHash] = volume;
        emit OrderCancelled(orderHash, owner);
    }
}
