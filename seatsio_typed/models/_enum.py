"""Open enums: typed known values that still accept values this SDK version does not know."""

from __future__ import annotations

from enum import Enum

__all__ = ["OpenEnum"]


class OpenEnum(str, Enum):
    """A string enum that turns unknown values into cached pseudo-members instead of failing.

    The API grows (new statuses, venue types, modes) and custom object statuses are
    user-defined, so reading a value the SDK does not know must not crash a booking flow.
    ``ObjectStatus("myCustomStatus")`` returns a member whose ``value`` and ``name`` are
    ``"myCustomStatus"``; it is created once and reused, so identity, equality, hashing and
    pickling behave like those of declared members. Members compare equal to their string
    value (``ObjectStatus.BOOKED == "booked"``) and hash like it, and ``str()``/``format()``
    give the value on every Python version (3.10 has no ``StrEnum``).
    """

    @classmethod
    def _missing_(cls, value: object) -> OpenEnum | None:
        if not isinstance(value, str):
            return None
        pseudo_member = str.__new__(cls, value)
        pseudo_member._name_ = value
        pseudo_member._value_ = value
        # setdefault keeps one member per value even when two threads race here; caching in
        # the enum's own lookup table makes later calls (and unpickling) find it directly.
        cached = cls._value2member_map_.setdefault(value, pseudo_member)
        return cached if isinstance(cached, cls) else None

    # Equal members and strings must hash alike (Enum hashes the name by default).
    __hash__ = str.__hash__

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, format_spec: str) -> str:
        return str.__format__(str(self), format_spec)

    @property
    def is_known(self) -> bool:
        """Whether this value is declared by this SDK version (False for pseudo-members)."""
        return type(self)._member_map_.get(self._name_) is self
