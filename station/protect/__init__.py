"""Protection at rest and in transit: symmetric envelopes, key wrapping, sealing crypto."""
