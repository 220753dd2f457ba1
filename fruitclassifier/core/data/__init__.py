"""Images in and out of the app: the one loader, folder scanning and splits, tf.data pipelines, augmentation."""
