"""Fixtures of the output-safety tests."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from safety_support import torg_binary  # noqa: E402


@pytest.fixture(scope="session")
def torg() -> Path:
    return torg_binary()
