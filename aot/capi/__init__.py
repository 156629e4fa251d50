"""The artifact as a C library (compile option `c_api`): what its C API is, and its header.

`plan.py` decides, from the module alone, everything the C API's native code and its
header share: the C names and signatures of the exports and imports, the `imports` struct,
and the layout of the one block an instance lives in.  `header.py` writes the header.  The
native code itself is the ISA's (aot/isa/aarch64/capi.py).
"""

from .plan import CApiError, CApiPlan, c_prefix_for_output, plan_c_api

__all__ = ["CApiError", "CApiPlan", "c_prefix_for_output", "plan_c_api"]
