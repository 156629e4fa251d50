"""IR optimization passes: each is a function IRFunction -> IRFunction (in place)."""

from .dce import eliminate_dead_code
from .fold import fold_constants
from .gvn import number_values


def optimize(f):
    """The default pipeline: fold constants, merge equal values, drop what is unused."""
    return eliminate_dead_code(number_values(fold_constants(f)))


__all__ = ["optimize", "fold_constants", "number_values", "eliminate_dead_code"]
