"""The Qt application: start-up, settings, main window, controllers, background work, i18n."""
