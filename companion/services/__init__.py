"""Use cases. Qt-free; they return plain dataclasses, never ORM rows or widgets."""
