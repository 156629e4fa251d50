"""The official spec-suite harness: converts .wast files, runs their commands, tallies and reports."""

from .report import format_table
from .runner import run_files

__all__ = ["format_table", "run_files"]
