"""Target-neutral machinery between lowering and emission: VCode and its operands."""
