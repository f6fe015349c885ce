"""The trained model's linear intent scores without sparse matrices equal the sparse product bit for bit (after
`make train`, so it runs in the e2e stage of `make test`; the small model's check is in tests/unit)."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

import numpy as np
import pytest

from bot.rasa_plugins.nlu.linear_intents import LinearIntentModel
from tests.unit.test_linear_intents_fast import _check

MODEL = Path(__file__).resolve().parents[2] / "models" / "intake.tar.gz"


@pytest.mark.skipif(not MODEL.exists(), reason="needs the trained model (make train)")
def test_the_trained_model_bit_for_bit(tmp_path) -> None:
    with tarfile.open(MODEL) as archive:
        members = [m for m in archive.getmembers() if "IntentBlend" in m.name and m.isfile()]
        assert members, "the trained model has no IntentBlend (config.yml)"
        for member in members:
            member.name = Path(member.name).name
            archive.extract(member, tmp_path)
    meta = json.loads((tmp_path / "meta.json").read_text(encoding="utf-8"))
    with np.load(tmp_path / "arrays.npz", allow_pickle=False) as stored:
        arrays = {name: stored[name] for name in stored.files}
    _check(LinearIntentModel.from_parts(meta, arrays), extra=500)
