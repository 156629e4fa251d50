"""Loads compiled artifacts and runs them: instances, traps, host calls (standard library only)."""
