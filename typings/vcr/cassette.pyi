from collections import Counter
from typing import Any

from vcr.request import Request

class Cassette:
    data: list[tuple[Request, dict[str, Any]]]
    play_counts: Counter[int]
    record_mode: Any
    @property
    def path(self) -> str: ...
    @property
    def all_played(self) -> bool: ...
    def get_metadata(self, key: str, default: str) -> str: ...
