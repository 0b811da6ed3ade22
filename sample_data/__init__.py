"""linkvet sample data: the bundled team scenario and its generator (see README.md)."""
