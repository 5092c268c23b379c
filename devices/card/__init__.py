"""Reading the citizen's chip card (ICAO 9303 eMRTD over PC/SC): protocol, parsing, checks."""
