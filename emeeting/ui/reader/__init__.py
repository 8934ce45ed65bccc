"""The member's reader: my meetings, the agenda as a reading list, papers and the board book."""
