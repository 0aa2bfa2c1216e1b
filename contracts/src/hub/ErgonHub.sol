// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {HubBase} from "./HubBase.sol";
import {Market} from "./Market.sol";
import {Poco} from "./Poco.sol";
import {OrderDesk} from "./OrderDesk.sol";
import {AppRegistry} from "../registry/AppRegistry.sol";
import {DatasetRegistry} from "../registry/DatasetRegistry.sol";
import {WorkerpoolRegistry} from "../registry/WorkerpoolRegistry.sol";

/// @title ErgonHub — escrow, categories, the order market and the task life cycle of Ergon
/// @notice One contract holds every deposit and runs the Proof of Contribution protocol
/// (PROTOCOL.md). The registries own the assets; the hub reads their owners when orders match.
contract ErgonHub is Market, Poco {
    /// @notice Where calls to functions the hub does not define go (presign and cancel orders).
    OrderDesk public immutable orderDesk;

    /// @param token_ the ERC-20 every price is paid in
    /// @param kittyMin_ least amount a successful scheduler takes from the kitty
    /// @param owner_ may add categories
    /// @param orderDesk_ an OrderDesk deployed with the same other arguments
    constructor(
        IERC20 token_,
        AppRegistry apps_,
        DatasetRegistry datasets_,
        WorkerpoolRegistry workerpools_,
        uint256 kittyMin_,
        address owner_,
        OrderDesk orderDesk_
    ) HubBase(token_, apps_, datasets_, workerpools_, kittyMin_, owner_) {
        orderDesk = orderDesk_;
        _createCategory("XS", "Extra small: up to 5 minutes", 300);
        _createCategory("S", "Small: up to 20 minutes", 1200);
        _createCategory("M", "Medium: up to 1 hour", 3600);
        _createCategory("L", "Large: up to 3 hours", 10800);
        _createCategory("XL", "Extra large: up to 10 hours", 36000);
    }

    /// @notice Runs OrderDesk's functions on the hub's storage.
    fallback() external {
        address desk = address(orderDesk);
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), desk, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }
}
