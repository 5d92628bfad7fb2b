"""Client-side services without Qt: the typed HTTP API client and its errors."""
