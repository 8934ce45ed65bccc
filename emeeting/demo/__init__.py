"""The ``demo`` command: realistic committees, people and meetings for trying the app out.

``tables`` reads the vocabulary (committees, people's names, topics, texts, documents, holidays) from the
TOML files in ``data/``; ``content`` makes the records from it; ``load`` stores them through the services.
The package sits above ``services`` and below ``ui`` and the command line; nothing on the GUI's start
path imports it.
"""
