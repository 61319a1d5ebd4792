"""The domain: plain data and rules. Standard library only; no Qt, no SQL, no HTTP, no file I/O."""
