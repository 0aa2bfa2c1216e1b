// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {HubBase} from "./HubBase.sol";
import {Orders} from "./Orders.sol";
import {AppOrder, DatasetOrder, WorkerpoolOrder, RequestOrder, Deal} from "./Types.sol";

/// @title Market — order presignature, cancellation and matching into deals (PROTOCOL.md §4–§5)
abstract contract Market is HubBase {
    using Orders for AppOrder;
    using Orders for DatasetOrder;
    using Orders for WorkerpoolOrder;
    using Orders for RequestOrder;

    /// @dev What matching learns from the registries and the orders before it writes anything.
    struct Match {
        bytes32 appHash;
        bytes32 datasetHash;
        bytes32 workerpoolHash;
        bytes32 requestHash;
        uint256 volume;
    }

    // ---- matching ----

    /// @notice Match four compatible orders into a deal of min(remaining volumes) tasks, paid by
    /// the requester. Anyone may call it. Pass an all-zero dataset order for no dataset.
    /// @return dealid keccak256(requestHash, volume of the request consumed before this deal)
    function matchOrders(
        AppOrder calldata appOrder,
        DatasetOrder calldata datasetOrder,
        WorkerpoolOrder calldata workerpoolOrder,
        RequestOrder calldata requestOrder
    ) external returns (bytes32 dealid) {
        return _matchOrders(appOrder, datasetOrder, workerpoolOrder, requestOrder, requestOrder.requester);
    }

    /// @notice matchOrders, but the caller pays for the deal instead of the requester.
    function sponsorMatchOrders(
        AppOrder calldata appOrder,
        DatasetOrder calldata datasetOrder,
        WorkerpoolOrder calldata workerpoolOrder,
        RequestOrder calldata requestOrder
    ) external returns (bytes32 dealid) {
        return _matchOrders(appOrder, datasetOrder, workerpoolOrder, requestOrder, msg.sender);
    }

    function _matchOrders(
        AppOrder calldata a,
        DatasetOrder calldata d,
        WorkerpoolOrder calldata w,
        RequestOrder calldata r,
        address sponsor
    ) private returns (bytes32 dealid) {
        _checkCompatible(a, d, w, r);
        Deal memory deal;
        Match memory m = _checkOwnersAndVolume(a, d, w, r, deal);

        uint256 first = consumed[m.requestHash];
        dealid = keccak256(abi.encodePacked(m.requestHash, first));
        consumed[m.appHash] += m.volume;
        if (d.dataset != address(0)) consumed[m.datasetHash] += m.volume;
        consumed[m.workerpoolHash] += m.volume;
        consumed[m.requestHash] = first + m.volume;

        deal.app = a.app;
        deal.appPrice = a.appprice;
        deal.dataset = d.dataset;
        deal.datasetPrice = _datasetPrice(d);
        deal.workerpool = w.workerpool;
        deal.workerpoolPrice = w.workerpoolprice;
        deal.requester = r.requester;
        deal.sponsor = sponsor;
        deal.beneficiary = r.beneficiary;
        deal.callback = r.callback;
        deal.tag = a.tag | _datasetTag(d) | r.tag;
        deal.category = r.category;
        deal.trust = r.trust == 0 ? 1 : r.trust;
        deal.startTime = block.timestamp;
        deal.timeRef = _categories[r.category].workClockTimeRef;
        deal.botFirst = first;
        deal.botSize = m.volume;
        dealHash[dealid] = keccak256(abi.encode(deal));

        _lock(sponsor, (a.appprice + deal.datasetPrice + w.workerpoolprice) * m.volume);
        _lock(deal.workerpoolOwner, w.workerpoolprice * WORKERPOOL_STAKE_RATIO / 100 * m.volume);

        emit DealCreated(
            dealid, w.workerpool, r.requester, deal, m.appHash, m.datasetHash, m.workerpoolHash, m.requestHash, r.params
        );
    }

    /// @dev Rules 1–4 of PROTOCOL.md §5: category, trust, prices, tags, assets and restrictions.
    function _checkCompatible(
        AppOrder calldata a,
        DatasetOrder calldata d,
        WorkerpoolOrder calldata w,
        RequestOrder calldata r
    ) private view {
        if (r.category != w.category) revert CategoryMismatch(r.category, w.category);
        if (r.category >= _categories.length) revert UnknownCategory(r.category);
        if (r.trust > w.trust || r.trust > MAX_TRUST) revert TrustTooHigh(r.trust, w.trust);

        if (a.appprice > r.appmaxprice) revert PriceTooHigh(KIND_APP, a.appprice, r.appmaxprice);
        uint256 datasetPrice = _datasetPrice(d);
        if (datasetPrice > r.datasetmaxprice) revert PriceTooHigh(KIND_DATASET, datasetPrice, r.datasetmaxprice);
        if (w.workerpoolprice > r.workerpoolmaxprice) {
            revert PriceTooHigh(KIND_WORKERPOOL, w.workerpoolprice, r.workerpoolmaxprice);
        }

        bytes32 tag = a.tag | _datasetTag(d) | r.tag;
        if (tag & ~w.tag != 0) revert TagNotSupported(tag & ~w.tag);
        if ((tag ^ a.tag) & TAG_TEE != 0) revert TeeMismatch();

        if (r.app != a.app) revert AssetMismatch(KIND_APP, r.app, a.app);
        if (r.dataset != d.dataset) revert AssetMismatch(KIND_DATASET, r.dataset, d.dataset);
        if (r.workerpool != address(0) && r.workerpool != w.workerpool) {
            revert AssetMismatch(KIND_WORKERPOOL, r.workerpool, w.workerpool);
        }

        _restrict(KIND_APP, KIND_DATASET, a.datasetrestrict, d.dataset);
        _restrict(KIND_APP, KIND_WORKERPOOL, a.workerpoolrestrict, w.workerpool);
        _restrict(KIND_APP, KIND_REQUEST, a.requesterrestrict, r.requester);
        if (d.dataset != address(0)) {
            _restrict(KIND_DATASET, KIND_APP, d.apprestrict, a.app);
            _restrict(KIND_DATASET, KIND_WORKERPOOL, d.workerpoolrestrict, w.workerpool);
            _restrict(KIND_DATASET, KIND_REQUEST, d.requesterrestrict, r.requester);
        }
        _restrict(KIND_WORKERPOOL, KIND_APP, w.apprestrict, a.app);
        _restrict(KIND_WORKERPOOL, KIND_DATASET, w.datasetrestrict, d.dataset);
        _restrict(KIND_WORKERPOOL, KIND_REQUEST, w.requesterrestrict, r.requester);
    }

    /// @dev Without a dataset, the (all-zero) dataset order's price and tag do not count.
    function _datasetPrice(DatasetOrder calldata d) private pure returns (uint256) {
        return d.dataset == address(0) ? 0 : d.datasetprice;
    }

    function _datasetTag(DatasetOrder calldata d) private pure returns (bytes32) {
        return d.dataset == address(0) ? bytes32(0) : d.tag;
    }

    function _restrict(uint8 kind, uint8 restricted, address allowed, address actual) private pure {
        if (allowed != address(0) && allowed != actual) revert Restricted(kind, restricted, allowed, actual);
    }

    /// @dev Rules 5–6: registered assets, valid signatures, remaining volume. Fills the owners and
    /// the pool's policy into `deal`.
    function _checkOwnersAndVolume(
        AppOrder calldata a,
        DatasetOrder calldata d,
        WorkerpoolOrder calldata w,
        RequestOrder calldata r,
        Deal memory deal
    ) private view returns (Match memory m) {
        m.appHash = a.hash();
        m.workerpoolHash = w.hash();
        m.requestHash = r.hash();

        deal.appOwner = appRegistry.ownerOfAsset(a.app);
        if (deal.appOwner == address(0)) revert UnknownAsset(KIND_APP, a.app);
        _checkSigned(KIND_APP, m.appHash, deal.appOwner, a.sign);
        m.volume = _remaining(KIND_APP, m.appHash, a.volume, type(uint256).max);

        if (d.dataset != address(0)) {
            m.datasetHash = d.hash();
            deal.datasetOwner = datasetRegistry.ownerOfAsset(d.dataset);
            if (deal.datasetOwner == address(0)) revert UnknownAsset(KIND_DATASET, d.dataset);
            _checkSigned(KIND_DATASET, m.datasetHash, deal.datasetOwner, d.sign);
            m.volume = _remaining(KIND_DATASET, m.datasetHash, d.volume, m.volume);
        }

        uint256 stakeRatio;
        (deal.workerpoolOwner, deal.scheduler, stakeRatio, deal.schedulerRewardRatio) =
            workerpoolRegistry.policyOf(w.workerpool);
        if (deal.workerpoolOwner == address(0)) revert UnknownAsset(KIND_WORKERPOOL, w.workerpool);
        deal.workerStake = w.workerpoolprice * stakeRatio / 100;
        _checkSigned(KIND_WORKERPOOL, m.workerpoolHash, deal.workerpoolOwner, w.sign);
        m.volume = _remaining(KIND_WORKERPOOL, m.workerpoolHash, w.volume, m.volume);

        _checkSigned(KIND_REQUEST, m.requestHash, r.requester, r.sign);
        m.volume = _remaining(KIND_REQUEST, m.requestHash, r.volume, m.volume);
    }

    function _checkSigned(uint8 kind, bytes32 orderHash, address owner, bytes calldata sign) private view {
        // An unset presigner is the zero address: a zero owner (a request "from nobody") must
        // not pass as presigned.
        bool ok = owner != address(0)
            && (sign.length == 0 ? presigner[orderHash] == owner : _signedBy(owner, orderHash, sign));
        if (!ok) revert BadOrderSignature(kind, orderHash, owner);
    }

    /// @dev min(volume left in the order, upTo); reverts when the order has nothing left.
    function _remaining(uint8 kind, bytes32 orderHash, uint256 volume, uint256 upTo) private view returns (uint256) {
        uint256 used = consumed[orderHash];
        if (used >= volume) revert OrderConsumed(kind, orderHash);
        uint256 left = volume - used;
        return left < upTo ? left : upTo;
    }
}
