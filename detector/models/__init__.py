"""The shipped models (``.skops``) with their JSON cards."""
