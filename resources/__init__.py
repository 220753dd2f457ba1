"""Read-only data bundled with the app; in a wheel this folder is the package fruitclassifier.resources."""
