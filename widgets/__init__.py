"""Qt views and item models over the domain DTOs."""
