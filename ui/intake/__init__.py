"""The new-application wizard: kind, identify, form, portrait, review, seal."""
