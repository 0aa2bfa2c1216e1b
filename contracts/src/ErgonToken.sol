// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title ErgonToken — the mintable test token of dev chains
/// @notice On a real chain the hub is deployed against an existing ERC-20 instead.
/// Amounts use 9 decimals: 1 ERG = 1e9 nERG, the unit every price is expressed in.
contract ErgonToken is ERC20, Ownable {
    constructor(address owner_) ERC20("Ergon Test Token", "ERG") Ownable(owner_) {}

    /// @inheritdoc ERC20
    function decimals() public pure override returns (uint8) {
        return 9;
    }

    /// @notice Create `amount` new tokens for `to` (the dev chain's faucet).
    /// @dev Only the token owner (the deployer) may mint.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
