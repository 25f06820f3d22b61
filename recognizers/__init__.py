"""Presidio recognizers for Dutch government documents, one per module."""
