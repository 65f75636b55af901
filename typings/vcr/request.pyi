from collections.abc import Mapping
from typing import Any

class Request:
    method: str
    uri: str
    body: Any
    headers: Mapping[str, str]
    def __init__(self, method: str, uri: str, body: Any, headers: Mapping[str, Any]) -> None: ...
