"""Format-neutral images written out as ELF shared objects."""
