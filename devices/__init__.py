"""Hardware for the intake station (card reader, camera) and simulated twins; no Qt."""
