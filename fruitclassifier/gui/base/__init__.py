"""What every feature builds on: the one background-task owner, settings, TensorFlow's loading, icons."""
