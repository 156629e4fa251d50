"""The `exports` namespace of an instance, native or remote: attribute and item access by name."""

from __future__ import annotations


class Exports:
    """`inst.exports.NAME` and `inst.exports["NAME"]`."""

    def __init__(self, items: dict):
        self._items = items

    def __getitem__(self, name: str):
        return self._items[name]

    def __getattr__(self, name: str):
        try:
            return self._items[name]
        except KeyError:
            raise AttributeError(f"no export named {name!r}") from None

    def __contains__(self, name: str) -> bool:
        return name in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def items(self):
        return self._items.items()
