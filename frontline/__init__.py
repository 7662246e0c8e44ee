"""The application shell: configuration, the `frontline` command line, and the wiring."""
