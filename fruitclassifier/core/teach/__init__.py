"""Teaching: the user's own photos make a copy of a model learn new looks and new classes.

Small modules, one job each: ``teaching_set`` keeps the copied photos per model (no TensorFlow),
``replay`` finds the original training images that keep old classes from being forgotten,
``features`` runs the frozen backbone once, ``head`` fits the new softmax on cached features (numpy),
and ``run`` holds ``teach(model, teaching_dir, options, on_event, should_stop)``. Importing this package
stays cheap: TensorFlow is imported only inside the functions that run the network.
"""
