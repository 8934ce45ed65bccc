"""Search: the window's search box and its results."""
