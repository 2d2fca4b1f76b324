"""A pause of Python's cycle collector around work that makes many objects and no cycles.

The collector runs after every few hundred allocations, and its older generations are passed over
whole; reading a long article's quantities or comparing them makes millions of small objects
(tokens, quantities, sets of words), all freed by reference counting, so those passes only grow
with the heap: 12x the time for 8x the text where 8x is linear. Any cycle made while paused is
still collected afterwards: the pause defers, it leaks nothing.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def no_cycle_collection():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
