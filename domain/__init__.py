"""Pure domain model shared by client and server: enums, DTOs, validation, coordinates. No Qt, no I/O."""
