"""Connecting to a sync server and the sync status in the window."""
