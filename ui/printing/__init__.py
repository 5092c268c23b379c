"""Printing and PDF output: the intake sheet and the appointment slip."""
