// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";

/// @title AssetRegistry — an ERC-721 whose token ids are asset addresses
/// @notice Owning the token is owning the asset: orders of an asset are signed by its owner and
/// its income goes to its owner. An asset's address is derived from its owner and its content, so
/// it can be predicted off-chain before registration.
abstract contract AssetRegistry is ERC721 {
    /// @notice The asset already exists: the same owner registered the same content before.
    error AlreadyRegistered(address asset);
    /// @notice The asset was never registered.
    error UnknownAsset(address asset);
    /// @notice The caller does not own the asset.
    error NotAssetOwner(address asset, address caller);
    /// @notice A required text field is empty.
    error EmptyField(string field);

    constructor(string memory name_, string memory symbol_) ERC721(name_, symbol_) {}

    /// @notice Owner of `asset`, or the zero address when it is not registered.
    /// @dev The hub uses this (not ownerOf, which reverts) so it can raise its own error.
    function ownerOfAsset(address asset) public view returns (address) {
        return _ownerOf(uint256(uint160(asset)));
    }

    /// @notice Whether `asset` is registered here.
    function isRegistered(address asset) external view returns (bool) {
        return ownerOfAsset(asset) != address(0);
    }

    /// @dev Mints the token of the asset whose address derives from `salt`.
    function _register(address owner, bytes32 salt) internal returns (address asset) {
        asset = _assetAddress(salt);
        if (ownerOfAsset(asset) != address(0)) revert AlreadyRegistered(asset);
        _mint(owner, uint256(uint160(asset)));
    }

    function _assetAddress(bytes32 salt) internal view returns (address) {
        return address(uint160(uint256(keccak256(abi.encode(address(this), salt)))));
    }

    function _requireOwner(address asset) internal view {
        address owner = ownerOfAsset(asset);
        if (owner == address(0)) revert UnknownAsset(asset);
        if (owner != msg.sender) revert NotAssetOwner(asset, msg.sender);
    }

    function _requireText(string calldata value, string memory field) internal pure {
        if (bytes(value).length == 0) revert EmptyField(field);
    }
}
