"""Rule- and lexicon-based extractors: articles → statements, events and estimates."""
