"""The shared toolkit every room builds on: fields, labels, safe text, buttons, the task runner, undo."""
