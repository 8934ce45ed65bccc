"""The meeting day: attendance, quorum, the current item and what the meeting records."""
