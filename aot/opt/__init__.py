"""IR optimization passes: each is a function IRFunction -> IRFunction (in place)."""

from .dce import eliminate_dead_code
from .fold import fold_constants
from .gvn import number_values
from .licm import hoist_loop_invariants


def optimize(f):
    """The default pipeline: fold constants, merge equal values, hoist loop invariants,
    drop what is unused."""
    return eliminate_dead_code(hoist_loop_invariants(number_values(fold_constants(f))))


__all__ = ["optimize", "fold_constants", "number_values", "hoist_loop_invariants", "eliminate_dead_code"]
