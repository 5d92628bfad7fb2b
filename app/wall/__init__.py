"""The control-room wall mode (`python main.py --wall`): config file, unattended session, controller."""
