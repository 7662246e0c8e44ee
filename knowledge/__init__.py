"""The knowledge base: articles, their rendering, the search index and its analytics."""
