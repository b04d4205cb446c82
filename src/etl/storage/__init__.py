"""Where releases live: a dataset folder or object-store prefix (store) and what a release says of its files (datapackage)."""
