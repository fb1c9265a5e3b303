"""Disjoint sets (union-find) over hashable items: grouping by "these two are one thing".

Used where small groupings are built pairwise: facts without a subject that share a name
(``facts``), spellings of one name (``extract.entities``).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Generic, Hashable, Iterable, TypeVar

T = TypeVar("T", bound=Hashable)


class DisjointSet(Generic[T]):
    def __init__(self, items: Iterable[T]):
        self._parent: dict[T, T] = {x: x for x in items}

    def find(self, x: T) -> T:
        """The representative of ``x``'s set (path halving)."""
        parent = self._parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: T, b: T) -> None:
        """Join ``a``'s set to ``b``'s: the representative of ``b`` stays the representative."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[ra] = rb

    def groups(self) -> dict[T, list[T]]:
        """Representative -> members, each list in the order the items were given."""
        out: dict[T, list[T]] = defaultdict(list)
        for x in self._parent:
            out[self.find(x)].append(x)
        return out
