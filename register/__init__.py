"""Reference central-register service used by tests, demo mode and pilots."""
