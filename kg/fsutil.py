"""Atomic file writes: write a temp file in the target's folder, flush it, then ``os.replace`` it into place."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Give a temporary path next to ``path``; on success it replaces ``path`` atomically, on error it is removed.

    path: the final path.
    RETURNS (yields): the temporary path to write to.
    """
    final = Path(path)
    final.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, final)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()
        raise


def atomic_write(path: str | Path, data: bytes) -> None:
    """Write bytes to ``path`` atomically (readers see the old file or the new one, never half of one)."""
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())


def atomic_call(path: str | Path, writer: Callable[[Path], None]) -> None:
    """Let ``writer`` write a temporary file, then move it onto ``path`` atomically."""
    with atomic_path(path) as tmp:
        writer(tmp)
