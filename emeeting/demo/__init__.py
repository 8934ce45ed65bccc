"""The ``demo`` command: realistic committees, people and meetings for trying the app out.

``content`` makes the records; ``load`` stores them through the services. The package sits above
``services`` and below ``ui`` and the command line; nothing on the GUI's start path imports it.
"""
