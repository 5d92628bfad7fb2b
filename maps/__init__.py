"""The engineering sand table: offline Leaflet page, display coordinates, the Qt map view and its bridge."""
