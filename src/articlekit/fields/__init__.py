"""Field builders: one module per field, each an ordered tuple of sources; the winner is recorded."""
