"""The PySide6 user interface. Nothing outside this package imports it."""

from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """Work around PySide6 6.12 losing a reference to None on CPython 3.11.

    Each time a Python ``data()``/``headerData()`` override returns None to C++ (the normal
    answer for a role a model does not serve), PySide6 6.12.0 drops one reference to None
    without taking one. A view asks several roles per cell on every paint, so on CPython
    3.11, where None is an ordinary counted object, its count reaches zero within seconds of
    scrolling a long list and the interpreter aborts ("deallocating None"). From 3.12 on
    None is immortal and the bug is harmless. Adding 2**40 references makes the count
    unreachable (about 35 years of continuous painting) without allocating anything.
    ``tests/ui/test_none_refcount.py`` proves the app survives a million such calls.

    ``Signal.emit()`` called from Python has the same fault with its return value, True, so
    True and False get the same treatment (every ``bus().changed.emit`` would otherwise cost
    the interpreter one reference to True).
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for value in (None, True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40


_keep_none_alive()
