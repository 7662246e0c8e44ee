"""The `frontline` command line."""
