"""IR for exception handling (the exnref proposal): try_table, throw, throw_ref.

An exception is an externref handle to a runtime object (runtime/exceptions.py);
the exn.* builtins create it, fill and read its payload, throw it and take it
from the store.  A call inside a try_table is guarded: right after it, the
builder reads the store's pending exception (EXN_PENDING) and branches to the
try_table's dispatch block when there is one.  That read is what makes the call
a landing site (lowering and emission follow from it): the unwinder returns
into it, with every register but sp and fp lost.  Calls outside any try_table
get no check, so code without try_table is unchanged.

The dispatch block is built at the try_table's `end`, once all its
predecessors are known: it reloads the heap and fuel variables, takes the
exception from the store and tests the catch clauses in order (exn.is for a
tag), branching to their labels with the payload (and the exnref for the _ref
forms).  When none matches it throws the exception again, from where the outer
try_table (if any) guards it.
"""

from __future__ import annotations

from wasmoon_aot.runtime.abi import TrapCode
from ..wasm import opcodes as op
from . import function as ir

CATCH, CATCH_REF, CATCH_ALL, CATCH_ALL_REF = range(4)


class ExceptionBuilding:
    """FunctionBuilder's part for exceptions (its frames carry `handler` = (dispatch block, catches))."""

    def _guard(self):
        """The dispatch block of the innermost try_table around the current code, or None."""
        for frame in reversed(self.frames):
            if frame.handler is not None:
                return frame.handler[0]
        return None

    def _landing_check(self, offset: int) -> None:
        """After a call: branch to the innermost try_table's dispatch when an exception is pending
        (in a gc module, through a block that pops the shadow-stack frames of the frames the
        exception unwound, back to this function's own)."""
        dispatch = self._guard()
        if dispatch is None:
            return
        store = self._emit(ir.STORE_PTR, (self.vmctx,), None, (ir.VMCTX_TYPE,))[0]
        pending = self._emit(ir.EXN_PENDING, (store,), None, ("externref",))[0]
        after = self._new_block(sealed=True)
        if self.roots is None:
            self._emit(ir.BRIF, (pending,), (self._edge(dispatch, ()), self._edge(after, ())), offset=offset)
        else:  # the frames the exception unwound left their shadow-stack frames: drop them
            landing = self._new_block(sealed=True)
            self._emit(ir.BRIF, (pending,), (self._edge(landing, ()), self._edge(after, ())), offset=offset)
            self.block = landing
            self.roots.reset_top()
            self._jump(dispatch, (), offset)
        self.block = after

    def _throw_value(self, exn: int, offset: int) -> None:
        """Throw exnref `exn` (null traps, in the runtime); what follows is dead."""
        self._store_fuel()
        self._emit(ir.BUILTIN, (self.vmctx, exn), "exn.throw", (), offset)
        self._landing_check(offset)
        self._emit(ir.TRAP, imm=int(TrapCode.UNREACHABLE), offset=offset)
        self.block = None

    def _throw(self, tag: int, offset: int) -> None:
        """throw: a new exception of `tag` holding the operands."""
        params = self.env.types[self.env.module.tag_types()[tag]].params
        args = self._pop_n(len(params))
        exn = self._emit(ir.BUILTIN, (self.vmctx, self._const_i32(tag)), "exn.new", ("externref",), offset)[0]
        slot = 0
        for ty, value in zip(params, args):
            self._emit(ir.BUILTIN, (self.vmctx, exn, self._const_i32(slot), value), f"exn.set.{ty}", (), offset)
            slot += 2 if ty == "v128" else 1
        self._throw_value(exn, offset)

    def _open_try_table(self, imm, offset: int) -> None:
        blocktype, catches = imm
        self._open(op.BLOCK, blocktype, offset)
        frame = self.frames[-1]
        frame.opcode = op.TRY_TABLE
        frame.handler = (self._new_block(sealed=False), catches)

    def _end_try_table(self, frame, offset: int) -> None:
        """The try_table's end, then its dispatch block; code continues after the end."""
        self._end(frame, offset)
        dispatch, catches = frame.handler
        self._seal(dispatch)
        if not self.preds[dispatch]:
            return
        after, stack = self.block, list(self.stack)
        self.block = dispatch
        self._load_heap()
        self._load_fuel()
        exn = self._emit(ir.BUILTIN, (self.vmctx,), "exn.take", ("externref",), offset)[0]
        tag_types = self.env.module.tag_types()
        for kind, tag, depth in catches:
            target = self.frames[-1 - depth].label
            if kind in (CATCH_ALL, CATCH_ALL_REF):
                self._jump(target, [exn] if kind == CATCH_ALL_REF else [], offset)
                self.block = None
                break
            matches = self._emit(ir.BUILTIN, (self.vmctx, exn, self._const_i32(tag)), "exn.is", ("i32",), offset)[0]
            caught, rest = self._new_block(sealed=True), self._new_block(sealed=True)
            self._emit(ir.BRIF, (matches,), (self._edge(caught, ()), self._edge(rest, ())), offset=offset)
            self.block = caught
            payload, slot = [], 0
            for ty in self.env.types[tag_types[tag]].params:
                payload += self._emit(ir.BUILTIN, (self.vmctx, exn, self._const_i32(slot)), f"exn.get.{ty}",
                                      (ty,), offset)
                slot += 2 if ty == "v128" else 1
            self._jump(target, payload + [exn] if kind == CATCH_REF else payload, offset)
            self.block = rest
        if self.block is not None:
            self._throw_value(exn, offset)
        self.block, self.stack[:] = after, stack
