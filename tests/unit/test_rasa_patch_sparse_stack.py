"""Two featurisers' sparse matrices joined by bot.rasa_plugins.patches.sparse_stack are scipy's `hstack` of them:
the same arrays, types, shape and format, on the shapes and types the featurisers make and on edge cases."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse
from rasa.shared.nlu.training_data.features import Features

from bot.rasa_plugins.patches import sparse_stack
from bot.rasa_plugins.patches.swap import restore_all


def _coo(
    rng: np.random.Generator, rows: int, cols: int, density: float, dtype, index
) -> scipy.sparse.coo_matrix:
    matrix = scipy.sparse.random(rows, cols, density=density, format="coo", dtype=dtype, random_state=rng)
    matrix.row, matrix.col = matrix.row.astype(index), matrix.col.astype(index)
    return matrix


def _same(ours: scipy.sparse.spmatrix, scipys: scipy.sparse.spmatrix) -> None:
    assert type(ours) is type(scipys) and ours.shape == scipys.shape
    assert [type(n) for n in ours.shape] == [type(n) for n in scipys.shape]
    assert ours.has_canonical_format == scipys.has_canonical_format
    for name in ("data", "row", "col"):
        assert getattr(ours, name).dtype == getattr(scipys, name).dtype
        assert np.array_equal(getattr(ours, name), getattr(scipys, name))


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int64])
@pytest.mark.parametrize("index", [np.int32, np.int64])
def test_the_join_is_scipys_hstack(dtype, index) -> None:
    rng = np.random.default_rng(5)
    for rows, left_cols, right_cols, density in [(1, 3, 40000, 0.001), (37, 120, 9000, 0.01), (5, 0, 10, 0.5),
                                                 (4, 7, 3, 0.0), (1, 1, 1, 1.0)]:  # fmt: skip
        left = _coo(rng, rows, left_cols, density, dtype, index)
        right = _coo(rng, rows, right_cols, density, np.float64, np.int32)
        _same(sparse_stack.hstack_coo(left, right), scipy.sparse.hstack([left, right]))


def test_a_wide_result_gets_wide_indices() -> None:
    left = scipy.sparse.coo_matrix(([1.0], ([0], [2**31 - 10])), shape=(1, 2**31 - 5))
    right = scipy.sparse.coo_matrix(([2.0], ([0], [7])), shape=(1, 20))
    ours = sparse_stack.hstack_coo(left, right)
    _same(ours, scipy.sparse.hstack([left, right]))
    assert ours.col.dtype == np.int64 and ours.col[-1] == 2**31 + 2


def _features(matrix) -> Features:
    return Features(matrix, "sequence", "text", "CountVectorsFeaturizer")


def test_features_combine_as_with_rasas_own_and_other_formats_go_to_rasa() -> None:
    rng = np.random.default_rng(9)
    cases = [
        (_coo(rng, 6, 30, 0.2, np.float64, np.int32), _coo(rng, 6, 50, 0.1, np.float64, np.int32)),
        (_coo(rng, 6, 30, 0.2, np.float64, np.int32).tocsr(), _coo(rng, 6, 50, 0.1, np.float64, np.int32)),
    ]
    for left, right in cases:
        rasas = _features(left.copy())
        rasas.combine_with_features(_features(right))
        try:
            sparse_stack.install()
            ours = _features(left.copy())
            ours.combine_with_features(_features(right))
        finally:
            restore_all()
        assert type(ours.features) is type(rasas.features)
        assert np.array_equal(ours.features.toarray(), rasas.features.toarray())
        assert ours.fingerprint() == rasas.fingerprint()


def test_different_heights_are_refused_as_by_rasa() -> None:
    rng = np.random.default_rng(1)
    try:
        sparse_stack.install()
        with pytest.raises(ValueError, match="sequence dimensions do not match"):
            _features(_coo(rng, 3, 4, 0.5, np.float64, np.int32)).combine_with_features(
                _features(_coo(rng, 2, 4, 0.5, np.float64, np.int32))
            )
    finally:
        restore_all()
