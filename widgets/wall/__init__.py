"""The control-room wall (issue 14): a frameless kiosk window, its scenes and notices. Passive views: the
controller in `app/wall/` feeds them; they never import services."""
