"""Versioned training data for the 5.2(1) opinion classifier (see README.md)."""
