"""Supervisor review: approve or reject held applications, and the end-of-day summary."""
