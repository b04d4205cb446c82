"""Validation of release candidates and published releases."""
