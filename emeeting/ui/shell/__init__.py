"""The main window and what frames the rooms: the workspace tabs, the meeting list, languages, exports."""
