"""The station's Qt user interface: windows, pages, models and workers; imported by main only."""
