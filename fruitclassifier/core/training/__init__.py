"""Training a model: the train() call, its callbacks and events, runs on disk for resume, the device."""
