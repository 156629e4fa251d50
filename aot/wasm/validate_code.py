"""Validation of one function body: the spec's algorithm with an operand stack of value
types, a control stack of frames and stack polymorphism after unreachable, br, return,
throw, ...  Also runs constant expressions (as bodies of type [] -> [t]).

`FunctionValidator(context, func_type, body).run()` raises ValidationError with the
offset of the offending instruction.
"""

from __future__ import annotations

from operator import length_hint

from . import opcodes as op
from .context import ValidationContext, fail
from .decode import ref_type_name
from .errors import ValidationError
from .module import ArrayType, FuncType, StructType
from .operator_types import (ATOMICS, MEMORY_ACCESS, SHAPE_BINARY, SHAPE_GENERIC, SHAPE_LOAD, SHAPE_PUSH,
                             SHAPE_UNARY, SHAPES)
from .module import EXACT
from .subtyping import is_non_nullable, is_ref, split_ref


BLOCK, LOOP, END, BR, BR_IF = op.BLOCK, op.LOOP, op.END, op.BR, op.BR_IF
LOCAL_GET, LOCAL_SET, LOCAL_TEE = op.LOCAL_GET, op.LOCAL_SET, op.LOCAL_TEE


def unpacked(storage: str) -> str:
    """The value type a field of storage type `storage` reads as."""
    return "i32" if storage in ("i8", "i16") else storage


class FunctionValidator:
    """The spec's validation algorithm for one function body."""

    def __init__(self, context: ValidationContext, func_type: FuncType, body):
        self.context = context
        self.locals = list(func_type.params) + body.locals
        self.results = func_type.results
        self.body = body
        self.vals: list = []        # operand stack of value types; None is the unknown type
        self.frames: list = []      # [opcode, params, results, height, unreachable, init_log height]
        self.is_subtype = context.subtyping.is_subtype
        for valtype in set(body.locals):
            context.check_value_type(valtype, body.offset)
        # Non-defaultable locals must be set before use; sets are undone at the end of their block.
        first_local = len(func_type.params)
        unset = [index for index, valtype in enumerate(body.locals, first_local) if is_non_nullable(valtype)]
        self.initialized = None
        self.init_log: list[int] = []
        if unset:
            self.initialized = [True] * len(self.locals)
            for index in unset:
                self.initialized[index] = False

    # --- operand and control stacks ---

    def mismatch(self, expected, actual):
        fail(f"type mismatch: instruction requires [{expected or 'any'}] but stack has [{actual or ''}]",
              None)

    def pop(self, expected=None):
        vals = self.vals
        frame = self.frames[-1]
        if len(vals) == frame[3]:
            if frame[4]:
                return None
            self.mismatch(expected, None)
        actual = vals.pop()
        if expected is not None and actual != expected and not self.is_subtype(actual, expected):
            self.mismatch(expected, actual)
        return actual

    def pop_all(self, types) -> None:
        count = len(types)
        vals = self.vals
        if len(vals) - self.frames[-1][3] >= count and tuple(vals[len(vals) - count:]) == tuple(types):
            del vals[len(vals) - count:]
            return
        for valtype in reversed(types):
            self.pop(valtype)

    def push_frame(self, opcode: int, params, results) -> None:
        self.frames.append([opcode, params, results, len(self.vals), False, len(self.init_log)])
        self.vals.extend(params)

    def pop_frame(self):
        frame = self.frames[-1]
        self.pop_all(frame[2])
        if len(self.vals) != frame[3]:
            fail("type mismatch: values remaining on stack at end of block", None)
        self.frames.pop()
        log = self.init_log
        while len(log) > frame[5]:
            self.initialized[log.pop()] = False
        return frame

    def set_unreachable(self) -> None:
        frame = self.frames[-1]
        del self.vals[frame[3]:]
        frame[4] = True

    def label_types(self, depth: int):
        if depth >= len(self.frames):
            fail(f"unknown label {depth}", None)
        frame = self.frames[-1 - depth]
        return frame[1] if frame[0] == op.LOOP else frame[2]

    # --- index spaces ---

    def table(self, index: int):
        if index >= len(self.context.tables):
            fail(f"unknown table {index}", None)
        return self.context.tables[index]

    def memory(self, index: int):
        if index >= len(self.context.memories):
            fail(f"unknown memory {index}", None)
        return self.context.memories[index]

    def table_address(self, index: int) -> str:
        return "i64" if self.table(index).is64 else "i32"

    def memory_address(self, index: int) -> str:
        return "i64" if self.memory(index).is64 else "i32"

    def elem_type(self, index: int) -> str:
        if index >= len(self.context.elem_types):
            fail(f"unknown elem segment {index}", None)
        return self.context.elem_types[index]

    def check_data(self, index: int) -> None:
        if index >= self.context.data_count:
            fail(f"unknown data segment {index}", None)

    def tag(self, index: int) -> FuncType:
        if index >= len(self.context.tags):
            fail(f"unknown tag {index}", None)
        return self.context.types[self.context.tags[index]]

    def callee(self, index: int) -> FuncType:
        if index >= len(self.context.funcs):
            fail(f"unknown function {index}", None)
        return self.context.types[self.context.funcs[index]]

    # --- the instruction loop ---

    def run(self) -> None:
        """Type every instruction.  The common cases are typed inline, in the loop; anything
        unusual (a mismatch, the unknown type, an error) goes to the general methods."""
        body = self.body
        ops = body.ops
        vals = self.vals
        frames = self.frames
        push = vals.append
        dispatch = _DISPATCH
        pop = self.pop
        shapes = SHAPES
        locals_ = self.locals
        num_locals = len(locals_)
        plain_locals = self.initialized is None
        memories = self.context.memories
        memory0_32 = bool(memories) and not memories[0].is64
        init_log = self.init_log
        self.push_frame(BLOCK, (), self.results)
        height = 0
        codes = iter(ops)
        try:
            for code, imm in zip(codes, body.imms):
                if code == LOCAL_GET:
                    if plain_locals and imm < num_locals:
                        push(locals_[imm])
                        continue
                else:
                    shape = shapes.get(code)
                    if shape is not None:
                        kind, operand, result = shape
                        if kind == SHAPE_BINARY:
                            if len(vals) - height >= 2 and vals[-1] == operand and vals[-2] == operand:
                                del vals[-1]
                                vals[-1] = result
                                continue
                            pop(operand)
                            pop(operand)
                            push(result)
                            continue
                        if kind == SHAPE_PUSH:
                            push(result)
                            continue
                        if kind == SHAPE_UNARY:
                            if len(vals) > height and vals[-1] == operand:
                                vals[-1] = result
                                continue
                            pop(operand)
                            push(result)
                            continue
                        if kind == SHAPE_GENERIC:
                            count = len(operand)
                            if len(vals) - height >= count and vals[len(vals) - count:] == operand:
                                del vals[len(vals) - count:]
                            else:
                                for param in reversed(operand):
                                    pop(param)
                            vals += result
                            continue
                        if memory0_32 and len(imm) == 2 and imm[0] <= result and imm[1] <= 0xFFFFFFFF:
                            if kind == SHAPE_LOAD:
                                if len(vals) > height and vals[-1] == "i32":
                                    vals[-1] = operand
                                    continue
                            elif len(vals) - height >= 2 and vals[-1] == operand and vals[-2] == "i32":
                                del vals[-2:]
                                continue
                    elif code == LOCAL_SET or code == LOCAL_TEE:
                        if plain_locals and imm < num_locals and len(vals) > height and vals[-1] == locals_[imm]:
                            if code == LOCAL_SET:
                                del vals[-1]
                            continue
                    elif code == END:
                        frame = frames[-1]
                        if not frame[2] and not frame[1] and len(vals) == height and len(init_log) == frame[5]:
                            del frames[-1]
                            if frames:
                                height = frames[-1][3]
                            continue
                    elif code == BR_IF:
                        if len(vals) > height and vals[-1] == "i32" and imm < len(frames):
                            frame = frames[-1 - imm]
                            if not (frame[1] if frame[0] == LOOP else frame[2]):
                                del vals[-1]
                                continue
                    elif code == BLOCK or code == LOOP:
                        if imm is None:
                            height = len(vals)
                            frames.append([code, (), (), height, False, len(init_log)])
                            continue
                    elif code == BR:
                        if imm < len(frames):
                            frame = frames[-1 - imm]
                            if not (frame[1] if frame[0] == LOOP else frame[2]):
                                del vals[height:]
                                frames[-1][4] = True
                                continue
                handler = dispatch.get(code)
                if handler is None:
                    fail(f"unsupported instruction {op.opcode_name(code)}", None)
                handler(self, code, imm)
                if frames:
                    height = frames[-1][3]
        except ValidationError as error:
            if error.offset is None:
                error.offset = body.offsets[len(ops) - length_hint(codes) - 1]
            raise

    def memory_access(self, code: int, imm) -> None:
        valtype, natural = MEMORY_ACCESS[code]
        memory = self.memory(imm[2] if len(imm) == 3 else 0)
        if imm[0] > natural:
            fail("alignment must not be larger than natural", None)
        if not memory.is64 and imm[1] > 0xFFFFFFFF:
            fail("offset out of range", None)
        address = "i64" if memory.is64 else "i32"
        if op.MEMORY_ACCESS[code].store:
            self.pop(valtype)
            self.pop(address)
        else:
            self.pop(address)
            self.vals.append(valtype)

    def local_get(self, code: int, imm) -> None:
        if imm >= len(self.locals):
            fail(f"unknown local {imm}", None)
        if self.initialized is not None and not self.initialized[imm]:
            fail(f"uninitialized local {imm}", None)
        self.vals.append(self.locals[imm])

    def local_set(self, code: int, imm) -> None:
        if imm >= len(self.locals):
            fail(f"unknown local {imm}", None)
        self.pop(self.locals[imm])
        if self.initialized is not None and not self.initialized[imm]:
            self.initialized[imm] = True
            self.init_log.append(imm)
        if code == op.LOCAL_TEE:
            self.vals.append(self.locals[imm])

    def global_access(self, code: int, imm) -> None:
        if imm >= len(self.context.globals):
            fail(f"unknown global {imm}", None)
        global_type = self.context.globals[imm]
        if code == op.GLOBAL_GET:
            self.vals.append(global_type.valtype)
        else:
            if not global_type.mutable:
                fail("immutable global", None)
            self.pop(global_type.valtype)

    def atomic(self, code: int, imm) -> None:
        if code == op.ATOMIC_FENCE:
            return
        operands, results, natural = ATOMICS[code]
        memory = self.memory(imm[2] if len(imm) == 3 else 0)
        if imm[0] != natural:
            fail("atomic alignment must be natural", None)
        self.pop_all(operands)
        self.pop("i64" if memory.is64 else "i32")
        self.vals.extend(results)

    def end(self, code: int, imm) -> None:
        frame = self.pop_frame()
        if frame[0] == op.IF and not self._same_types(frame[1], frame[2]):
            fail("type mismatch: if without else must not change the stack", None)
        self.vals.extend(frame[2])

    def block(self, code: int, imm) -> None:
        params, results = self.context.block_type(imm, None)
        if code == op.IF:
            self.pop("i32")
        self.pop_all(params)
        self.push_frame(code, params, results)

    def br_if(self, code: int, imm) -> None:
        self.pop("i32")
        types = self.label_types(imm)
        self.pop_all(types)
        self.vals.extend(types)

    def control(self, code: int, imm) -> None:
        vals = self.vals
        if code == op.TRY_TABLE:
            block_type, catches = imm
            params, results = self.context.block_type(block_type, None)
            for catch_kind, tag, depth in catches:
                caught = self.tag(tag).params if catch_kind < 2 else ()
                if catch_kind & 1:
                    caught += ("(ref exn)",)
                if not self._same_types(caught, self.label_types(depth)):
                    fail("type mismatch: catch clause does not match its label", None)
            self.pop_all(params)
            self.push_frame(code, params, results)
        elif code == op.THROW:
            self.pop_all(self.tag(imm).params)
            self.set_unreachable()
        elif code == op.THROW_REF:
            self.pop("exnref")
            self.set_unreachable()
        elif code == op.ELSE:
            if self.frames[-1][0] != op.IF:
                fail("else without if", None)
            frame = self.pop_frame()
            self.push_frame(op.ELSE, frame[1], frame[2])
        elif code == op.BR:
            self.pop_all(self.label_types(imm))
            self.set_unreachable()
        elif code == op.BR_TABLE:
            depths, default = imm
            self.pop("i32")
            default_types = self.label_types(default)
            for depth in dict.fromkeys(depths):  # a repeated target checks the same as its first
                types = self.label_types(depth)
                if len(types) != len(default_types):
                    fail("type mismatch: br_table targets have different arities", None)
                popped = [self.pop(valtype) for valtype in reversed(types)]
                vals.extend(reversed(popped))
            self.pop_all(default_types)
            self.set_unreachable()
        elif code == op.RETURN:
            self.pop_all(self.results)
            self.set_unreachable()
        elif code == op.UNREACHABLE:
            self.set_unreachable()
        elif code == op.CALL:
            callee = self.callee(imm)
            self.pop_all(callee.params)
            vals.extend(callee.results)
        elif code == op.RETURN_CALL:
            self.return_call(self.callee(imm))
        elif code == op.RETURN_CALL_INDIRECT:
            self.return_call(self.indirect_callee(*imm))
        elif code == op.CALL_INDIRECT:
            callee = self.indirect_callee(*imm)
            self.pop_all(callee.params)
            vals.extend(callee.results)
        elif code == op.DROP:
            self.pop()
        elif code == op.SELECT:
            self.pop("i32")
            first = self.pop()
            second = self.pop()
            if is_ref(first) or is_ref(second):
                fail("type mismatch: select without type needs numeric operands", None)
            if first is not None and second is not None and first != second:
                self.mismatch(first, second)
            vals.append(second if first is None else first)
        elif code == op.SELECT_T:
            if len(imm) != 1:
                fail("invalid result arity", None)
            valtype = imm[0]
            self.context.check_value_type(valtype, None)
            self.pop("i32")
            self.pop(valtype)
            self.pop(valtype)
            vals.append(valtype)

    def indirect_callee(self, type_index: int, table_index: int) -> FuncType:
        table = self.table(table_index)
        if not self.is_subtype(table.elem_type, "funcref"):
            fail("type mismatch: indirect call through a table that does not hold functions", None)
        callee = self.context.func_type(type_index, None)
        self.pop("i64" if table.is64 else "i32")
        return callee

    def return_call(self, callee: FuncType) -> None:
        if not self._same_types(callee.results, self.results):
            fail("type mismatch: tail call to a function with other results", None)
        self.pop_all(callee.params)
        self.set_unreachable()

    def _same_types(self, params, results) -> bool:
        return len(params) == len(results) and all(map(self.is_subtype, params, results))

    def table_instruction(self, code: int, imm) -> None:
        vals = self.vals
        if code == op.TABLE_GET:
            table = self.table(imm)
            self.pop(self.table_address(imm))
            vals.append(table.elem_type)
        elif code == op.TABLE_SET:
            table = self.table(imm)
            self.pop(table.elem_type)
            self.pop(self.table_address(imm))
        elif code == op.TABLE_SIZE:
            vals.append(self.table_address(imm))
        elif code == op.TABLE_GROW:
            table = self.table(imm)
            address = self.table_address(imm)
            self.pop(address)
            self.pop(table.elem_type)
            vals.append(address)
        elif code == op.TABLE_FILL:
            table = self.table(imm)
            address = self.table_address(imm)
            self.pop(address)
            self.pop(table.elem_type)
            self.pop(address)
        elif code == op.TABLE_COPY:
            destination, source = imm
            destination_type = self.table(destination)
            source_type = self.table(source)
            if not self.is_subtype(source_type.elem_type, destination_type.elem_type):
                fail("type mismatch: table.copy between incompatible tables", None)
            both64 = destination_type.is64 and source_type.is64
            self.pop("i64" if both64 else "i32")
            self.pop(self.table_address(source))
            self.pop(self.table_address(destination))
        elif code == op.TABLE_INIT:
            segment, table_index = imm
            table = self.table(table_index)
            elem_type = self.elem_type(segment)
            if not self.is_subtype(elem_type, table.elem_type):
                fail("type mismatch: table.init of an incompatible segment", None)
            self.pop("i32")
            self.pop("i32")
            self.pop(self.table_address(table_index))
        elif code == op.ELEM_DROP:
            self.elem_type(imm)

    def pop_ref(self):
        reference = self.pop()
        if reference is not None and not is_ref(reference):
            fail(f"type mismatch: instruction requires a reference but stack has [{reference}]", None)
        return reference

    @staticmethod
    def non_null(reference):
        return None if reference is None else ref_type_name(False, split_ref(reference)[1])

    # --- GC ---

    def composite(self, index: int, kind):
        if index >= len(self.context.types):
            fail(f"unknown type {index}", None)
        composite = self.context.types[index]
        if not isinstance(composite, kind):
            fail(f"type mismatch: type {index} is not a {kind.__name__}", None)
        return composite

    def field(self, type_index: int, field_index: int):
        fields = self.composite(type_index, StructType).fields
        if field_index >= len(fields):
            fail(f"unknown field {field_index}", None)
        return fields[field_index]

    def mutable_array(self, index: int):
        element = self.composite(index, ArrayType).element
        if not element.mutable:
            fail("immutable array", None)
        return element

    def heap_ref(self, nullable: bool, heap) -> str:
        self.context.check_heap_type(heap, None)
        return ref_type_name(nullable, heap)

    def cast_descriptor(self, heap) -> str:
        """The descriptor operand type of a cast to `heap` (custom descriptors): exact for an
        exact cast."""
        exact = EXACT if str(heap).startswith(EXACT) else ""
        return f"(ref null {exact}{self.context.descriptor(heap, None)})"

    def check_packing(self, storage: str, signed_or_unsigned: bool) -> None:
        if (storage in ("i8", "i16")) != signed_or_unsigned:
            fail("type mismatch: packed fields need get_s/get_u, others get", None)

    def check_numeric_array(self, element) -> None:
        if is_ref(element.storage):
            fail("array type is not numeric or vector", None)

    def gc(self, code: int, imm) -> None:
        vals = self.vals
        pop = self.pop
        if code in (op.STRUCT_NEW, op.STRUCT_NEW_DEFAULT, op.STRUCT_NEW_DESC, op.STRUCT_NEW_DEFAULT_DESC):
            fields = self.composite(imm, StructType).fields
            descriptor = self.context.module.subtypes[imm].descriptor
            if code in (op.STRUCT_NEW_DESC, op.STRUCT_NEW_DEFAULT_DESC):
                if descriptor is None:
                    fail("type without descriptor requires non-descriptor allocation", None)
                pop(f"(ref null {EXACT}{descriptor})")
            elif descriptor is not None:
                fail("type with descriptor requires descriptor allocation", None)
            if code in (op.STRUCT_NEW, op.STRUCT_NEW_DESC):
                for field in reversed(fields):
                    pop(unpacked(field.storage))
            elif any(is_non_nullable(field.storage) for field in fields):
                fail("type mismatch: field type is not defaultable", None)
            vals.append(f"(ref {EXACT}{imm})")
        elif code in (op.STRUCT_GET, op.STRUCT_GET_S, op.STRUCT_GET_U):
            field = self.field(*imm)
            self.check_packing(field.storage, code != op.STRUCT_GET)
            pop(f"(ref null {imm[0]})")
            vals.append(unpacked(field.storage))
        elif code == op.STRUCT_SET:
            field = self.field(*imm)
            if not field.mutable:
                fail("immutable field", None)
            pop(unpacked(field.storage))
            pop(f"(ref null {imm[0]})")
        elif code in (op.ARRAY_NEW, op.ARRAY_NEW_DEFAULT, op.ARRAY_NEW_FIXED, op.ARRAY_NEW_DATA, op.ARRAY_NEW_ELEM):
            index = imm[0] if isinstance(imm, tuple) else imm
            element = self.composite(index, ArrayType).element
            if code == op.ARRAY_NEW:
                pop("i32")
                pop(unpacked(element.storage))
            elif code == op.ARRAY_NEW_DEFAULT:
                if is_non_nullable(element.storage):
                    fail("type mismatch: array element type is not defaultable", None)
                pop("i32")
            elif code == op.ARRAY_NEW_FIXED:
                for _ in range(imm[1]):
                    pop(unpacked(element.storage))
            else:
                if code == op.ARRAY_NEW_DATA:
                    self.check_numeric_array(element)
                    self.check_data(imm[1])
                elif not self.is_subtype(self.elem_type(imm[1]), element.storage):
                    fail("type mismatch: element segment does not fit the array", None)
                pop("i32")
                pop("i32")
            vals.append(f"(ref {EXACT}{index})")
        elif code in (op.ARRAY_GET, op.ARRAY_GET_S, op.ARRAY_GET_U):
            element = self.composite(imm, ArrayType).element
            self.check_packing(element.storage, code != op.ARRAY_GET)
            pop("i32")
            pop(f"(ref null {imm})")
            vals.append(unpacked(element.storage))
        elif code == op.ARRAY_SET or code == op.ARRAY_FILL:
            element = self.mutable_array(imm)
            if code == op.ARRAY_FILL:
                pop("i32")
            pop(unpacked(element.storage))
            pop("i32")
            pop(f"(ref null {imm})")
        elif code == op.ARRAY_LEN:
            pop("arrayref")
            vals.append("i32")
        elif code == op.ARRAY_COPY:
            destination = self.mutable_array(imm[0])
            source = self.composite(imm[1], ArrayType).element
            if not self.is_subtype(source.storage, destination.storage):
                fail("array types do not match", None)
            pop("i32")
            pop("i32")
            pop(f"(ref null {imm[1]})")
            pop("i32")
            pop(f"(ref null {imm[0]})")
        elif code == op.ARRAY_INIT_DATA or code == op.ARRAY_INIT_ELEM:
            element = self.mutable_array(imm[0])
            if code == op.ARRAY_INIT_DATA:
                self.check_numeric_array(element)
                self.check_data(imm[1])
            elif not self.is_subtype(self.elem_type(imm[1]), element.storage):
                fail("type mismatch: element segment does not fit the array", None)
            pop("i32")
            pop("i32")
            pop("i32")
            pop(f"(ref null {imm[0]})")
        elif code in (op.REF_TEST, op.REF_TEST_NULL, op.REF_CAST, op.REF_CAST_NULL):
            target = self.heap_ref(code in (op.REF_TEST_NULL, op.REF_CAST_NULL), imm)
            pop(ref_type_name(True, self.context.subtyping.top(str(imm))))
            vals.append("i32" if code in (op.REF_TEST, op.REF_TEST_NULL) else target)
        elif code == op.REF_GET_DESC:
            self.context.check_heap_type(imm, None)
            descriptor = self.context.module.subtypes[imm].descriptor
            if descriptor is None:
                fail("type without descriptor", None)
            # The descriptor is exact when the operand is, or is a null (the bottom type).
            exact = self.is_subtype(pop(f"(ref null {imm})"), f"(ref null {EXACT}{imm})")
            vals.append(f"(ref {EXACT if exact else ''}{descriptor})")
        elif code == op.REF_CAST_DESC_EQ or code == op.REF_CAST_DESC_EQ_NULL:
            target = self.heap_ref(code == op.REF_CAST_DESC_EQ_NULL, imm)
            pop(self.cast_descriptor(imm))
            pop(ref_type_name(True, self.context.subtyping.top(str(imm))))
            vals.append(target)
        elif code in (op.BR_ON_CAST, op.BR_ON_CAST_FAIL, op.BR_ON_CAST_DESC_EQ, op.BR_ON_CAST_DESC_EQ_FAIL):
            flags, depth, source_heap, target_heap = imm
            source = self.heap_ref(bool(flags & 1), source_heap)
            target = self.heap_ref(bool(flags & 2), target_heap)
            if code == op.BR_ON_CAST or code == op.BR_ON_CAST_FAIL:
                if self.context.dialect.unrelated_casts:
                    if self.context.subtyping.top(str(source_heap)) != self.context.subtyping.top(str(target_heap)):
                        fail("type mismatch: cast between different hierarchies", None)
                elif not self.is_subtype(target, source):
                    fail("type mismatch: cast target is not a subtype of its source", None)
                descriptor = None
            else:
                descriptor = self.cast_descriptor(target_heap)
                top = self.context.subtyping.top
                if top(str(source_heap)) != top(str(target_heap)):
                    fail("type mismatch: cast between different hierarchies", None)
            remainder = ref_type_name(bool(flags & 1) and not flags & 2, source_heap)
            on_success = code == op.BR_ON_CAST or code == op.BR_ON_CAST_DESC_EQ
            branch, fallthrough = (target, remainder) if on_success else (remainder, target)
            types = self.label_types(depth)
            if not types or not self.is_subtype(branch, types[-1]):
                fail("type mismatch: cast result does not fit the label", None)
            if descriptor is not None:
                pop(descriptor)
            pop(source)
            self.pop_all(types[:-1])
            vals.extend(types[:-1])
            vals.append(fallthrough)
        elif code == op.ANY_CONVERT_EXTERN or code == op.EXTERN_CONVERT_ANY:
            source, target = ("externref", "any") if code == op.ANY_CONVERT_EXTERN else ("anyref", "extern")
            reference = pop(source)
            vals.append(ref_type_name(reference is None or split_ref(reference)[0], target))
        elif code == op.REF_I31:
            pop("i32")
            vals.append("(ref i31)")
        elif code == op.I31_GET_S or code == op.I31_GET_U:
            pop("i31ref")
            vals.append("i32")
        else:
            fail(f"unsupported instruction {op.opcode_name(code)}", None)

    def simd(self, code: int, imm) -> None:
        vals = self.vals
        if code == op.I8X16_SHUFFLE:
            if max(imm) >= 32:
                fail("invalid lane index", None)
            self.pop("v128")
            self.pop("v128")
            vals.append("v128")
        elif code in op.SIMD_LANE:
            lanes, scalar, replace, _ = op.SIMD_LANE[code]
            if imm >= lanes:
                fail("invalid lane index", None)
            if replace:
                self.pop(scalar)
            self.pop("v128")
            vals.append("v128" if replace else scalar)
        elif code in op.SIMD_ACCESS:
            access = op.SIMD_ACCESS[code]
            natural, lanes, store = access.natural, access.lanes, access.store
            memarg = imm[0] if lanes else imm
            memory = self.memory(memarg[2] if len(memarg) == 3 else 0)
            if lanes and imm[1] >= lanes:
                fail("invalid lane index", None)
            if memarg[0] > natural:
                fail("alignment must not be larger than natural", None)
            if not memory.is64 and memarg[1] > 0xFFFFFFFF:
                fail("offset out of range", None)
            if lanes or store:
                self.pop("v128")
            self.pop("i64" if memory.is64 else "i32")
            if not store:
                vals.append("v128")
        else:
            fail(f"unsupported instruction {op.opcode_name(code)}", None)

    def other(self, code: int, imm) -> None:
        vals = self.vals
        if code == op.MEMORY_SIZE:
            vals.append(self.memory_address(imm))
        elif code == op.MEMORY_GROW:
            address = self.memory_address(imm)
            self.pop(address)
            vals.append(address)
        elif code == op.MEMORY_FILL:
            address = self.memory_address(imm)
            self.pop(address)
            self.pop("i32")
            self.pop(address)
        elif code == op.MEMORY_COPY:
            destination, source = imm
            destination_address = self.memory_address(destination)
            source_address = self.memory_address(source)
            both64 = destination_address == source_address == "i64"
            self.pop("i64" if both64 else "i32")
            self.pop(source_address)
            self.pop(destination_address)
        elif code == op.MEMORY_INIT:
            segment, memory = imm
            address = self.memory_address(memory)
            self.check_data(segment)
            self.pop("i32")
            self.pop("i32")
            self.pop(address)
        elif code == op.DATA_DROP:
            self.check_data(imm)
        elif code == op.REF_NULL:
            vals.append(self.context.ref_null_type(imm, None))
        elif code == op.REF_IS_NULL:
            self.pop_ref()
            vals.append("i32")
        elif code == op.CALL_REF or code == op.RETURN_CALL_REF:
            callee = self.context.func_type(imm, None)
            self.pop(f"(ref null {imm})")
            if code == op.RETURN_CALL_REF:
                self.return_call(callee)
            else:
                self.pop_all(callee.params)
                vals.extend(callee.results)
        elif code == op.REF_AS_NON_NULL:
            vals.append(self.non_null(self.pop_ref()))
        elif code == op.BR_ON_NULL:
            reference = self.pop_ref()
            types = self.label_types(imm)
            self.pop_all(types)
            vals.extend(types)
            vals.append(self.non_null(reference))
        elif code == op.BR_ON_NON_NULL:
            reference = self.pop_ref()
            types = self.label_types(imm)
            if not types:
                fail("type mismatch: br_on_non_null needs a label with a reference result", None)
            vals.append(self.non_null(reference))
            self.pop_all(types)
            vals.extend(types[:-1])
        elif code == op.REF_EQ:
            self.pop("eqref")
            self.pop("eqref")
            vals.append("i32")
        elif code == op.REF_FUNC:
            self.callee(imm)
            if imm not in self.context.refs:
                fail("undeclared function reference", None)
            vals.append(self.context.func_ref_type(imm))
        else:
            fail(f"unsupported instruction {op.opcode_name(code)}", None)


_CONTROL = {op.TRY_TABLE, op.THROW, op.THROW_REF, op.UNREACHABLE, op.ELSE, op.BR, op.BR_TABLE, op.RETURN,
            op.CALL, op.CALL_INDIRECT, op.RETURN_CALL, op.RETURN_CALL_INDIRECT, op.DROP, op.SELECT, op.SELECT_T}
_TABLE_OPS = {op.TABLE_GET, op.TABLE_SET, op.TABLE_SIZE, op.TABLE_GROW, op.TABLE_FILL, op.TABLE_COPY,
              op.TABLE_INIT, op.ELEM_DROP}



def _build_dispatch() -> dict:
    """Opcode -> FunctionValidator method for every instruction outside SHAPES, and for the
    loads and stores the loop's fast path leaves (other memories, big offsets or alignments)."""
    V = FunctionValidator
    dispatch = {code: V.memory_access for code in MEMORY_ACCESS}
    dispatch.update({code: V.control for code in _CONTROL})
    dispatch.update({code: V.table_instruction for code in _TABLE_OPS})
    dispatch.update({code: V.atomic for code in ATOMICS})
    dispatch[op.ATOMIC_FENCE] = V.atomic
    for code in op.OPCODE_NAMES:
        if code in op.SIMD_SHAPE and code not in SHAPES:
            dispatch[code] = V.simd
        elif 0xFB000 <= code < 0xFC000:
            dispatch[code] = V.gc
    for code in (op.MEMORY_SIZE, op.MEMORY_GROW, op.MEMORY_FILL, op.MEMORY_COPY, op.MEMORY_INIT, op.DATA_DROP,
                 op.REF_NULL, op.REF_IS_NULL, op.REF_FUNC, op.REF_EQ, op.CALL_REF, op.RETURN_CALL_REF,
                 op.REF_AS_NON_NULL, op.BR_ON_NULL, op.BR_ON_NON_NULL):
        dispatch[code] = V.other
    dispatch.update({op.LOCAL_GET: V.local_get, op.LOCAL_SET: V.local_set, op.LOCAL_TEE: V.local_set,
                     op.GLOBAL_GET: V.global_access, op.GLOBAL_SET: V.global_access,
                     op.END: V.end, op.BLOCK: V.block, op.LOOP: V.block, op.IF: V.block, op.BR_IF: V.br_if})
    return dispatch


_DISPATCH = _build_dispatch()
