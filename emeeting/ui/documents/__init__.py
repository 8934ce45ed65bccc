"""A meeting's documents by agenda item and the PDF viewer."""
