"""Training on several devices of one machine or several machines (tf.distribute, a custom step).

``setup`` turns ``--devices`` / ``--cluster --rank`` into a strategy; ``run.train_distributed`` is the
twin of ``train()``; ``loop`` is the step and epoch loop; ``watchdog`` bounds every wait on other
workers. Nothing here is imported until a distributed run starts (TensorFlow comes with it).
"""
